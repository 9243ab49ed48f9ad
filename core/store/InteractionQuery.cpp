#include "store/InteractionQuery.h"

#include "common/IsoWeek.h"
#include "domain/ChoiceLabels.h"
#include "store/Database.h"
#include "store/Query.h"

#include <QCoreApplication>
#include <QDate>

#include <fmt/format.h>

#include <utility>

namespace fb::store {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::InteractionQuery)
};

using Q = InteractionQuery;

// The values of the statement's `?` parameters, in order, bound after it is prepared.
using Binds = std::vector<std::string>;

std::string likePattern(const std::string& text)
{
    std::string pattern = "%";
    for (char ch : text) {
        if (ch == '%' || ch == '_' || ch == '\\')
            pattern += '\\';
        pattern += ch;
    }
    return pattern + "%";
}

// The day after an ISO day, as text that orders like the stored timestamps.
std::string nextDay(const std::string& day)
{
    return QDate::fromString(QString::fromStdString(day), Qt::ISODate).addDays(1).toString(Qt::ISODate).toStdString();
}

// An unknown flag counts as "no", as the scorecard's sums do; Known keeps both.
std::string flagSql(const char* column, Q::Flag flag)
{
    switch (flag) {
    case Q::Flag::Any:
        return {};
    case Q::Flag::Yes:
        return fmt::format(" AND {} = 1", column);
    case Q::Flag::No:
        return fmt::format(" AND coalesce({}, 0) = 0", column);
    case Q::Flag::Known:
        return fmt::format(" AND {} IS NOT NULL", column);
    }
    return {};
}

std::string where(const Q& q, Binds& binds)
{
    std::string w = "TRUE";
    auto add = [&](const std::string& sql, std::string value) {
        w += " AND " + sql;
        binds.push_back(std::move(value));
    };
    if (!q.fromDay.empty())
        add("t.started_at >= ?", q.fromDay);
    if (!q.toDay.empty())
        add("t.started_at < ?", nextDay(q.toDay));
    if (!q.agentId.empty())
        add("t.agent_id = ?", q.agentId);
    if (!q.team.empty())
        add("t.agent_id IN (SELECT agent_id FROM agents WHERE team = ?)", q.team);
    if (!q.queue.empty())
        add("t.queue = ?", q.queue);
    if (!q.channel.empty())
        add("t.channel = ?", q.channel);
    if (!q.contains.empty()) {
        // The same pattern for each of the four columns, then the channel
        // also as the table shows it: "Telefon" finds "voice".
        w += " AND (t.interaction_id LIKE ? ESCAPE '\\' OR t.queue LIKE ? ESCAPE '\\' OR t.channel LIKE ? "
             "ESCAPE '\\' OR t.contact_reason LIKE ? ESCAPE '\\'";
        binds.insert(binds.end(), 4, likePattern(q.contains));
        const auto channels = choiceValuesMatching("channel", QString::fromStdString(q.contains));
        for (size_t i = 0; i < channels.size(); ++i) {
            w += i ? ", ?" : " OR t.channel IN (?";
            binds.push_back(channels[i]);
        }
        if (!channels.empty())
            w += ")";
        w += ")";
    }
    switch (q.csat) {
    case Q::Csat::Any:
        break;
    case Q::Csat::Surveyed:
        w += " AND t.csat IS NOT NULL";
        break;
    case Q::Csat::NotSurveyed:
        w += " AND t.csat IS NULL";
        break;
    case Q::Csat::Top2:
        w += " AND t.csat >= 4";
        break;
    default:
        w += fmt::format(" AND t.csat = {}", int(q.csat) - int(Q::Csat::Score1) + 1);
        break;
    }
    switch (q.fcr) {
    case Q::Fcr::Any:
        break;
    case Q::Fcr::Known:
        w += " AND t.resolved_first_contact IS NOT NULL";
        break;
    case Q::Fcr::Resolved:
        w += " AND t.resolved_first_contact = 1";
        break;
    case Q::Fcr::NotResolved:
        w += " AND t.resolved_first_contact = 0";
        break;
    case Q::Fcr::Unknown:
        w += " AND t.resolved_first_contact IS NULL";
        break;
    }
    if (!q.teams.empty()) {
        std::string marks;
        for (size_t i = 0; i < q.teams.size(); ++i) {
            marks += i ? ", ?" : "?";
            binds.push_back(q.teams[i]);
        }
        w += " AND t.agent_id IN (SELECT agent_id FROM agents WHERE team IN (" + marks + "))";
    }
    w += flagSql("t.escalated", q.escalated);
    w += flagSql("t.repeat_contact", q.repeat);
    if (q.defects != Q::Defects::Any)
        w += q.defects == Q::Defects::Some ? " AND t.defects > 0" : " AND coalesce(t.defects, 0) = 0";
    return w;
}

// The columns of the order, most significant first; the last is the key, so
// the order is total and a cursor names exactly one position.
std::vector<std::string> sortColumns(Q::Sort sort)
{
    switch (sort) {
    case Q::Sort::InteractionId:
        return {"interaction_id"};
    case Q::Sort::Agent:
        return {"agent_id", "started_at", "interaction_id"};
    case Q::Sort::Started:
        break;
    }
    return {"started_at", "interaction_id"};
}

std::string orderBy(const Q& q)
{
    std::string out;
    for (const auto& c : sortColumns(q.sort))
        out += (out.empty() ? "t." : ", t.") + c + (q.descending ? " DESC" : "");
    return out;
}

// A cursor is the sort values of the last row, each as "length:text".
std::string encodeKey(const std::vector<std::string>& parts)
{
    std::string out;
    for (const auto& p : parts)
        out += std::to_string(p.size()) + ':' + p;
    return out;
}

std::vector<std::string> decodeKey(const std::string& key)
{
    std::vector<std::string> parts;
    size_t at = 0;
    while (at < key.size()) {
        const size_t colon = key.find(':', at);
        if (colon == std::string::npos)
            break;
        const size_t length = std::stoul(key.substr(at, colon - at));
        parts.push_back(key.substr(colon + 1, length));
        at = colon + 1 + length;
    }
    return parts;
}

// Canonical columns, the agent's name after agent_id when asked.
std::string selectList(bool withName)
{
    std::string out;
    for (const auto& c : kindSpec(Kind::Interactions).columns) {
        out += (out.empty() ? "t." : ", t.") + c.storeName();
        if (withName && c.name == "agent_id")
            out += ", (SELECT a.name FROM agents a WHERE a.agent_id = t.agent_id)";
    }
    return out;
}

void bindAll(Query& q, const Binds& binds)
{
    for (size_t i = 0; i < binds.size(); ++i)
        q.bind(int(i) + 1, binds[i]);
}

QString readWhat()
{
    return Tr::tr("cannot read interactions");
}

// The rollup column that counts what the query asks, when only rollups are needed.
const char* rollupColumn(const Q& q)
{
    if (!q.queue.empty() || !q.channel.empty() || !q.contains.empty() || !q.teams.empty() ||
        q.escalated != Q::Flag::Any || q.repeat != Q::Flag::Any || q.defects != Q::Defects::Any)
        return nullptr;
    const auto wholeWeek = [](const std::string& day, int dayOfWeek) {
        return day.empty() || QDate::fromString(QString::fromStdString(day), Qt::ISODate).dayOfWeek() == dayOfWeek;
    };
    if (!wholeWeek(q.fromDay, 1) || !wholeWeek(q.toDay, 7))
        return nullptr;
    if (q.fcr == Q::Fcr::Any) {
        switch (q.csat) {
        case Q::Csat::Any:
            return "interactions";
        case Q::Csat::Surveyed:
            return "csat_surveyed";
        case Q::Csat::Top2:
            return "csat_top2";
        default:
            return nullptr;
        }
    }
    if (q.csat != Q::Csat::Any)
        return nullptr;
    if (q.fcr == Q::Fcr::Known)
        return "fcr_known";
    return q.fcr == Q::Fcr::Resolved ? "fcr_resolved" : nullptr;
}

int weekKey(const std::string& day)
{
    return IsoWeek::ofDate(QDate::fromString(QString::fromStdString(day), Qt::ISODate)).key();
}

} // namespace

bool InteractionQuery::narrows() const
{
    Q plain;
    plain.sort = sort;
    plain.descending = descending;
    return !(*this == plain);
}

const KindSpec& interactionBrowseSpec()
{
    static const KindSpec spec = [] {
        KindSpec s = kindSpec(Kind::Interactions);
        for (size_t i = 0; i < s.columns.size(); ++i)
            if (s.columns[i].name == "agent_id") {
                ColumnSpec name;
                name.name = "agent_name";
                name.type = ColumnType::Text;
                s.columns.insert(s.columns.begin() + long(i) + 1, name);
                break;
            }
        return s;
    }();
    return spec;
}

namespace {

// The SELECT of one page after a cursor; binds receives its parameters but
// the last, the LIMIT (number binds.size() + 1).
std::string pageSql(const Q& query, const std::string& afterKey, Binds& binds)
{
    std::string w = where(query, binds);
    const auto columns = sortColumns(query.sort);
    const auto after = decodeKey(afterKey);
    if (!afterKey.empty() && after.size() == columns.size()) {
        std::string lhs, rhs;
        for (size_t i = 0; i < columns.size(); ++i) {
            lhs += (i ? ", t." : "t.") + columns[i];
            rhs += i ? ", ?" : "?";
            binds.push_back(after[i]);
        }
        w += fmt::format(" AND ({}) {} ({})", lhs, query.descending ? "<" : ">", rhs);
    }
    return fmt::format("SELECT {} FROM interactions t WHERE {} ORDER BY {} LIMIT ?", selectList(true), w,
                       orderBy(query));
}

} // namespace

Result<std::string> explainFirstPage(Database& db, const InteractionQuery& query)
{
    Binds binds;
    const std::string page = pageSql(query, {}, binds);
    // SQLite's EXPLAIN QUERY PLAN gives one row per step, described in its
    // fourth column; PostgreSQL's EXPLAIN one row per line of its plan.
    const bool site = db.isSiteServer();
    Query st(db, (site ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + page, readWhat());
    bindAll(st, binds);
    st.bind(int(binds.size()) + 1, 300);
    std::string plan;
    while (st.next())
        plan += st.text(site ? 0 : 3) + '\n';
    if (!st.ok())
        return st.error();
    return plan;
}

Result<Page> browseInteractions(Database& db, const InteractionQuery& query, const std::string& afterKey, int limit)
{
    Binds binds;
    const std::string sql = pageSql(query, afterKey, binds);
    const auto columns = sortColumns(query.sort);
    const KindSpec& spec = interactionBrowseSpec();
    Query st(db, sql, readWhat());
    bindAll(st, binds);
    st.bind(int(binds.size()) + 1, limit);
    Page page;
    while (st.next()) {
        std::vector<Value> row;
        row.reserve(spec.columns.size());
        for (int i = 0; i < int(spec.columns.size()); ++i)
            row.push_back(st.value(i, spec.columns[size_t(i)].type));
        page.rows.push_back(std::move(row));
    }
    if (!st.ok())
        return st.error();
    page.atEnd = int(page.rows.size()) < limit;
    if (page.rows.empty()) {
        page.lastKey = afterKey;
        return page;
    }
    std::vector<std::string> last;
    for (const auto& c : columns)
        for (size_t i = 0; i < spec.columns.size(); ++i)
            if (spec.columns[i].name == c)
                last.push_back(valueToText(page.rows.back()[i]));
    page.lastKey = encodeKey(last);
    return page;
}

Result<qint64> countInteractions(Database& db, const InteractionQuery& query)
{
    if (const char* column = rollupColumn(query)) {
        std::string sql = fmt::format("SELECT coalesce(sum(r.{}), 0) FROM interaction_rollups r WHERE TRUE", column);
        std::vector<Value> binds;
        if (!query.fromDay.empty()) {
            sql += " AND r.week >= ?";
            binds.emplace_back(qint64(weekKey(query.fromDay)));
        }
        if (!query.toDay.empty()) {
            sql += " AND r.week <= ?";
            binds.emplace_back(qint64(weekKey(query.toDay)));
        }
        if (!query.agentId.empty()) {
            sql += " AND r.agent_id = ?";
            binds.emplace_back(query.agentId);
        }
        if (!query.team.empty()) {
            sql += " AND r.agent_id IN (SELECT agent_id FROM agents WHERE team = ?)";
            binds.emplace_back(query.team);
        }
        Query st(db, sql, readWhat());
        for (size_t i = 0; i < binds.size(); ++i)
            st.bind(int(i) + 1, binds[i]);
        const double count = st.next() ? st.real(0) : 0.0;
        if (!st.ok())
            return st.error();
        return qint64(count);
    }
    Binds binds;
    Query st(db, "SELECT count(*) FROM interactions t WHERE " + where(query, binds), readWhat());
    bindAll(st, binds);
    const qint64 count = st.next() ? st.integer(0) : 0;
    if (!st.ok())
        return st.error();
    return count;
}

Status forEachInteraction(Database& db, const InteractionQuery& query,
                          const std::function<bool(const std::vector<Value>&)>& visit)
{
    const KindSpec& spec = kindSpec(Kind::Interactions);
    Binds binds;
    Query st(db,
             fmt::format("SELECT {} FROM interactions t WHERE {} ORDER BY {}", selectList(false), where(query, binds),
                         orderBy(query)),
             readWhat());
    bindAll(st, binds);
    std::vector<Value> row(spec.columns.size());
    while (st.next()) {
        for (int i = 0; i < int(spec.columns.size()); ++i)
            row[size_t(i)] = st.value(i, spec.columns[size_t(i)].type);
        if (!visit(row))
            break;
    }
    return st.status();
}

Result<InteractionDays> interactionDays(Database& db)
{
    // Two index seeks on interactions(started_at), not a scan.
    Query st(db,
             "SELECT (SELECT substr(min(started_at), 1, 10) FROM interactions), "
             "(SELECT substr(max(started_at), 1, 10) FROM interactions)",
             readWhat());
    InteractionDays days;
    if (st.next() && !st.isNull(0))
        days = {st.text(0), st.text(1)};
    if (!st.ok())
        return st.error();
    return days;
}

Result<std::vector<std::string>> interactionQueues(Database& db)
{
    Query st(db,
             "SELECT DISTINCT queue FROM interactions WHERE queue IS NOT NULL AND queue <> '' "
             "ORDER BY queue",
             readWhat());
    std::vector<std::string> queues;
    while (st.next())
        queues.push_back(st.text(0));
    if (!st.ok())
        return st.error();
    return queues;
}

} // namespace fb::store
