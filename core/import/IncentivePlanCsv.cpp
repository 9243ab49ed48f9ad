#include "import/IncentivePlanCsv.h"

#include "csv/CsvReader.h"

#include <QCoreApplication>

#include <cmath>
#include <map>

namespace fb::import {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::import::IncentivePlanCsv)
};

const char* const kColumns[] = {
    "plan",      "version", "period", "amount_kind", "amount", "gate_qa_min", "gate_min_evaluations",
    "component", "weight",  "floor",  "target",      "min_n",  "note"};

class Row {
public:
    Row(const QString& path, const csv::Record& r, const std::map<std::string, size_t>& columns)
        : m_path(path), m_r(r), m_columns(columns)
    {
    }
    [[nodiscard]] QString text(const char* column) const
    {
        const auto it = m_columns.find(column);
        return it != m_columns.end() && it->second < m_r.fields.size()
                   ? QString::fromStdString(m_r.fields[it->second]).trimmed()
                   : QString();
    }
    [[nodiscard]] Error error(const char* column, const QString& why) const
    {
        return Error(why, m_path, m_r.line, QString::fromLatin1(column), text(column), true);
    }
    Status number(const char* column, double& out) const
    {
        bool ok = false;
        out = text(column).toDouble(&ok);
        return ok && std::isfinite(out) ? Status{} : Status{error(column, Tr::tr("not a number"))};
    }
    Status integer(const char* column, qint64& out) const
    {
        bool ok = false;
        out = text(column).toLongLong(&ok);
        return ok ? Status{} : Status{error(column, Tr::tr("not a whole number"))};
    }

private:
    const QString& m_path;
    const csv::Record& m_r;
    const std::map<std::string, size_t>& m_columns;
};

// The plan's own cells of one row, read into p (first row) or compared with it.
Status readHead(const Row& row, IncentivePlan& p, bool first)
{
    IncentivePlan h;
    h.name = row.text("plan").toStdString();
    if (h.name.empty())
        return row.error("plan", Tr::tr("the plan needs a name"));
    const auto period = periodKindFromKey(row.text("period").toStdString());
    if (!period)
        return row.error("period", Tr::tr("the period is month or quarter"));
    h.period = *period;
    const auto kind = amountKindFromKey(row.text("amount_kind").toStdString());
    if (!kind)
        return row.error("amount_kind", Tr::tr("the amount kind is per_agent or pool"));
    h.amountKind = *kind;
    if (Status st = row.number("amount", h.amount); !st)
        return st;
    if (Status st = row.number("gate_qa_min", h.gateQaMin); !st)
        return st;
    if (Status st = row.integer("gate_min_evaluations", h.gateMinEvaluations); !st)
        return st;
    h.note = row.text("note");
    if (first) {
        p = h;
        return {};
    }
    const auto differs = [&](const char* column) {
        return row.error(column, Tr::tr("differs from the first row; a file holds one plan"));
    };
    if (h.name != p.name)
        return differs("plan");
    if (h.period != p.period)
        return differs("period");
    if (h.amountKind != p.amountKind)
        return differs("amount_kind");
    if (h.amount != p.amount)
        return differs("amount");
    if (h.gateQaMin != p.gateQaMin)
        return differs("gate_qa_min");
    if (h.gateMinEvaluations != p.gateMinEvaluations)
        return differs("gate_min_evaluations");
    if (h.note != p.note)
        return differs("note");
    return {};
}

} // namespace

Result<IncentivePlan> readIncentivePlanCsv(const QString& path)
{
    auto reader = csv::CsvReader::open(path);
    if (!reader)
        return reader.error();
    csv::Record header;
    if (!reader.value()->next(header))
        return Error(Tr::tr("the file is empty; it needs a header with the plan's columns"), path);
    std::map<std::string, size_t> columns;
    for (size_t i = 0; i < header.fields.size(); ++i)
        columns[QString::fromStdString(header.fields[i]).trimmed().toLower().toStdString()] = i;
    for (const char* c : kColumns)
        if (std::string(c) != "note" && std::string(c) != "version" && !columns.count(c))
            return Error(Tr::tr("the header has no column %1").arg(QString::fromLatin1(c)), path, header.line);
    IncentivePlan plan;
    csv::Record r;
    bool first = true;
    while (reader.value()->next(r)) {
        const Row row(path, r, columns);
        if (Status st = readHead(row, plan, first); !st)
            return st.error();
        first = false;
        IncentiveComponent c;
        const auto metric = incentiveMetricFromKey(row.text("component").toStdString());
        if (!metric)
            return row.error("component", Tr::tr("the component is qa, csat, fcr, contacts or aht"));
        c.metric = *metric;
        if (Status st = row.number("weight", c.weight); !st)
            return st.error();
        if (Status st = row.number("floor", c.floor); !st)
            return st.error();
        if (Status st = row.number("target", c.target); !st)
            return st.error();
        if (Status st = row.integer("min_n", c.minN); !st)
            return st.error();
        plan.components.push_back(c);
        // The plan's rules, checked as each row comes, so an error names its line.
        if (Status st = validate(plan); !st && plan.totalWeight() > 0) {
            Error e = st.error();
            e.file = path;
            e.line = r.line;
            return e;
        }
    }
    if (reader.value()->failed() || !reader.value()->problems().empty()) {
        const auto& p = reader.value()->problems().front();
        return Error(p.message, path, p.line);
    }
    if (first)
        return Error(Tr::tr("the file has no component rows"), path);
    if (Status st = validate(plan); !st) {
        Error e = st.error();
        e.file = path;
        return e;
    }
    return plan;
}

} // namespace fb::import
