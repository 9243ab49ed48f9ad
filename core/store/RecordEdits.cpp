// Edits, deletes and their undo for evaluations and coaching notes, each
// keeping the record as it was in record_history (RecordSnapshot.h).
#include "store/CoachingNoteRows.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/RecordSnapshot.h"
#include "store/RecordStore.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::RecordEdits)
};

QString kindName(RecordKind kind, const std::string& id)
{
    return (kind == RecordKind::Evaluation ? Tr::tr("evaluation %1") : Tr::tr("coaching note %1"))
        .arg(QString::fromStdString(id));
}

Status needName(const std::string& by)
{
    if (QString::fromStdString(by).trimmed().isEmpty())
        return Error::plain(Tr::tr("Enter your name (File ▸ My Team and Name…) so the change says who made it."));
    return {};
}

// The record's own row of a snapshot ({"qa_evaluations": [{...}], ...}).
Result<QJsonObject> snapshotRows(const HistoryEntry& entry, const char* table, QJsonObject* all)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(entry.snapshot));
    const QJsonArray rows = doc.object().value(QString::fromUtf8(table)).toArray();
    if (rows.isEmpty())
        return Error::plain(Tr::tr("history entry %1 cannot be read").arg(entry.id));
    *all = doc.object();
    return rows.first().toObject();
}

QDate day(const QJsonValue& v)
{
    return v.isString() ? QDate::fromString(v.toString().left(10), Qt::ISODate) : QDate();
}

std::optional<double> real(const QJsonValue& v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

} // namespace

Result<std::vector<HistoryEntry>> recordHistory(Database& db, RecordKind kind, const std::string& id)
{
    Query q(db,
            "SELECT history_id, action, changed_by, changed_at, snapshot FROM "
            "record_history WHERE kind = ? AND record_id = ? ORDER BY history_id",
            Tr::tr("cannot read the history of %1").arg(kindName(kind, id)));
    q.bind(1, historyKind(kind)).bind(2, id);
    std::vector<HistoryEntry> out;
    while (q.next())
        out.push_back({q.integer(0), q.text(1), q.text(2), q.qtext(3), q.text(4)});
    if (!q.ok())
        return q.error();
    return out;
}

Result<Evaluation> evaluationSnapshot(const HistoryEntry& entry)
{
    QJsonObject all;
    auto head = snapshotRows(entry, "qa_evaluations", &all);
    if (!head)
        return head.error();
    Evaluation ev;
    ev.evaluationId = head->value(QLatin1String("evaluation_id")).toString().toStdString();
    ev.agentId = head->value(QLatin1String("agent_id")).toString().toStdString();
    ev.evaluator = head->value(QLatin1String("evaluator")).toString().toStdString();
    ev.evaluatedAt = head->value(QLatin1String("evaluated_at")).toString();
    ev.interactionId = head->value(QLatin1String("interaction_id")).toString().toStdString();
    ev.rubricVersion = head->value(QLatin1String("rubric_version")).toInt();
    ev.comment = head->value(QLatin1String("comment")).toString().toStdString();
    for (const QJsonValue& s : all.value(QLatin1String("qa_scores")).toArray()) {
        const QJsonValue score = s.toObject().value(QLatin1String("score"));
        ev.scores.emplace_back(s.toObject().value(QLatin1String("attribute")).toString().toStdString(),
                               score.isDouble() ? std::optional<int>(score.toInt()) : std::nullopt);
    }
    for (const QJsonValue& c : all.value(QLatin1String("qa_score_comments")).toArray())
        ev.comments[c.toObject().value(QLatin1String("attribute")).toString().toStdString()] =
            c.toObject().value(QLatin1String("comment")).toString().toStdString();
    return ev;
}

Result<analytics::CoachingNote> noteSnapshot(const HistoryEntry& entry)
{
    QJsonObject all;
    auto row = snapshotRows(entry, "coaching_notes", &all);
    if (!row)
        return row.error();
    auto text = [&](const char* column) { return row->value(QLatin1String(column)).toString().toStdString(); };
    analytics::CoachingNote n;
    n.noteId = text("note_id");
    n.agentId = text("agent_id");
    n.coach = text("coach");
    n.coachedOn = day(row->value(QLatin1String("coached_on")));
    n.attribute = text("attribute");
    n.targetMetric = text("target_metric");
    n.baseline = real(row->value(QLatin1String("baseline")));
    n.target = real(row->value(QLatin1String("target")));
    n.followUpOn = day(row->value(QLatin1String("follow_up_on")));
    n.stage = text("stage");
    n.commitment = text("commitment");
    n.minutes = real(row->value(QLatin1String("minutes")));
    n.followedUpOn = day(row->value(QLatin1String("followed_up_on")));
    n.outcome = text("outcome");
    return n;
}

Status updateCoachingNote(Database& db, const analytics::CoachingNote& n, const std::string& by)
{
    if (Status named = needName(by); !named)
        return named;
    if (Status valid = analytics::validateNote(n); !valid)
        return valid;
    const QString what = Tr::tr("cannot save the coaching note");
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const auto before = snapshotRecord(db, RecordKind::CoachingNote, n.noteId, what);
    if (!before)
        return before.error();
    if (before->empty())
        return Error::plain(
            Tr::tr("%1 does not exist (deleted meanwhile?)").arg(kindName(RecordKind::CoachingNote, n.noteId)));
    if (auto st = writeHistory(db, RecordKind::CoachingNote, n.noteId, "edit", by, *before, what); !st)
        return st;
    Query q(db,
            "UPDATE coaching_notes SET agent_id = ?, coach = ?, coached_on = ?, "
            "attribute = ?, target_metric = ?, baseline = ?, target = ?, "
            "follow_up_on = ?, stage = ?, commitment = ?, minutes = ? WHERE note_id = ?",
            what);
    q.bind(bindCoachingNoteFields(q, 1, n), n.noteId);
    if (auto st = q.run(); !st)
        return st;
    return (*tx)->commit();
}

Status deleteRecord(Database& db, RecordKind kind, const std::string& id, const std::string& by)
{
    if (Status named = needName(by); !named)
        return named;
    const QString what = Tr::tr("cannot delete %1").arg(kindName(kind, id));
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const auto before = snapshotRecord(db, kind, id, what);
    if (!before)
        return before.error();
    if (before->empty())
        return Error::plain(Tr::tr("%1 does not exist (deleted meanwhile?)").arg(kindName(kind, id)));
    if (kind == RecordKind::Evaluation) {
        // A recognition citing it as evidence would point at nothing.
        Query cited(db,
                    "SELECT recognition_id FROM recognitions WHERE evaluation_id = ? "
                    "ORDER BY recognition_id",
                    what);
        cited.bind(1, id);
        QStringList recognitions;
        while (cited.next())
            recognitions << cited.qtext(0);
        if (!cited.ok())
            return cited.error();
        if (!recognitions.isEmpty())
            return Error::plain(Tr::tr("Evaluation %1 is the evidence of recognition %2; it cannot be deleted "
                                       "(edit it instead).")
                                    .arg(QString::fromStdString(id), recognitions.join(QStringLiteral(", "))));
    }
    if (auto st = writeHistory(db, kind, id, "delete", by, *before, what); !st)
        return st;
    if (auto st = deleteRecordRows(db, kind, id, what); !st)
        return st;
    return (*tx)->commit();
}

Status undoDelete(Database& db, RecordKind kind, const std::string& id)
{
    const QString what = Tr::tr("cannot undo the delete of %1").arg(kindName(kind, id));
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    Query last(db,
               "SELECT history_id, snapshot FROM record_history WHERE kind = ? AND "
               "record_id = ? AND action = 'delete' ORDER BY history_id DESC LIMIT 1",
               what);
    last.bind(1, historyKind(kind)).bind(2, id);
    if (!last.next()) {
        if (!last.ok())
            return last.error();
        return Error::plain(Tr::tr("%1 was not deleted: nothing to undo").arg(kindName(kind, id)));
    }
    const qint64 historyId = last.integer(0);
    const std::string snapshot = last.text(1);
    last.reset();
    const auto now = snapshotRecord(db, kind, id, what);
    if (!now)
        return now.error();
    if (!now->empty())
        return Error::plain(Tr::tr("%1 exists again: nothing to undo").arg(kindName(kind, id)));
    if (auto st = restoreRecord(db, kind, snapshot, what); !st)
        return st;
    Query drop(db, "DELETE FROM record_history WHERE history_id = ?", what);
    drop.bind(1, historyId);
    if (auto st = drop.run(); !st)
        return st;
    return (*tx)->commit();
}

} // namespace fb::store
