#include "store/Checks.h"

#include "common/IsoWeek.h"
#include "domain/RowRules.h"
#include "store/Browse.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/Rollups.h"

#include <QCoreApplication>

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
// A failure carries the engine's message alone; runChecks words it.
// coalesce(sum(x), 0) rather than SQLite's total(x), which PostgreSQL lacks:
// the same sums, read as doubles either way.
Status checkRollups(Database& db, std::vector<CheckFinding>& findings)
{
    std::map<std::pair<std::string, int>, Sums> expected;
    Query days(
        db,
        "SELECT agent_id, substr(started_at, 1, 10), count(*), coalesce(sum(handle_seconds), 0), "
        "coalesce(sum(handle_seconds * handle_seconds), 0), count(resolved_first_contact), "
        "coalesce(sum(resolved_first_contact), 0), coalesce(sum(repeat_contact), 0), coalesce(sum(escalated), 0), "
        "coalesce(sum(defects), 0), count(csat), count(CASE WHEN csat >= 4 THEN 1 END), coalesce(sum(csat), 0) "
        "FROM interactions GROUP BY 1, 2",
        QString());
    while (days.next()) {
        const std::string day = days.text(1);
        auto [it, added] = expected.try_emplace({days.text(0), isoWeekKeyOfIsoDate(day.c_str())});
        if (added)
            it->second.fill(0);
        for (int i = 0; i < kRollupSums; ++i)
            it->second[i] += days.real(2 + i);
    }
    if (!days.ok())
        return days.error();
    Query stored(db,
                 "SELECT agent_id, week, interactions, handle_seconds, handle_seconds_sq, fcr_known, "
                 "fcr_resolved, repeat_contacts, escalations, defects, csat_surveyed, csat_top2, "
                 "csat_sum FROM interaction_rollups",
                 QString());
    while (stored.next()) {
        const auto key = std::make_pair(stored.text(0), static_cast<int>(stored.integer(1)));
        const auto it = expected.find(key);
        const QString where =
            QStringLiteral("%1 %2").arg(QString::fromStdString(key.first), IsoWeek::fromKey(key.second).toString());
        if (it == expected.end()) {
            findings.push_back(
                {QStringLiteral("rollups"), Tr::tr("rollup for %1 has no interactions behind it").arg(where)});
            continue;
        }
        for (int i = 0; i < kRollupSums; ++i) {
            const double have = stored.real(2 + i);
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
    if (!stored.ok())
        return stored.error();
    for (const auto& [key, sums] : expected)
        findings.push_back({QStringLiteral("rollups"), Tr::tr("%1 interactions of %2 %3 are missing from the rollups")
                                                           .arg(sumText(sums[0]), QString::fromStdString(key.first),
                                                                IsoWeek::fromKey(key.second).toString())});
    return {};
}

// SQLite's own checks of the file: its integrity, and rows whose foreign key
// finds nothing (an interactions import writes with enforcement off, see
// store/ReferencesCheckedByCaller.h). The statements stay SQLite's. A failure
// carries the engine's message alone; runChecks words it.
Status checkSqliteFile(Database& db, std::vector<CheckFinding>& findings)
{
    Query integrity(db, "PRAGMA integrity_check", QString());
    while (integrity.next()) {
        const std::string line = integrity.text(0);
        if (line != "ok")
            findings.push_back({QStringLiteral("integrity"), QString::fromStdString(line)});
    }
    if (!integrity.ok())
        return integrity.error();
    Query foreign(db, "PRAGMA foreign_key_check", QString());
    while (foreign.next())
        findings.push_back(
            {QStringLiteral("foreign keys"),
             Tr::tr("a row of %1 refers to a missing row of %2").arg(foreign.qtext(0), foreign.qtext(2))});
    if (!foreign.ok())
        return foreign.error();
    return {};
}

// A failed statement of the checks, worded as before: "cannot be checked:"
// and the engine's message, naming the database.
Error notChecked(const Database& db, const Error& engineError)
{
    return Error{Tr::tr("cannot be checked: %1").arg(engineError.reason), db.path()};
}

} // namespace

Result<std::vector<CheckFinding>> runChecks(Database& db)
{
    std::vector<CheckFinding> findings;
    // Only on a file. A site server has no SQLite file to check, and enforces
    // foreign keys always, so a foreign-key check would find nothing there.
    // Neither check runs there, and nothing in the findings says it did: a
    // site server's findings are the domain checks' alone.
    if (!db.isSiteServer()) {
        if (auto st = checkSqliteFile(db, findings); !st)
            return notChecked(db, st.error());
    }
    auto domain = runDomainChecks(db);
    if (!domain)
        return domain.error();
    findings.insert(findings.end(), domain->begin(), domain->end());
    return findings;
}

Result<std::vector<CheckFinding>> runDomainChecks(Database& db)
{
    std::vector<CheckFinding> findings;
    for (const auto& rule : kRules) {
        Query q(db, rule.query, QString());
        while (q.next())
            findings.push_back({QString::fromLatin1(rule.name), Tr::tr(rule.message).arg(q.qtext(0))});
        if (!q.ok())
            return notChecked(db, q.error());
    }
    if (auto st = checkRowRules(db, findings); !st)
        return st.error();
    if (auto st = checkRollups(db, findings); !st)
        return notChecked(db, st.error());
    return findings;
}

} // namespace fb::store
