#include "store/RecordSnapshot.h"

#include "store/Database.h"
#include "store/Query.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace fb::store {
namespace {

struct Tables {
    const char* keyColumn;
    std::vector<const char*> tables; // the record's own table first: restored in this order
};

const Tables& tablesOf(RecordKind kind)
{
    static const Tables evaluation{"evaluation_id", {"qa_evaluations", "qa_scores", "qa_score_comments"}};
    static const Tables note{"note_id", {"coaching_notes", "coaching_follow_ups"}};
    return kind == RecordKind::Evaluation ? evaluation : note;
}

// A cell as its storage class keeps it: an integer stays an integer, a real a
// real, so restoreRecord() writes back the same values.
QJsonValue cell(const Query& q, int c)
{
    switch (q.stored(c)) {
    case sql::Stored::Null:
        return QJsonValue::Null;
    case sql::Stored::Integer:
        return QJsonValue(q.integer(c));
    case sql::Stored::Real:
        return q.real(c);
    case sql::Stored::Text:
        break;
    }
    return QString::fromStdString(q.text(c));
}

void bindCell(Query& q, int i, const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        q.bindNull(i);
    else if (v.isString())
        q.bind(i, v.toString().toStdString());
    else if (const double d = v.toDouble(); d == static_cast<double>(static_cast<qint64>(d)))
        q.bind(i, static_cast<qint64>(d)); // a REAL column turns it back into a real
    else
        q.bind(i, d);
}

} // namespace

const char* historyKind(RecordKind kind)
{
    return kind == RecordKind::Evaluation ? "evaluation" : "coaching_note";
}

Result<std::string> snapshotRecord(Database& db, RecordKind kind, const std::string& id, const QString& what)
{
    const Tables& t = tablesOf(kind);
    QJsonObject out;
    for (const char* table : t.tables) {
        // Table and column names are constants of this file, never input.
        // Every caller is about to change the record: on a site server its
        // row is locked now, so a second desk saving the same record waits
        // here and then takes its snapshot from the first desk's version (a
        // file's writers already wait at BEGIN IMMEDIATE). Without the lock
        // both snapshots held the version before either save, and the first
        // desk's version was in neither the table nor the history.
        const bool lock = db.isSiteServer() && table == t.tables.front();
        Query q(db,
                std::string("SELECT * FROM ") + table + " WHERE " + t.keyColumn + " = ?" + (lock ? " FOR UPDATE" : ""),
                what);
        q.bind(1, id);
        QJsonArray rows;
        while (q.next()) {
            QJsonObject row;
            for (int c = 0; c < q.columnCount(); ++c)
                row.insert(QString::fromStdString(q.columnName(c)), cell(q, c));
            rows.append(row);
        }
        if (!q.ok())
            return q.error();
        if (rows.isEmpty() && table == t.tables.front())
            return std::string();
        out.insert(QString::fromUtf8(table), rows);
    }
    return QJsonDocument(out).toJson(QJsonDocument::Compact).toStdString();
}

Status restoreRecord(Database& db, RecordKind kind, const std::string& snapshot, const QString& what)
{
    const QJsonObject doc = QJsonDocument::fromJson(QByteArray::fromStdString(snapshot)).object();
    static const QRegularExpression name(QStringLiteral("^[a-z_]+$"));
    for (const char* table : tablesOf(kind).tables) {
        for (const QJsonValue& rowValue : doc.value(QString::fromUtf8(table)).toArray()) {
            const QJsonObject row = rowValue.toObject();
            std::string columns, marks;
            for (const QString& column : row.keys()) {
                if (!name.match(column).hasMatch())
                    return Error(QStringLiteral("%1: %2").arg(
                                     what, QStringLiteral("a history snapshot names an unknown column")),
                                 db.path());
                columns += (columns.empty() ? "" : ", ") + column.toStdString();
                marks += marks.empty() ? "?" : ", ?";
            }
            Query q(db, std::string("INSERT INTO ") + table + "(" + columns + ") VALUES (" + marks + ")", what);
            int i = 1;
            for (const QString& column : row.keys())
                bindCell(q, i++, row.value(column));
            if (auto st = q.run(); !st)
                return st;
        }
    }
    return {};
}

Status deleteRecordRows(Database& db, RecordKind kind, const std::string& id, const QString& what)
{
    const Tables& t = tablesOf(kind);
    Query q(db, std::string("DELETE FROM ") + t.tables.front() + " WHERE " + t.keyColumn + " = ?", what);
    q.bind(1, id);
    return q.run();
}

Status writeHistory(Database& db, RecordKind kind, const std::string& id, const char* action, const std::string& by,
                    const std::string& snapshot, const QString& what)
{
    Query q(db,
            "INSERT INTO record_history(kind, record_id, action, changed_by, changed_at, snapshot) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            what);
    q.bind(1, historyKind(kind)).bind(2, id).bind(3, action).bind(4, by);
    q.bind(5, QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toStdString());
    q.bind(6, snapshot);
    return q.run();
}

} // namespace fb::store
