#include "store/Checks.h"

#include "common/IsoWeek.h"
#include "domain/RowRules.h"
#include "store/Browse.h"
#include "store/Database.h"
#include "store/Rollups.h"

#include <QCoreApplication>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <map>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::Checks)
};

// Domain rules as queries returning (id, detail) of each offending row.
struct DomainRule {
    const char* name;
    const char* message; // %1 id
    const char* query;
};

// Rules a single row must keep live in domain/RowRules (import enforces the
// same ones); the rules here span tables.
const DomainRule kRules[] = {
    {"qa", QT_TRANSLATE_NOOP("fb::store::Checks", "evaluation %1 has no scores"),
     "SELECT evaluation_id FROM qa_evaluations e WHERE NOT EXISTS "
     "(SELECT 1 FROM qa_scores s WHERE s.evaluation_id = e.evaluation_id)"},
};

// Every stored row of the kinds with row rules, through those rules.
Status checkRowRules(Database& db, std::vector<CheckFinding>& findings)
{
    for (const Kind kind : allKinds()) {
        if (!hasRowRules(kind))
            continue;
        const KindSpec& spec = kindSpec(kind);
        const QString name = QString::fromStdString(spec.name);
        const Status st = forEachRow(db, spec, [&](const std::vector<Value>& row) {
            for (const RuleBreach& breach : ruleBreaches(spec, row))
                findings.push_back(
                    {name, Tr::tr("%1: %2").arg(QString::fromStdString(valueToText(row[0])), breach.reason)});
            return true;
        });
        if (!st)
            return st;
    }
    return {};
}

// The sums of interaction_rollups, in its column order after agent_id, week.
constexpr const char* kRollupColumns[] = {"interactions",  "handle_seconds",  "handle_seconds_sq", "fcr_known",
                                          "fcr_resolved",  "repeat_contacts", "escalations",       "defects",
                                          "csat_surveyed", "csat_top2",       "csat_sum"};
constexpr int kRollupSums = int(std::size(kRollupColumns));
using Sums = std::array<double, kRollupSums>;

bool sameSum(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

QString sumText(double v)
{
    return QString::number(v, 'g', 15);
}

// Sums interactions per agent and day in SQL, folds days into ISO weeks here
// (SQLite has no ISO week) and compares every sum with the stored rollups.
void checkRollups(SQLite::Database& db, std::vector<CheckFinding>& findings)
{
    std::map<std::pair<std::string, int>, Sums> expected;
    SQLite::Statement days(db, "SELECT agent_id, substr(started_at, 1, 10), count(*), total(handle_seconds), "
                               "total(handle_seconds * handle_seconds), count(resolved_first_contact), "
                               "total(resolved_first_contact), total(repeat_contact), total(escalated), "
                               "total(defects), count(csat), count(CASE WHEN csat >= 4 THEN 1 END), total(csat) "
                               "FROM interactions GROUP BY 1, 2");
    while (days.executeStep()) {
        const std::string day = days.getColumn(1).getString();
        auto [it, added] = expected.try_emplace({days.getColumn(0).getString(), isoWeekKeyOfIsoDate(day.c_str())});
        if (added)
            it->second.fill(0);
        for (int i = 0; i < kRollupSums; ++i)
            it->second[i] += days.getColumn(2 + i).getDouble();
    }
    SQLite::Statement stored(db, "SELECT agent_id, week, interactions, handle_seconds, handle_seconds_sq, fcr_known, "
                                 "fcr_resolved, repeat_contacts, escalations, defects, csat_surveyed, csat_top2, "
                                 "csat_sum FROM interaction_rollups");
    while (stored.executeStep()) {
        const auto key = std::make_pair(stored.getColumn(0).getString(), stored.getColumn(1).getInt());
        const auto it = expected.find(key);
        const QString where =
            QStringLiteral("%1 %2").arg(QString::fromStdString(key.first), IsoWeek::fromKey(key.second).toString());
        if (it == expected.end()) {
            findings.push_back(
                {QStringLiteral("rollups"), Tr::tr("rollup for %1 has no interactions behind it").arg(where)});
            continue;
        }
        for (int i = 0; i < kRollupSums; ++i) {
            const double have = stored.getColumn(2 + i).getDouble();
            if (sameSum(have, it->second[i]))
                continue;
            findings.push_back(
                {QStringLiteral("rollups"),
                 Tr::tr("rollup for %1 says %2 %3, the interactions say %4")
                     .arg(where, sumText(have), QString::fromLatin1(kRollupColumns[i]), sumText(it->second[i]))});
            break;
        }
        expected.erase(it);
    }
    for (const auto& [key, sums] : expected)
        findings.push_back({QStringLiteral("rollups"), Tr::tr("%1 interactions of %2 %3 are missing from the rollups")
                                                           .arg(sumText(sums[0]), QString::fromStdString(key.first),
                                                                IsoWeek::fromKey(key.second).toString())});
}

} // namespace

Result<std::vector<CheckFinding>> runChecks(Database& db)
{
    std::vector<CheckFinding> findings;
    try {
        auto& sql = db.sql();
        SQLite::Statement integrity(sql, "PRAGMA integrity_check");
        while (integrity.executeStep()) {
            const std::string line = integrity.getColumn(0).getString();
            if (line != "ok")
                findings.push_back({QStringLiteral("integrity"), QString::fromStdString(line)});
        }
        SQLite::Statement foreign(sql, "PRAGMA foreign_key_check");
        while (foreign.executeStep())
            findings.push_back(
                {QStringLiteral("foreign keys"), Tr::tr("a row of %1 refers to a missing row of %2")
                                                     .arg(QString::fromStdString(foreign.getColumn(0).getString()),
                                                          QString::fromStdString(foreign.getColumn(2).getString()))});
        for (const auto& rule : kRules) {
            SQLite::Statement st(sql, rule.query);
            while (st.executeStep())
                findings.push_back({QString::fromLatin1(rule.name),
                                    Tr::tr(rule.message).arg(QString::fromStdString(st.getColumn(0).getString()))});
        }
        if (auto st = checkRowRules(db, findings); !st)
            return st.error();
        checkRollups(sql, findings);
        return findings;
    } catch (const SQLite::Exception& e) {
        return Error{Tr::tr("cannot be checked: %1").arg(QString::fromUtf8(e.what())), db.path()};
    }
}

} // namespace fb::store
