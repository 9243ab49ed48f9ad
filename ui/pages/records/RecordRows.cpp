#include "pages/records/RecordRows.h"

#include "analytics/CalibrationText.h"
#include "common/Format.h"

#include <QCoreApplication>

namespace fb::ui {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::ui::RecordRows)
};

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

// "2026-03-04T14:05:00" -> "2026-03-04 14:05"
QString minutes(const QString& iso)
{
    QString t = iso.left(16);
    t.replace(u'T', u' ');
    return t;
}

QString agentText(const std::string& id, const std::string& name)
{
    return name.empty() ? q(id) : Tr::tr("%1 (%2)").arg(q(name), q(id));
}

QString metricText(const std::string& key)
{
    const auto m = analytics::parseTargetMetric(key, {key});
    return m ? m->label() : q(key);
}

QString followUpText(const analytics::CoachingNote& n)
{
    if (!n.followUpDone())
        return Tr::tr("open, due %1").arg(n.followUpOn.toString(Qt::ISODate));
    return n.outcome.empty() ? Tr::tr("done") : Tr::tr("done: %1").arg(analytics::outcomeLabel(n.outcome));
}

} // namespace

QStringList evaluationHeaders()
{
    return {Tr::tr("When"),        Tr::tr("Evaluation"), Tr::tr("Agent"),  Tr::tr("Team"), Tr::tr("Evaluator"),
            Tr::tr("Interaction"), Tr::tr("Total"),      Tr::tr("Result"), Tr::tr("Edits")};
}

std::vector<QStringList> evaluationRows(const store::EvaluationList& list)
{
    std::vector<QStringList> out;
    for (const auto& r : list.rows) {
        const bool pass = r.total && *r.total >= list.gate;
        out.push_back({minutes(r.evaluatedAt), q(r.evaluationId), agentText(r.agentId, r.agentName), q(r.team),
                       q(r.evaluator), r.interactionId.empty() ? Tr::tr("—") : q(r.interactionId),
                       r.total ? format::number(*r.total, 1) : Tr::tr("—"), pass ? Tr::tr("pass") : Tr::tr("fail"),
                       r.edits ? format::count(r.edits) : QString()});
    }
    return out;
}

QStringList noteHeaders()
{
    return {Tr::tr("Coached on"), Tr::tr("Note"),          Tr::tr("Agent"),     Tr::tr("Team"), Tr::tr("Coach"),
            Tr::tr("Behaviour"),  Tr::tr("Target metric"), Tr::tr("Follow-up"), Tr::tr("Edits")};
}

std::vector<QStringList> noteRows(const store::NoteList& list)
{
    std::vector<QStringList> out;
    for (const auto& r : list.rows) {
        const auto& n = r.note;
        out.push_back({n.coachedOn.toString(Qt::ISODate), q(n.noteId), agentText(n.agentId, r.agentName), q(r.team),
                       q(n.coach), analytics::attributeLabel(n.attribute), metricText(n.targetMetric), followUpText(n),
                       r.edits ? format::count(r.edits) : QString()});
    }
    return out;
}

QString evaluationCountText(const store::EvaluationList& list)
{
    if (list.total == 0)
        return Tr::tr("No evaluations match the filters.");
    if (static_cast<qint64>(list.rows.size()) < list.total)
        return Tr::tr("Showing the newest %1 of %2 evaluations; Show more adds the next ones.")
            .arg(format::count(static_cast<qint64>(list.rows.size())), format::count(list.total));
    return list.total == 1 ? Tr::tr("1 evaluation") : Tr::tr("%1 evaluations").arg(format::count(list.total));
}

QString noteCountText(const store::NoteList& list)
{
    if (list.total == 0)
        return Tr::tr("No coaching notes match the filters.");
    if (static_cast<qint64>(list.rows.size()) < list.total)
        return Tr::tr("Showing the newest %1 of %2 notes; Show more adds the next ones.")
            .arg(format::count(static_cast<qint64>(list.rows.size())), format::count(list.total));
    return list.total == 1 ? Tr::tr("1 coaching note") : Tr::tr("%1 coaching notes").arg(format::count(list.total));
}

QString historyLine(const std::vector<store::HistoryEntry>& history)
{
    if (history.empty())
        return Tr::tr("Never edited.");
    const auto& last = history.back();
    const QString times =
        history.size() == 1 ? Tr::tr("Edited once") : Tr::tr("Edited %1 times").arg(static_cast<int>(history.size()));
    return Tr::tr("%1 — last by %2 on %3").arg(times, q(last.by), minutes(last.at));
}

QStringList versionChoices(const std::vector<store::HistoryEntry>& history)
{
    QStringList out{Tr::tr("Current version")};
    for (size_t i = 0; i < history.size(); ++i)
        out << Tr::tr("Before edit %1 (by %2 on %3)")
                   .arg(static_cast<int>(i + 1))
                   .arg(q(history[i].by), minutes(history[i].at));
    return out;
}

} // namespace fb::ui
