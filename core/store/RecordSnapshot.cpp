#include "store/RecordSnapshot.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

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

QJsonValue cell(const SQLite::Column& c)
{
    if (c.isNull())
        return QJsonValue::Null;
    if (c.isInteger())
        return QJsonValue(static_cast<qint64>(c.getInt64()));
    if (c.isFloat())
        return c.getDouble();
    return QString::fromStdString(c.getString());
}

void bindCell(SQLite::Statement& st, int i, const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        st.bind(i);
    else if (v.isString())
        st.bind(i, v.toString().toStdString());
    else if (const double d = v.toDouble(); d == static_cast<double>(static_cast<qint64>(d)))
        st.bind(i, static_cast<int64_t>(d)); // a REAL column turns it back into a real
    else
        st.bind(i, d);
}

} // namespace

const char* historyKind(RecordKind kind)
{
    return kind == RecordKind::Evaluation ? "evaluation" : "coaching_note";
}

std::string snapshotRecord(SQLite::Database& sql, RecordKind kind, const std::string& id)
{
    const Tables& t = tablesOf(kind);
    QJsonObject out;
    for (const char* table : t.tables) {
        // Table and column names are constants of this file, never input.
        SQLite::Statement st(sql, std::string("SELECT * FROM ") + table + " WHERE " + t.keyColumn + " = ?");
        st.bind(1, id);
        QJsonArray rows;
        while (st.executeStep()) {
            QJsonObject row;
            for (int c = 0; c < st.getColumnCount(); ++c)
                row.insert(QString::fromUtf8(st.getColumnName(c)), cell(st.getColumn(c)));
            rows.append(row);
        }
        if (rows.isEmpty() && table == t.tables.front())
            return {};
        out.insert(QString::fromUtf8(table), rows);
    }
    return QJsonDocument(out).toJson(QJsonDocument::Compact).toStdString();
}

void restoreRecord(SQLite::Database& sql, RecordKind kind, const std::string& snapshot)
{
    const QJsonObject doc = QJsonDocument::fromJson(QByteArray::fromStdString(snapshot)).object();
    static const QRegularExpression name(QStringLiteral("^[a-z_]+$"));
    for (const char* table : tablesOf(kind).tables) {
        for (const QJsonValue& rowValue : doc.value(QString::fromUtf8(table)).toArray()) {
            const QJsonObject row = rowValue.toObject();
            std::string columns, marks;
            for (const QString& column : row.keys()) {
                if (!name.match(column).hasMatch())
                    throw SQLite::Exception("a history snapshot names an unknown column");
                columns += (columns.empty() ? "" : ", ") + column.toStdString();
                marks += marks.empty() ? "?" : ", ?";
            }
            SQLite::Statement st(sql, std::string("INSERT INTO ") + table + "(" + columns + ") VALUES (" + marks + ")");
            int i = 1;
            for (const QString& column : row.keys())
                bindCell(st, i++, row.value(column));
            st.exec();
        }
    }
}

void deleteRecordRows(SQLite::Database& sql, RecordKind kind, const std::string& id)
{
    const Tables& t = tablesOf(kind);
    SQLite::Statement st(sql, std::string("DELETE FROM ") + t.tables.front() + " WHERE " + t.keyColumn + " = ?");
    st.bind(1, id);
    st.exec();
}

void writeHistory(SQLite::Database& sql, RecordKind kind, const std::string& id, const char* action,
                  const std::string& by, const std::string& snapshot)
{
    SQLite::Statement st(sql, "INSERT INTO record_history(kind, record_id, action, changed_by, changed_at, snapshot) "
                              "VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, historyKind(kind));
    st.bind(2, id);
    st.bind(3, action);
    st.bind(4, by);
    st.bind(5, QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toStdString());
    st.bind(6, snapshot);
    st.exec();
}

} // namespace fb::store
