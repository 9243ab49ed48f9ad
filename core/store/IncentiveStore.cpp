#include "store/IncentiveStore.h"

#include "store/Database.h"
#include "store/ScorecardStore.h"
#include "store/SqlValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

namespace fb::store {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::IncentiveStore)
};

IncentivePlan readHead(SQLite::Statement& st)
{
    IncentivePlan p;
    p.name = st.getColumn(0).getString();
    p.version = st.getColumn(1).getInt();
    p.createdAt = QString::fromStdString(st.getColumn(2).getString());
    p.note = QString::fromStdString(st.getColumn(3).getString());
    p.period = periodKindFromKey(st.getColumn(4).getString()).value_or(PeriodKind::Quarter);
    p.amountKind = amountKindFromKey(st.getColumn(5).getString()).value_or(AmountKind::PerAgent);
    p.amount = st.getColumn(6).getDouble();
    p.gateQaMin = st.getColumn(7).getDouble();
    p.gateMinEvaluations = st.getColumn(8).getInt64();
    return p;
}

void readComponents(SQLite::Database& db, IncentivePlan& p)
{
    SQLite::Statement st(db, "SELECT metric, weight, floor, target, min_n FROM incentive_components "
                             "WHERE plan = ? AND version = ? ORDER BY position");
    st.bind(1, p.name);
    st.bind(2, p.version);
    while (st.executeStep()) {
        const auto metric = incentiveMetricFromKey(st.getColumn(0).getString());
        if (!metric)
            continue; // the table's CHECK keeps out anything else
        p.components.push_back({*metric, st.getColumn(1).getDouble(), st.getColumn(2).getDouble(),
                                st.getColumn(3).getDouble(), st.getColumn(4).getInt64()});
    }
}

constexpr const char* kHead = "SELECT name, version, created_at, coalesce(note, ''), period_kind, amount_kind, amount, "
                              "gate_qa_min, gate_min_evaluations FROM incentive_plans ";

} // namespace

Result<IncentivePlan> incentivePlan(Database& db, const std::string& name, int version)
{
    try {
        SQLite::Statement st(db.sql(), std::string(kHead) + (version > 0 ? "WHERE name = ? AND version = ?"
                                                                         : "WHERE name = ? ORDER BY version DESC "
                                                                           "LIMIT 1"));
        st.bind(1, name);
        if (version > 0)
            st.bind(2, version);
        if (!st.executeStep()) {
            if (version > 0)
                return Error::plain(
                    Tr::tr("the incentive plan '%1' has no version %2").arg(QString::fromStdString(name)).arg(version));
            return Error::plain(Tr::tr("there is no incentive plan named '%1'").arg(QString::fromStdString(name)));
        }
        IncentivePlan p = readHead(st);
        readComponents(db.sql(), p);
        return p;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read the incentive plan"), e);
    }
}

Result<std::vector<std::string>> incentivePlanNames(Database& db)
{
    try {
        std::vector<std::string> out;
        SQLite::Statement st(db.sql(), "SELECT DISTINCT name FROM incentive_plans ORDER BY name");
        while (st.executeStep())
            out.push_back(st.getColumn(0).getString());
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read the incentive plans"), e);
    }
}

Result<std::vector<IncentivePlan>> incentivePlanVersions(Database& db, const std::string& name)
{
    try {
        std::vector<IncentivePlan> out;
        SQLite::Statement st(db.sql(), std::string(kHead) + "WHERE name = ? ORDER BY version");
        st.bind(1, name);
        while (st.executeStep())
            out.push_back(readHead(st));
        for (auto& p : out)
            readComponents(db.sql(), p);
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read the incentive plan"), e);
    }
}

Result<SavedPlan> saveIncentivePlan(Database& db, const IncentivePlan& plan)
{
    if (Status st = validate(plan); !st)
        return st.error();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    try {
        auto latest = incentivePlan(db, plan.name);
        if (latest && sameRules(latest.value(), plan))
            return SavedPlan{latest->version, false};
        const int version = latest ? latest->version + 1 : 1;
        SQLite::Statement head(db.sql(), "INSERT INTO incentive_plans(name, version, created_at, note, period_kind, "
                                         "amount_kind, amount, gate_qa_min, gate_min_evaluations) "
                                         "VALUES (?, ?, datetime('now'), ?, ?, ?, ?, ?, ?)");
        head.bind(1, plan.name);
        head.bind(2, version);
        head.bind(3, plan.note.toStdString());
        head.bind(4, periodKindKey(plan.period));
        head.bind(5, amountKindKey(plan.amountKind));
        head.bind(6, plan.amount);
        head.bind(7, plan.gateQaMin);
        head.bind(8, static_cast<int64_t>(plan.gateMinEvaluations));
        head.exec();
        SQLite::Statement c(db.sql(), "INSERT INTO incentive_components(plan, version, position, metric, weight, "
                                      "floor, target, min_n) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        int position = 0;
        for (const IncentiveComponent& comp : plan.components) {
            c.bind(1, plan.name);
            c.bind(2, version);
            c.bind(3, position++);
            c.bind(4, incentiveMetricKey(comp.metric));
            c.bind(5, comp.weight);
            c.bind(6, comp.floor);
            c.bind(7, comp.target);
            c.bind(8, static_cast<int64_t>(comp.minN));
            c.exec();
            c.reset();
        }
        if (Status st = tx.value()->commit(); !st)
            return st.error();
        return SavedPlan{version, true};
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot save the incentive plan"), e);
    }
}

Result<std::vector<analytics::IncentiveAgent>> loadIncentiveAgents(Database& db, const IncentivePeriod& period)
{
    auto sums = loadPeriodSums(db, period.fromWeek, period.toWeek);
    if (!sums)
        return sums.error();
    try {
        std::vector<analytics::IncentiveAgent> out;
        SQLite::Statement st(db.sql(), "SELECT agent_id, name, team, coalesce(site, ''), coalesce(shift, ''), "
                                       "coalesce(supervisor, ''), coalesce(hire_date, '') FROM agents "
                                       "ORDER BY agent_id");
        while (st.executeStep()) {
            const std::string id = st.getColumn(0).getString();
            const auto it = sums->byAgent.find(id);
            if (it == sums->byAgent.end() || (it->second.interactions == 0 && it->second.qaEvaluations == 0))
                continue;
            analytics::IncentiveAgent a;
            a.id = id;
            a.name = st.getColumn(1).getString();
            a.team = st.getColumn(2).getString();
            a.site = st.getColumn(3).getString();
            a.shift = st.getColumn(4).getString();
            a.supervisor = st.getColumn(5).getString();
            a.hireDate = QDate::fromString(QString::fromStdString(st.getColumn(6).getString()), Qt::ISODate);
            a.sums = it->second;
            out.push_back(std::move(a));
        }
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read the agents of the period"), e);
    }
}

} // namespace fb::store
