#pragma once

// Test code spells expected strings as plain literals: the library's
// QT_NO_CAST_FROM_ASCII guards product code, not these specs. This header
// comes first in every suite, before any Qt header.
#undef QT_NO_CAST_FROM_ASCII

// Helpers shared by the core and CLI suites: temporary databases, files,
// imports with a one-line option tweak, counts and hashes.
#include "PgTestCluster.h"
#include "domain/Kinds.h"
#include "import/Importer.h"
#include "store/Catalog.h"
#include "store/Database.h"
#include "store/Query.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace fbtest {

inline QString examplePath(fb::Kind kind)
{
    return QStringLiteral(FB_EXAMPLES "/%1.csv").arg(fb::kindName(kind));
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

inline QByteArray sha256(const QString& path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

// Opens (creating and migrating) a database, failing the test on error. On
// the PostgreSQL run of a store test, the site database standing for `path`.
inline std::unique_ptr<fb::store::Database> openDb(const QString& path)
{
    auto db = fb::store::Database::open(fb::test::storeAddress(path));
    if (!db) {
        qWarning("%s", qPrintable(db.error().toString()));
        return nullptr;
    }
    return std::move(db.value());
}

inline fb::import::ImportOptions importOptions(fb::Kind kind, const QString& file)
{
    fb::import::ImportOptions o;
    o.kind = kind;
    o.file = file;
    return o;
}

inline fb::Result<fb::import::ImportReport>
importFile(fb::store::Database& db, fb::Kind kind, const QString& file,
           const std::function<void(fb::import::ImportOptions&)>& tweak = {})
{
    auto o = importOptions(kind, file);
    if (tweak)
        tweak(o);
    return fb::import::runImport(db, o);
}

// Imports every docs/examples file in dependency order; true when all committed.
inline bool importExamples(fb::store::Database& db)
{
    for (fb::Kind k : fb::allKinds()) {
        auto r = importFile(db, k, examplePath(k));
        if (!r || !r->committed) {
            qWarning("%s: %s", qPrintable(examplePath(k)),
                     qPrintable(r ? (r->problems.empty() ? r->summary() : r->problems.front().toString())
                                  : r.error().toString()));
            return false;
        }
    }
    return true;
}

// Row count per kind name, e.g. {"agents": 3, ...}.
inline std::map<QString, qint64> counts(fb::store::Database& db)
{
    std::map<QString, qint64> out;
    auto info = fb::store::databaseInfo(db);
    if (!info)
        return out;
    for (const auto& c : info->counts)
        out[fb::kindName(c.kind)] = c.rows;
    out[QStringLiteral("rollups")] = info->rollupRows;
    return out;
}

// A cell as SQLite's text of it reads, so one expectation serves both
// engines: a double as printf's "%!.15g" (15 significant digits, "30.0"
// rather than PostgreSQL's "30").
inline QString asSqliteWritesIt(const fb::store::Query& st, int column)
{
    if (st.stored(column) != fb::store::sql::Stored::Real)
        return st.qtext(column);
    QString text = QString::asprintf("%.15g", st.real(column));
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')) && !text.contains(QLatin1Char('n')))
        text += QStringLiteral(".0");
    return text;
}

// Every row of a table (or query) as text, for before/after comparisons.
inline QStringList dump(const QString& dbPath, const std::string& query)
{
    QStringList rows;
    if (fb::test::onPostgres()) {
        auto db = fb::store::Database::open(fb::test::storeAddress(dbPath), fb::store::Database::Mode::ReadOnly);
        if (!db)
            qFatal("%s", qPrintable(db.error().toString()));
        fb::store::Query st(*db.value(), query, {});
        while (st.next()) {
            QStringList cells;
            for (int i = 0; i < st.columnCount(); ++i)
                cells << (st.isNull(i) ? QStringLiteral("NULL") : asSqliteWritesIt(st, i));
            rows << cells.join(QLatin1Char('|'));
        }
        if (!st.ok())
            qFatal("%s", qPrintable(st.error().toString()));
        return rows;
    }
    SQLite::Database sql(dbPath.toStdString(), SQLite::OPEN_READONLY);
    SQLite::Statement st(sql, query);
    while (st.executeStep()) {
        QStringList cells;
        for (int i = 0; i < st.getColumnCount(); ++i)
            cells << (st.getColumn(i).isNull() ? QStringLiteral("NULL")
                                               : QString::fromStdString(st.getColumn(i).getString()));
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

// All user-visible content of a database: every kind's table, scores and rollups.
inline QStringList dumpAll(const QString& dbPath)
{
    QStringList out;
    for (const char* q : {"SELECT * FROM teams ORDER BY 1", "SELECT * FROM agents ORDER BY 1",
                          "SELECT * FROM interactions ORDER BY 1", "SELECT * FROM qa_evaluations ORDER BY 1",
                          "SELECT * FROM qa_scores ORDER BY 1, 2", "SELECT * FROM pulse_responses ORDER BY 1",
                          "SELECT * FROM coaching_notes ORDER BY 1", "SELECT * FROM feedback_tickets ORDER BY 1",
                          "SELECT * FROM recognitions ORDER BY 1", "SELECT * FROM interaction_rollups ORDER BY 1, 2",
                          "SELECT * FROM mentoring_pairs ORDER BY 1", "SELECT * FROM mentoring_sessions ORDER BY 1",
                          "SELECT kind, inserted, updated, unchanged, rejected FROM import_log ORDER BY id"})
        out << QString::fromLatin1(q) << dump(dbPath, q);
    return out;
}

inline QStringList problemTexts(const fb::import::ImportReport& r)
{
    QStringList out;
    for (const auto& p : r.problems)
        out << p.toString();
    return out;
}

} // namespace fbtest

namespace fbtest {

// One interaction_rollups row as text: agent|week|interactions|handle_seconds|
// handle_seconds_sq|fcr_known|fcr_resolved|repeats|escalations|defects|
// csat_surveyed|csat_top2|csat_sum (numbers in full precision).
struct RollupRow {
    double n = 0, handle = 0, handleSq = 0, fcrKnown = 0, fcrResolved = 0, repeats = 0, escalations = 0, defects = 0,
           csatSurveyed = 0, csatTop2 = 0, csatSum = 0;
};

inline QString rollupText(const QString& agent, int week, const RollupRow& r)
{
    QStringList cells{agent, QString::number(week)};
    for (double v : {r.n, r.handle, r.handleSq, r.fcrKnown, r.fcrResolved, r.repeats, r.escalations, r.defects,
                     r.csatSurveyed, r.csatTop2, r.csatSum})
        cells << QString::number(v, 'g', 17);
    return cells.join(QLatin1Char('|'));
}

inline int isoWeekKey(const QDate& date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return year * 100 + week;
}

// Reads the rollups and the interactions through dump(), so they read the file
// or, on the PostgreSQL run, the site database that stands for it.
inline QStringList storedRollups(const QString& dbPath)
{
    QStringList out;
    for (const QString& line :
         dump(dbPath, "SELECT agent_id, week, interactions, handle_seconds, handle_seconds_sq, fcr_known, "
                      "fcr_resolved, repeat_contacts, escalations, defects, csat_surveyed, csat_top2, "
                      "csat_sum FROM interaction_rollups ORDER BY agent_id, week")) {
        const QStringList cells = line.split(QLatin1Char('|'));
        RollupRow r;
        double* f[] = {&r.n,           &r.handle,  &r.handleSq,     &r.fcrKnown, &r.fcrResolved, &r.repeats,
                       &r.escalations, &r.defects, &r.csatSurveyed, &r.csatTop2, &r.csatSum};
        for (int i = 0; i < 11; ++i)
            *f[i] = cells.value(2 + i).toDouble();
        out << rollupText(cells.value(0), cells.value(1).toInt(), r);
    }
    return out;
}

// The rollups summed afresh from the interactions table: SQL groups by agent
// and day, the ISO week is computed here with QDate.
inline QStringList rollupsFromInteractions(const QString& dbPath)
{
    std::map<std::pair<QString, int>, RollupRow> sums;
    const QString null = QStringLiteral("NULL");
    for (const QString& line :
         dump(dbPath, "SELECT agent_id, substr(started_at, 1, 10), handle_seconds, resolved_first_contact, "
                      "repeat_contact, escalated, defects, csat FROM interactions")) {
        const QStringList c = line.split(QLatin1Char('|'));
        const QDate day = QDate::fromString(c.value(1), Qt::ISODate);
        RollupRow& r = sums[{c.value(0), isoWeekKey(day)}];
        const double handle = c.value(2).toDouble();
        r.n += 1;
        r.handle += handle;
        r.handleSq += handle * handle;
        if (c.value(3) != null) {
            r.fcrKnown += 1;
            r.fcrResolved += c.value(3).toInt();
        }
        r.repeats += c.value(4).toInt();
        r.escalations += c.value(5).toInt();
        r.defects += c.value(6).toInt();
        if (c.value(7) != null) {
            r.csatSurveyed += 1;
            r.csatTop2 += c.value(7).toInt() >= 4 ? 1 : 0;
            r.csatSum += c.value(7).toInt();
        }
    }
    QStringList out;
    for (const auto& [key, r] : sums)
        out << rollupText(key.first, key.second, r);
    return out;
}

} // namespace fbtest
