#include "store/IncentiveStore.h"

#include "store/Database.h"
#include "store/Query.h"
#include "store/ScorecardStore.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace fb::store {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::IncentiveStore)
};

IncentivePlan readHead(const Query& q)
{
    IncentivePlan p;
    p.name = q.text(0);
    p.version = static_cast<int>(q.integer(1));
    p.createdAt = q.qtext(2);
    p.note = q.qtext(3);
    p.period = periodKindFromKey(q.text(4)).value_or(PeriodKind::Quarter);
    p.amountKind = amountKindFromKey(q.text(5)).value_or(AmountKind::PerAgent);
    p.amount = q.real(6);
    p.gateQaMin = q.real(7);
    p.gateMinEvaluations = q.integer(8);
    return p;
}

Status readComponents(Database& db, IncentivePlan& p, const QString& what)
{
    Query q(db,
            "SELECT metric, weight, floor, target, min_n FROM incentive_components "
            "WHERE plan = ? AND version = ? ORDER BY position",
            what);
    q.bind(1, p.name).bind(2, p.version);
    while (q.next()) {
        const auto metric = incentiveMetricFromKey(q.text(0));
        if (!metric)
            continue; // the table's CHECK keeps out anything else
        p.components.push_back({*metric, q.real(1), q.real(2), q.real(3), q.integer(4)});
    }
    return q.status();
}

constexpr const char* kHead = "SELECT name, version, created_at, coalesce(note, ''), period_kind, amount_kind, amount, "
                              "gate_qa_min, gate_min_evaluations FROM incentive_plans ";

} // namespace

Result<IncentivePlan> incentivePlan(Database& db, const std::string& name, int version)
{
    const QString what = Tr::tr("cannot read the incentive plan");
    Query q(db,
            std::string(kHead) + (version > 0 ? "WHERE name = ? AND version = ?"
                                              : "WHERE name = ? ORDER BY version DESC "
                                                "LIMIT 1"),
            what);
    q.bind(1, name);
    if (version > 0)
        q.bind(2, version);
    if (!q.next()) {
        if (!q.ok())
            return q.error();
        if (version > 0)
            return Error::plain(
                Tr::tr("the incentive plan '%1' has no version %2").arg(QString::fromStdString(name)).arg(version));
        return Error::plain(Tr::tr("there is no incentive plan named '%1'").arg(QString::fromStdString(name)));
    }
    IncentivePlan p = readHead(q);
    if (auto st = readComponents(db, p, what); !st)
        return st.error();
    return p;
}

Result<std::vector<std::string>> incentivePlanNames(Database& db)
{
    std::vector<std::string> out;
    Query q(db, "SELECT DISTINCT name FROM incentive_plans ORDER BY name", Tr::tr("cannot read the incentive plans"));
    while (q.next())
        out.push_back(q.text(0));
    if (!q.ok())
        return q.error();
    return out;
}

Result<std::vector<IncentivePlan>> incentivePlanVersions(Database& db, const std::string& name)
{
    const QString what = Tr::tr("cannot read the incentive plan");
    std::vector<IncentivePlan> out;
    Query q(db, std::string(kHead) + "WHERE name = ? ORDER BY version", what);
    q.bind(1, name);
    while (q.next())
        out.push_back(readHead(q));
    if (!q.ok())
        return q.error();
    for (auto& p : out)
        if (auto st = readComponents(db, p, what); !st)
            return st.error();
    return out;
}

Result<SavedPlan> saveIncentivePlan(Database& db, const IncentivePlan& plan)
{
    if (Status st = validate(plan); !st)
        return st.error();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto latest = incentivePlan(db, plan.name);
    if (latest && sameRules(latest.value(), plan))
        return SavedPlan{latest->version, false};
    const int version = latest ? latest->version + 1 : 1;
    const QString what = Tr::tr("cannot save the incentive plan");
    Query head(db,
               "INSERT INTO incentive_plans(name, version, created_at, note, period_kind, "
               "amount_kind, amount, gate_qa_min, gate_min_evaluations) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
               what);
    head.bind(1, plan.name).bind(2, version).bind(3, nowUtc()).bind(4, plan.note.toStdString());
    head.bind(5, periodKindKey(plan.period)).bind(6, amountKindKey(plan.amountKind));
    head.bind(7, plan.amount).bind(8, plan.gateQaMin).bind(9, plan.gateMinEvaluations);
    if (auto st = head.run(); !st)
        return st.error();
    Query c(db,
            "INSERT INTO incentive_components(plan, version, position, metric, weight, "
            "floor, target, min_n) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            what);
    int position = 0;
    for (const IncentiveComponent& comp : plan.components) {
        c.bind(1, plan.name).bind(2, version).bind(3, position++).bind(4, incentiveMetricKey(comp.metric));
        c.bind(5, comp.weight).bind(6, comp.floor).bind(7, comp.target).bind(8, comp.minN);
        if (auto st = c.run(); !st)
            return st.error();
        c.reset();
    }
    if (Status st = tx.value()->commit(); !st)
        return st.error();
    return SavedPlan{version, true};
}

Result<std::vector<analytics::IncentiveAgent>> loadIncentiveAgents(Database& db, const IncentivePeriod& period)
{
    auto sums = loadPeriodSums(db, period.fromWeek, period.toWeek);
    if (!sums)
        return sums.error();
    std::vector<analytics::IncentiveAgent> out;
    Query q(db,
            "SELECT agent_id, name, team, coalesce(site, ''), coalesce(shift, ''), "
            "coalesce(supervisor, ''), coalesce(hire_date, '') FROM agents "
            "ORDER BY agent_id",
            Tr::tr("cannot read the agents of the period"));
    while (q.next()) {
        const std::string id = q.text(0);
        const auto it = sums->byAgent.find(id);
        if (it == sums->byAgent.end() || (it->second.interactions == 0 && it->second.qaEvaluations == 0))
            continue;
        analytics::IncentiveAgent a;
        a.id = id;
        a.name = q.text(1);
        a.team = q.text(2);
        a.site = q.text(3);
        a.shift = q.text(4);
        a.supervisor = q.text(5);
        a.hireDate = QDate::fromString(q.qtext(6), Qt::ISODate);
        a.sums = it->second;
        out.push_back(std::move(a));
    }
    if (!q.ok())
        return q.error();
    return out;
}

} // namespace fb::store
