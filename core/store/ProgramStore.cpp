#include "store/ProgramStore.h"

#include "analytics/PulseAnonymity.h"
#include "common/IsoWeek.h"
#include "common/NaturalOrder.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/SqlValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>

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

int bindTeams(Query& q, const std::vector<std::string>& teams, int first = 1)
{
    for (const auto& t : teams)
        q.bind(first++, t);
    return first;
}

QString failureWhat()
{
    return Tr::tr("cannot read or write programs");
}

Result<std::vector<std::string>> programTeams(Database& db, qint64 id)
{
    Query q(db, "SELECT team FROM program_teams WHERE program = ? ORDER BY team", failureWhat());
    q.bind(1, id);
    std::vector<std::string> teams;
    while (q.next())
        teams.push_back(q.text(0));
    if (!q.ok())
        return q.error();
    return teams;
}

Result<Program> readProgram(Database& db, const Query& q)
{
    Program p;
    p.id = q.integer(0);
    p.name = q.text(1);
    p.start = QDate::fromString(q.qtext(2), Qt::ISODate);
    auto teams = programTeams(db, p.id);
    if (!teams)
        return teams.error();
    p.teams = std::move(*teams);
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
    Query q(db, sql, failureWhat());
    int i = bindTeams(q, teams);
    i = bindTeams(q, teams, i);
    q.bind(i++, isoDay(from));
    q.bind(i++, isoDay(to));
    std::vector<TicketRow> rows;
    while (q.next()) {
        TicketRow r;
        r.ticketId = q.text(0);
        r.submittedOn = q.text(1);
        r.category = q.text(2);
        r.title = q.text(3);
        r.agentId = q.text(4);
        r.friction = q.text(5);
        r.status = q.text(6);
        r.decisionReason = q.text(7);
        r.decidedOn = q.text(8);
        r.fixedOn = q.text(9);
        r.scopeQueue = q.text(10);
        rows.push_back(std::move(r));
    }
    if (!q.ok())
        return q.error();
    return rows;
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
    const QString what = failureWhat();
    const auto taken = exists(db, "SELECT 1 FROM programs WHERE name = ?", name, what);
    if (!taken)
        return taken.error();
    if (*taken)
        return Error::plain(Tr::tr("a program named '%1' exists already").arg(QString::fromStdString(name)));
    for (const auto& t : teams) {
        const auto team = exists(db, "SELECT 1 FROM teams WHERE name = ?", t, what);
        if (!team)
            return team.error();
        if (!*team)
            return Error::plain(Tr::tr("no team named '%1'").arg(QString::fromStdString(t)));
    }
    qint64 id = 0;
    {
        Query insert(db, "INSERT INTO programs(name, start_on, created_at) VALUES (?, ?, ?) RETURNING id", what);
        insert.bind(1, name).bind(2, isoDay(start)).bind(3, nowUtc());
        if (insert.next())
            id = insert.integer(0);
        // Stepped to its end, so that the insert is complete before the commit.
        while (insert.next()) {
        }
        if (!insert.ok())
            return insert.error();
    }
    Query addTeam(db, "INSERT INTO program_teams(program, team) VALUES (?, ?) ON CONFLICT DO NOTHING", what);
    for (const auto& t : teams) {
        addTeam.bind(1, id).bind(2, t);
        if (auto st = addTeam.run(); !st)
            return st.error();
        addTeam.reset();
    }
    if (auto s = tx.value()->commit(); !s)
        return s.error();
    return id;
}

Result<std::optional<Program>> findProgram(Database& db, const std::string& name)
{
    Query q(db, "SELECT id, name, start_on FROM programs WHERE name = ?", failureWhat());
    q.bind(1, name);
    if (!q.next()) {
        if (!q.ok())
            return q.error();
        return std::optional<Program>{};
    }
    auto program = readProgram(db, q);
    if (!program)
        return program.error();
    return std::optional<Program>{std::move(*program)};
}

Result<std::vector<Program>> listPrograms(Database& db)
{
    Query q(db, "SELECT id, name, start_on FROM programs ORDER BY start_on, name", failureWhat());
    std::vector<Program> out;
    while (q.next()) {
        auto program = readProgram(db, q);
        if (!program)
            return program.error();
        out.push_back(std::move(*program));
    }
    if (!q.ok())
        return q.error();
    return out;
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
    const QString what = failureWhat();
    qint64 id = 0;
    {
        Query insert(db,
                     "INSERT INTO program_fixes(program, fixed_on, friction, what, owner) VALUES (?,?,?,?,?) "
                     "RETURNING id",
                     what);
        insert.bind(1, programId).bind(2, isoDay(fix.fixedOn)).bind(3, fix.friction).bind(4, fix.what);
        insert.bindTextOrNull(5, fix.owner);
        if (insert.next())
            id = insert.integer(0);
        // Stepped to its end, so that the insert is complete before the commit.
        while (insert.next()) {
        }
        if (!insert.ok())
            return insert.error();
    }
    Query queue(db, "INSERT INTO program_fix_queues(fix, queue) VALUES (?, ?) ON CONFLICT DO NOTHING", what);
    for (const auto& q : fix.queues) {
        queue.bind(1, id).bind(2, q);
        if (auto st = queue.run(); !st)
            return st.error();
        queue.reset();
    }
    if (auto s = tx.value()->commit(); !s)
        return s.error();
    return id;
}

Result<std::vector<ProgramFix>> listFixes(Database& db, qint64 programId)
{
    const QString what = failureWhat();
    Query st(db,
             "SELECT id, fixed_on, friction, what, owner FROM program_fixes WHERE program = ? "
             "ORDER BY fixed_on, id",
             what);
    st.bind(1, programId);
    Query queues(db, "SELECT queue FROM program_fix_queues WHERE fix = ? ORDER BY queue", what);
    std::vector<ProgramFix> out;
    while (st.next()) {
        ProgramFix f;
        f.id = st.integer(0);
        f.program = programId;
        f.fixedOn = QDate::fromString(st.qtext(1), Qt::ISODate);
        f.friction = st.text(2);
        f.what = st.text(3);
        f.owner = st.text(4);
        queues.bind(1, f.id);
        while (queues.next())
            f.queues.push_back(queues.text(0));
        if (!queues.ok())
            return queues.error();
        queues.reset();
        out.push_back(std::move(f));
    }
    if (!st.ok())
        return st.error();
    return out;
}

Status setConfirmedFrictions(Database& db, qint64 programId, const std::vector<ConfirmedFriction>& frictions)
{
    if (frictions.size() > 3)
        return Error::plain(Tr::tr("a program confirms at most three frictions"));
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const QString what = failureWhat();
    Query clear(db, "DELETE FROM program_frictions WHERE program = ?", what);
    clear.bind(1, programId);
    if (auto st = clear.run(); !st)
        return st;
    Query insert(db, "INSERT INTO program_frictions(program, rank, friction, dimension, note) VALUES (?,?,?,?,?)",
                 what);
    int rank = 0;
    for (const auto& f : frictions) {
        if (f.friction.empty())
            continue;
        insert.bind(1, programId).bind(2, ++rank).bind(3, f.friction);
        insert.bindTextOrNull(4, f.dimension).bindTextOrNull(5, f.note);
        if (auto st = insert.run(); !st)
            return st;
        insert.reset();
    }
    return tx.value()->commit();
}

Result<std::vector<ConfirmedFriction>> confirmedFrictions(Database& db, qint64 programId)
{
    Query q(db,
            "SELECT rank, friction, dimension, note FROM program_frictions "
            "WHERE program = ? ORDER BY rank",
            failureWhat());
    q.bind(1, programId);
    std::vector<ConfirmedFriction> out;
    while (q.next())
        out.push_back({static_cast<int>(q.integer(0)), q.text(1), q.text(2), q.text(3)});
    if (!q.ok())
        return q.error();
    return out;
}

Result<std::vector<std::string>> allTeams(Database& db)
{
    Query q(db, "SELECT name FROM teams ORDER BY name", failureWhat());
    std::vector<std::string> out;
    while (q.next())
        out.push_back(q.text(0));
    if (!q.ok())
        return q.error();
    sortNaturally(out); // "Team 5" before "Team 10"
    return out;
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
    // pulse_responses.week is "YYYY-Www", which sorts as the weeks do.
    const auto weekText = [](int key) { return IsoWeek::fromKey(key).toString().toStdString(); };
    Query q(db,
            fmt::format("SELECT team, week, agent_id, role_clarity, tool_reliability, "
                        "coaching_usefulness, schedule_fit, fairness FROM pulse_responses "
                        "WHERE team IN ({}) AND week >= ? AND week <= ?",
                        placeholders(teams.size())),
            failureWhat());
    int i = bindTeams(q, teams);
    q.bind(i++, weekText(fromWeekKey));
    q.bind(i++, weekText(toWeekKey));
    // The program's pulse is a sum of publishable cells like every other
    // pulse figure (analytics/PulseAnonymity.h).
    analytics::PulseCells cells;
    while (q.next()) {
        analytics::PulseAnswers answers;
        for (int d = 0; d < 5; ++d)
            if (!q.isNull(3 + d))
                answers[d] = static_cast<int>(q.integer(3 + d));
        // As before: identified when agent_id is not NULL and its text does not start with a NUL.
        const bool identified = !q.isNull(2) && q.text(2).c_str()[0] != '\0';
        cells.add(q.text(0), isoWeekKeyOfWeekText(q.text(1).c_str()), identified, answers);
    }
    if (!q.ok())
        return q.error();
    for (const auto& [key, s] : cells.publishable()) {
        out.responses += s.pulseResponses;
        for (int d = 0; d < 5; ++d) {
            out.sum[d] += s.pulseDimSum[d];
            out.count[d] += s.pulseDimCount[d];
        }
    }
    return out;
}

Result<std::vector<RecognitionRow>> recognitionsGiven(Database& db, const std::vector<std::string>& teams, QDate from,
                                                      QDate to)
{
    if (teams.empty())
        return std::vector<RecognitionRow>{};
    Query q(db,
            fmt::format("SELECT substr(r.given_on, 1, 10), r.behavior, count(*) FROM recognitions r "
                        "JOIN agents a ON a.agent_id = r.to_agent WHERE a.team IN ({}) AND "
                        "r.given_on >= ? AND r.given_on < ? GROUP BY 1, 2 ORDER BY 1, 2",
                        placeholders(teams.size())),
            failureWhat());
    int i = bindTeams(q, teams);
    q.bind(i++, isoDay(from));
    q.bind(i++, isoDay(to));
    std::vector<RecognitionRow> out;
    while (q.next())
        out.push_back({q.text(0), q.text(1), q.integer(2)});
    if (!q.ok())
        return q.error();
    return out;
}

Status scanInteractions(Database& db, const std::vector<std::string>& teams, QDate from, QDate to,
                        const std::function<void(const ProgramInteraction&)>& visit, const std::atomic_bool* cancel)
{
    if (teams.empty())
        return {};
    // One pass over interactions (the outer loop, forced by CROSS JOIN);
    // each row looks its agent up by key. started_at starts with the
    // day, so the window is a text range. The unary + keeps the
    // started_at index (built lazily, so present or not) out of the plan:
    // rows always come in table order, and the sums, summed in that
    // order, are the same to the last digit whether it exists or not.
    Query q(db,
            fmt::format("SELECT i.started_at, i.queue, i.handle_seconds, i.resolved_first_contact, "
                        "i.repeat_contact, i.escalated, i.defects, i.csat, i.agent_id "
                        "FROM interactions i "
                        "CROSS JOIN agents a ON a.agent_id = i.agent_id "
                        "WHERE +i.started_at >= ? AND +i.started_at < ? AND a.team IN ({})",
                        placeholders(teams.size())),
            failureWhat());
    q.bind(1, isoDay(from));
    q.bind(2, isoDay(to));
    bindTeams(q, teams, 3);
    qint64 rows = 0;
    // The row's texts, alive while visit() reads the views into them.
    std::string started, queue, agent;
    while (q.next()) {
        if (cancel && (++rows & 0xFFF) == 0 && cancel->load(std::memory_order_relaxed))
            return Error::plain(Tr::tr("cancelled"));
        started = q.text(0);
        ProgramInteraction r;
        r.day =
            std::string_view(started.c_str(), std::min<size_t>(10, std::char_traits<char>::length(started.c_str())));
        queue = q.text(1); // empty when NULL
        r.queue = queue;
        r.handleSeconds = q.real(2);
        const auto flag = [&](int col) { return q.isNull(col) ? -1 : static_cast<int>(q.integer(col)); };
        r.fcr = flag(3);
        r.repeat = flag(4);
        r.escalated = flag(5);
        r.defects = flag(6);
        r.csat = q.isNull(7) ? 0 : static_cast<int>(q.integer(7));
        agent = q.text(8);
        r.agent = agent;
        visit(r);
    }
    if (!q.ok())
        return q.error();
    return {};
}

} // namespace fb::store
