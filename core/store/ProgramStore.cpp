#include "store/ProgramStore.h"

#include "analytics/PulseAnonymity.h"
#include "common/IsoWeek.h"
#include "common/NaturalOrder.h"
#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <string>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::ProgramStore)
};

// "?,?,?" for n parameters (n >= 1).
std::string placeholders(size_t n)
{
    std::string s;
    for (size_t i = 0; i < n; ++i)
        s += i ? ",?" : "?";
    return s;
}

int bindTeams(SQLite::Statement& st, const std::vector<std::string>& teams, int first = 1)
{
    for (const auto& t : teams)
        st.bind(first++, t);
    return first;
}

std::vector<std::string> programTeams(SQLite::Database& sql, qint64 id)
{
    SQLite::Statement st(sql, "SELECT team FROM program_teams WHERE program = ? ORDER BY team");
    st.bind(1, static_cast<int64_t>(id));
    std::vector<std::string> teams;
    while (st.executeStep())
        teams.push_back(st.getColumn(0).getString());
    return teams;
}

Program readProgram(SQLite::Database& sql, SQLite::Statement& st)
{
    Program p;
    p.id = st.getColumn(0).getInt64();
    p.name = st.getColumn(1).getString();
    p.start = QDate::fromString(QString::fromStdString(st.getColumn(2).getString()), Qt::ISODate);
    p.teams = programTeams(sql, p.id);
    return p;
}

Result<std::vector<TicketRow>> tickets(Database& db, const std::vector<std::string>& teams, QDate from, QDate to,
                                       bool decided)
{
    if (teams.empty())
        return std::vector<TicketRow>{};
    const std::string dayColumn = decided ? "t.decided_on" : "t.submitted_on";
    const std::string ph = placeholders(teams.size());
    const std::string sql =
        fmt::format("SELECT t.ticket_id, t.submitted_on, t.category, t.title, t.agent_id, t.friction, t.status, "
                    "t.decision_reason, t.decided_on, t.fixed_on, t.scope_queue FROM feedback_tickets t "
                    "LEFT JOIN agents a ON a.agent_id = t.agent_id "
                    "WHERE (t.team IN ({0}) OR (t.team IS NULL AND a.team IN ({0}))) AND {1} >= ? AND {1} < ? {2} "
                    "ORDER BY {1}, t.ticket_id",
                    ph, dayColumn, decided ? "AND t.status IN ('accepted','deferred','declined','fixed')" : "");
    try {
        SQLite::Statement st(db.sql(), sql);
        int i = bindTeams(st, teams);
        i = bindTeams(st, teams, i);
        st.bind(i++, isoDay(from));
        st.bind(i++, isoDay(to));
        std::vector<TicketRow> rows;
        while (st.executeStep()) {
            TicketRow r;
            r.ticketId = st.getColumn(0).getString();
            r.submittedOn = textOr(st.getColumn(1));
            r.category = textOr(st.getColumn(2));
            r.title = textOr(st.getColumn(3));
            r.agentId = textOr(st.getColumn(4));
            r.friction = textOr(st.getColumn(5));
            r.status = textOr(st.getColumn(6));
            r.decisionReason = textOr(st.getColumn(7));
            r.decidedOn = textOr(st.getColumn(8));
            r.fixedOn = textOr(st.getColumn(9));
            r.scopeQueue = textOr(st.getColumn(10));
            rows.push_back(std::move(r));
        }
        return rows;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read or write programs"), e);
    }
}

} // namespace

Result<qint64> createProgram(Database& db, const std::string& name, const std::vector<std::string>& teams, QDate start)
{
    if (name.empty())
        return Error::plain(Tr::tr("a program needs a name"));
    if (teams.empty())
        return Error::plain(Tr::tr("a program needs at least one team"));
    if (!start.isValid() || start.dayOfWeek() != Qt::Monday)
        return Error::plain(Tr::tr("a program starts on a Monday, not %1").arg(start.toString(Qt::ISODate)));
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    try {
        auto& sql = db.sql();
        {
            SQLite::Statement exists(sql, "SELECT 1 FROM programs WHERE name = ?");
            exists.bind(1, name);
            if (exists.executeStep())
                return Error::plain(Tr::tr("a program named '%1' exists already").arg(QString::fromStdString(name)));
        }
        for (const auto& t : teams) {
            SQLite::Statement team(sql, "SELECT 1 FROM teams WHERE name = ?");
            team.bind(1, t);
            if (!team.executeStep())
                return Error::plain(Tr::tr("no team named '%1'").arg(QString::fromStdString(t)));
        }
        SQLite::Statement insert(sql,
                                 "INSERT INTO programs(name, start_on, created_at) VALUES (?, ?, datetime('now'))");
        insert.bind(1, name);
        insert.bind(2, isoDay(start));
        insert.exec();
        const qint64 id = sql.getLastInsertRowid();
        SQLite::Statement addTeam(sql, "INSERT OR IGNORE INTO program_teams(program, team) VALUES (?, ?)");
        for (const auto& t : teams) {
            addTeam.bind(1, static_cast<int64_t>(id));
            addTeam.bind(2, t);
            addTeam.exec();
            addTeam.reset();
        }
        if (auto s = tx.value()->commit(); !s)
            return s.error();
        return id;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read or write programs"), e);
    }
}

Result<std::optional<Program>> findProgram(Database& db, const std::string& name)
{
    try {
        SQLite::Statement st(db.sql(), "SELECT id, name, start_on FROM programs WHERE name = ?");
        st.bind(1, name);
        if (!st.executeStep())
            return std::optional<Program>{};
        return std::optional<Program>{readProgram(db.sql(), st)};
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read or write programs"), e);
    }
}

Result<std::vector<Program>> listPrograms(Database& db)
{
    try {
        SQLite::Statement st(db.sql(), "SELECT id, name, start_on FROM programs ORDER BY start_on, name");
        std::vector<Program> out;
        while (st.executeStep())
            out.push_back(readProgram(db.sql(), st));
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read or write programs"), e);
    }
}

Result<qint64> addFix(Database& db, qint64 programId, const ProgramFix& fix)
{
    if (!fix.fixedOn.isValid())
        return Error::plain(Tr::tr("a fix needs the date it took effect"));
    if (fix.friction.empty())
        return Error::plain(Tr::tr("a fix needs the friction it addresses"));
    if (fix.what.empty())
        return Error::plain(Tr::tr("a fix needs a line on what changed"));
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    try {
        auto& sql = db.sql();
        SQLite::Statement insert(
            sql, "INSERT INTO program_fixes(program, fixed_on, friction, what, owner) VALUES (?,?,?,?,?)");
        insert.bind(1, static_cast<int64_t>(programId));
        insert.bind(2, isoDay(fix.fixedOn));
        insert.bind(3, fix.friction);
        insert.bind(4, fix.what);
        if (fix.owner.empty())
            insert.bind(5);
        else
            insert.bind(5, fix.owner);
        insert.exec();
        const qint64 id = sql.getLastInsertRowid();
        SQLite::Statement queue(sql, "INSERT OR IGNORE INTO program_fix_queues(fix, queue) VALUES (?, ?)");
        for (const auto& q : fix.queues) {
            queue.bind(1, static_cast<int64_t>(id));
            queue.bind(2, q);
            queue.exec();
            queue.reset();
        }
        if (auto s = tx.value()->commit(); !s)
            return s.error();
        return id;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read or write programs"), e);
    }
}

Result<std::vector<ProgramFix>> listFixes(Database& db, qint64 programId)
{
    try {
        auto& sql = db.sql();
        SQLite::Statement st(sql, "SELECT id, fixed_on, friction, what, owner FROM program_fixes WHERE program = ? "
                                  "ORDER BY fixed_on, id");
        st.bind(1, static_cast<int64_t>(programId));
        SQLite::Statement queues(sql, "SELECT queue FROM program_fix_queues WHERE fix = ? ORDER BY queue");
        std::vector<ProgramFix> out;
        while (st.executeStep()) {
            ProgramFix f;
            f.id = st.getColumn(0).getInt64();
            f.program = programId;
            f.fixedOn = QDate::fromString(QString::fromStdString(st.getColumn(1).getString()), Qt::ISODate);
            f.friction = st.getColumn(2).getString();
            f.what = st.getColumn(3).getString();
            f.owner = textOr(st.getColumn(4));
            queues.bind(1, static_cast<int64_t>(f.id));
            while (queues.executeStep())
                f.queues.push_back(queues.getColumn(0).getString());
            queues.reset();
            out.push_back(std::move(f));
        }
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read or write programs"), e);
    }
}

Status setConfirmedFrictions(Database& db, qint64 programId, const std::vector<ConfirmedFriction>& frictions)
{
    if (frictions.size() > 3)
        return Error::plain(Tr::tr("a program confirms at most three frictions"));
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    try {
        auto& sql = db.sql();
        SQLite::Statement clear(sql, "DELETE FROM program_frictions WHERE program = ?");
        clear.bind(1, static_cast<int64_t>(programId));
        clear.exec();
        SQLite::Statement insert(
            sql, "INSERT INTO program_frictions(program, rank, friction, dimension, note) VALUES (?,?,?,?,?)");
        int rank = 0;
        for (const auto& f : frictions) {
            if (f.friction.empty())
                continue;
            insert.bind(1, static_cast<int64_t>(programId));
            insert.bind(2, ++rank);
            insert.bind(3, f.friction);
            if (f.dimension.empty())
                insert.bind(4);
            else
                insert.bind(4, f.dimension);
            if (f.note.empty())
                insert.bind(5);
            else
                insert.bind(5, f.note);
            insert.exec();
            insert.reset();
        }
        return tx.value()->commit();
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read or write programs"), e);
    }
}

Result<std::vector<ConfirmedFriction>> confirmedFrictions(Database& db, qint64 programId)
{
    try {
        SQLite::Statement st(db.sql(), "SELECT rank, friction, dimension, note FROM program_frictions "
                                       "WHERE program = ? ORDER BY rank");
        st.bind(1, static_cast<int64_t>(programId));
        std::vector<ConfirmedFriction> out;
        while (st.executeStep())
            out.push_back({st.getColumn(0).getInt(), st.getColumn(1).getString(), textOr(st.getColumn(2)),
                           textOr(st.getColumn(3))});
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read or write programs"), e);
    }
}

Result<std::vector<std::string>> allTeams(Database& db)
{
    try {
        SQLite::Statement st(db.sql(), "SELECT name FROM teams ORDER BY name");
        std::vector<std::string> out;
        while (st.executeStep())
            out.push_back(st.getColumn(0).getString());
        sortNaturally(out); // "Team 5" before "Team 10"
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read or write programs"), e);
    }
}

Result<std::vector<TicketRow>> ticketsSubmitted(Database& db, const std::vector<std::string>& teams, QDate from,
                                                QDate to)
{
    return tickets(db, teams, from, to, false);
}

Result<std::vector<TicketRow>> ticketsDecided(Database& db, const std::vector<std::string>& teams, QDate from, QDate to)
{
    return tickets(db, teams, from, to, true);
}

Result<PulseSums> pulseSums(Database& db, const std::vector<std::string>& teams, int fromWeekKey, int toWeekKey)
{
    PulseSums out;
    if (teams.empty())
        return out;
    try {
        // pulse_responses.week is "YYYY-Www", which sorts as the weeks do.
        const auto weekText = [](int key) { return IsoWeek::fromKey(key).toString().toStdString(); };
        SQLite::Statement st(db.sql(), fmt::format("SELECT team, week, agent_id, role_clarity, tool_reliability, "
                                                   "coaching_usefulness, schedule_fit, fairness FROM pulse_responses "
                                                   "WHERE team IN ({}) AND week >= ? AND week <= ?",
                                                   placeholders(teams.size())));
        int i = bindTeams(st, teams);
        st.bind(i++, weekText(fromWeekKey));
        st.bind(i++, weekText(toWeekKey));
        // The program's pulse is a sum of publishable cells like every other
        // pulse figure (analytics/PulseAnonymity.h).
        analytics::PulseCells cells;
        while (st.executeStep()) {
            analytics::PulseAnswers answers;
            for (int d = 0; d < 5; ++d)
                if (const auto c = st.getColumn(3 + d); !c.isNull())
                    answers[d] = c.getInt();
            const bool identified = !st.getColumn(2).isNull() && *st.getColumn(2).getText();
            cells.add(st.getColumn(0).getString(), isoWeekKeyOfWeekText(st.getColumn(1).getText()), identified,
                      answers);
        }
        for (const auto& [key, s] : cells.publishable()) {
            out.responses += s.pulseResponses;
            for (int d = 0; d < 5; ++d) {
                out.sum[d] += s.pulseDimSum[d];
                out.count[d] += s.pulseDimCount[d];
            }
        }
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read or write programs"), e);
    }
}

Result<std::vector<RecognitionRow>> recognitionsGiven(Database& db, const std::vector<std::string>& teams, QDate from,
                                                      QDate to)
{
    if (teams.empty())
        return std::vector<RecognitionRow>{};
    try {
        SQLite::Statement st(db.sql(),
                             fmt::format("SELECT substr(r.given_on, 1, 10), r.behavior, count(*) FROM recognitions r "
                                         "JOIN agents a ON a.agent_id = r.to_agent WHERE a.team IN ({}) AND "
                                         "r.given_on >= ? AND r.given_on < ? GROUP BY 1, 2 ORDER BY 1, 2",
                                         placeholders(teams.size())));
        int i = bindTeams(st, teams);
        st.bind(i++, isoDay(from));
        st.bind(i++, isoDay(to));
        std::vector<RecognitionRow> out;
        while (st.executeStep())
            out.push_back({st.getColumn(0).getString(), st.getColumn(1).getString(), st.getColumn(2).getInt64()});
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read or write programs"), e);
    }
}

Status scanInteractions(Database& db, const std::vector<std::string>& teams, QDate from, QDate to,
                        const std::function<void(const ProgramInteraction&)>& visit, const std::atomic_bool* cancel)
{
    if (teams.empty())
        return {};
    try {
        // One pass over interactions (the outer loop, forced by CROSS JOIN);
        // each row looks its agent up by key. started_at starts with the
        // day, so the window is a text range. The unary + keeps the
        // started_at index (built lazily, so present or not) out of the plan:
        // rows always come in table order, and the sums, summed in that
        // order, are the same to the last digit whether it exists or not.
        SQLite::Statement st(db.sql(),
                             fmt::format("SELECT i.started_at, i.queue, i.handle_seconds, i.resolved_first_contact, "
                                         "i.repeat_contact, i.escalated, i.defects, i.csat, i.agent_id "
                                         "FROM interactions i "
                                         "CROSS JOIN agents a ON a.agent_id = i.agent_id "
                                         "WHERE +i.started_at >= ? AND +i.started_at < ? AND a.team IN ({})",
                                         placeholders(teams.size())));
        st.bind(1, isoDay(from));
        st.bind(2, isoDay(to));
        bindTeams(st, teams, 3);
        qint64 rows = 0;
        while (st.executeStep()) {
            if (cancel && (++rows & 0xFFF) == 0 && cancel->load(std::memory_order_relaxed))
                return Error::plain(Tr::tr("cancelled"));
            const char* started = st.getColumn(0).getText();
            ProgramInteraction r;
            r.day = std::string_view(started, std::min<size_t>(10, std::char_traits<char>::length(started)));
            const auto queue = st.getColumn(1);
            if (!queue.isNull())
                r.queue = std::string_view(queue.getText(), static_cast<size_t>(queue.getBytes()));
            r.handleSeconds = st.getColumn(2).getDouble();
            const auto flag = [&](int col) { return st.getColumn(col).isNull() ? -1 : st.getColumn(col).getInt(); };
            r.fcr = flag(3);
            r.repeat = flag(4);
            r.escalated = flag(5);
            r.defects = flag(6);
            r.csat = st.getColumn(7).isNull() ? 0 : st.getColumn(7).getInt();
            const auto agent = st.getColumn(8);
            r.agent = std::string_view(agent.getText(), static_cast<size_t>(agent.getBytes()));
            visit(r);
        }
        return {};
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read or write programs"), e);
    }
}

} // namespace fb::store
