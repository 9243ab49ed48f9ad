#include "store/InteractionQuery.h"

#include "common/IsoWeek.h"
#include "domain/ChoiceLabels.h"
#include "store/Database.h"
#include "store/SqlValues.h"

#include <QCoreApplication>

#include <fmt/format.h>

#include <utility>

namespace fb::store {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::InteractionQuery)
};

using Q = InteractionQuery;

// Named parameters and their values, bound after the statement is prepared.
using Binds = std::vector<std::pair<std::string, std::string>>;

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
    std::string w = "1";
    auto add = [&](const std::string& sql, const char* name, std::string value) {
        w += " AND " + sql;
        binds.emplace_back(name, std::move(value));
    };
    if (!q.fromDay.empty())
        add("t.started_at >= :from", ":from", q.fromDay);
    if (!q.toDay.empty())
        add("t.started_at < :to", ":to", nextDay(q.toDay));
    if (!q.agentId.empty())
        add("t.agent_id = :agent", ":agent", q.agentId);
    if (!q.team.empty())
        add("t.agent_id IN (SELECT agent_id FROM agents WHERE team = :team)", ":team", q.team);
    if (!q.queue.empty())
        add("t.queue = :queue", ":queue", q.queue);
    if (!q.channel.empty())
        add("t.channel = :channel", ":channel", q.channel);
    if (!q.contains.empty()) {
        // The channel also as the table shows it: "Telefon" finds "voice".
        std::string labelled;
        const auto channels = choiceValuesMatching("channel", QString::fromStdString(q.contains));
        for (size_t i = 0; i < channels.size(); ++i) {
            const std::string name = fmt::format(":channel{}", i);
            labelled += (i ? ", " : " OR t.channel IN (") + name;
            binds.emplace_back(name, channels[i]);
        }
        if (!labelled.empty())
            labelled += ")";
        add("(t.interaction_id LIKE :like ESCAPE '\\' OR t.queue LIKE :like ESCAPE '\\' OR t.channel LIKE :like "
            "ESCAPE '\\' OR t.contact_reason LIKE :like ESCAPE '\\'" +
                labelled + ")",
            ":like", likePattern(q.contains));
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
            const std::string name = fmt::format(":team{}", i);
            marks += (i ? ", " : "") + name;
            binds.emplace_back(name, q.teams[i]);
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

void bindAll(SQLite::Statement& st, const Binds& binds)
{
    for (const auto& [name, value] : binds)
        st.bind(name, value);
}

Error readError(Database& db, const SQLite::Exception& e)
{
    return sqlFailure(db, Tr::tr("cannot read interactions"), e);
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

// The SELECT of one page after a cursor; binds receives its parameters (but :limit).
std::string pageSql(const Q& query, const std::string& afterKey, Binds& binds)
{
    std::string w = where(query, binds);
    const auto columns = sortColumns(query.sort);
    const auto after = decodeKey(afterKey);
    if (!afterKey.empty() && after.size() == columns.size()) {
        std::string lhs, rhs;
        for (size_t i = 0; i < columns.size(); ++i) {
            lhs += (i ? ", t." : "t.") + columns[i];
            rhs += fmt::format("{}:k{}", i ? ", " : "", i);
            binds.emplace_back(fmt::format(":k{}", i), after[i]);
        }
        w += fmt::format(" AND ({}) {} ({})", lhs, query.descending ? "<" : ">", rhs);
    }
    return fmt::format("SELECT {} FROM interactions t WHERE {} ORDER BY {} LIMIT :limit", selectList(true), w,
                       orderBy(query));
}

} // namespace

Result<std::string> explainFirstPage(Database& db, const InteractionQuery& query)
{
    Binds binds;
    try {
        SQLite::Statement st(db.sql(), "EXPLAIN QUERY PLAN " + pageSql(query, {}, binds));
        bindAll(st, binds);
        st.bind(":limit", 300);
        std::string plan;
        while (st.executeStep())
            plan += st.getColumn(3).getString() + '\n';
        return plan;
    } catch (const SQLite::Exception& e) {
        return readError(db, e);
    }
}

Result<Page> browseInteractions(Database& db, const InteractionQuery& query, const std::string& afterKey, int limit)
{
    Binds binds;
    const std::string sql = pageSql(query, afterKey, binds);
    const auto columns = sortColumns(query.sort);
    const KindSpec& spec = interactionBrowseSpec();
    try {
        SQLite::Statement st(db.sql(), sql);
        bindAll(st, binds);
        st.bind(":limit", limit);
        Page page;
        while (st.executeStep()) {
            std::vector<Value> row;
            row.reserve(spec.columns.size());
            for (int i = 0; i < int(spec.columns.size()); ++i)
                row.push_back(columnValue(st.getColumn(i), spec.columns[size_t(i)].type));
            page.rows.push_back(std::move(row));
        }
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
    } catch (const SQLite::Exception& e) {
        return readError(db, e);
    }
}

Result<qint64> countInteractions(Database& db, const InteractionQuery& query)
{
    try {
        if (const char* column = rollupColumn(query)) {
            std::string sql = fmt::format("SELECT total(r.{}) FROM interaction_rollups r WHERE 1", column);
            Binds binds;
            if (!query.fromDay.empty()) {
                sql += " AND r.week >= :wf";
                binds.emplace_back(":wf", "");
            }
            if (!query.toDay.empty())
                sql += " AND r.week <= :wt";
            if (!query.agentId.empty()) {
                sql += " AND r.agent_id = :agent";
                binds.emplace_back(":agent", query.agentId);
            }
            if (!query.team.empty()) {
                sql += " AND r.agent_id IN (SELECT agent_id FROM agents WHERE team = :team)";
                binds.emplace_back(":team", query.team);
            }
            SQLite::Statement st(db.sql(), sql);
            for (const auto& [name, value] : binds)
                if (name != ":wf")
                    st.bind(name, value);
            if (!query.fromDay.empty())
                st.bind(":wf", weekKey(query.fromDay));
            if (!query.toDay.empty())
                st.bind(":wt", weekKey(query.toDay));
            st.executeStep();
            return qint64(st.getColumn(0).getDouble());
        }
        Binds binds;
        SQLite::Statement st(db.sql(), "SELECT count(*) FROM interactions t WHERE " + where(query, binds));
        bindAll(st, binds);
        st.executeStep();
        return qint64(st.getColumn(0).getInt64());
    } catch (const SQLite::Exception& e) {
        return readError(db, e);
    }
}

Status forEachInteraction(Database& db, const InteractionQuery& query,
                          const std::function<bool(const std::vector<Value>&)>& visit)
{
    const KindSpec& spec = kindSpec(Kind::Interactions);
    Binds binds;
    try {
        SQLite::Statement st(db.sql(), fmt::format("SELECT {} FROM interactions t WHERE {} ORDER BY {}",
                                                   selectList(false), where(query, binds), orderBy(query)));
        bindAll(st, binds);
        std::vector<Value> row(spec.columns.size());
        while (st.executeStep()) {
            for (int i = 0; i < int(spec.columns.size()); ++i)
                row[size_t(i)] = columnValue(st.getColumn(i), spec.columns[size_t(i)].type);
            if (!visit(row))
                break;
        }
        return {};
    } catch (const SQLite::Exception& e) {
        return readError(db, e);
    }
}

Result<InteractionDays> interactionDays(Database& db)
{
    try {
        // Two index seeks on interactions(started_at), not a scan.
        SQLite::Statement st(db.sql(), "SELECT (SELECT substr(min(started_at), 1, 10) FROM interactions), "
                                       "(SELECT substr(max(started_at), 1, 10) FROM interactions)");
        st.executeStep();
        InteractionDays days;
        if (!st.getColumn(0).isNull())
            days = {st.getColumn(0).getString(), st.getColumn(1).getString()};
        return days;
    } catch (const SQLite::Exception& e) {
        return readError(db, e);
    }
}

Result<std::vector<std::string>> interactionQueues(Database& db)
{
    try {
        SQLite::Statement st(db.sql(),
                             "SELECT DISTINCT queue FROM interactions WHERE queue IS NOT NULL AND queue <> '' "
                             "ORDER BY queue");
        std::vector<std::string> queues;
        while (st.executeStep())
            queues.push_back(st.getColumn(0).getString());
        return queues;
    } catch (const SQLite::Exception& e) {
        return readError(db, e);
    }
}

} // namespace fb::store
