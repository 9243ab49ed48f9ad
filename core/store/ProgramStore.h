#pragma once

// Friction-to-flow programs in the store: programs and their teams, the fixes
// log, the confirmed top frictions, and the reads the program's pages and
// report need (docs/friction-to-flow.md). All SQL of the feature is here.
#include "common/Error.h"

#include <QDate>
#include <QString>

#include <array>
#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fb::store {

class Database;

struct Program final {
    qint64 id = 0;
    std::string name;
    QDate start; // a Monday: day 1 of week 1
    std::vector<std::string> teams;
};

struct ProgramFix final {
    qint64 id = 0; // its id in the log
    qint64 program = 0;
    QDate fixedOn; // in effect from this day on
    std::string friction;
    std::string what;
    std::string owner;
    std::vector<std::string> queues; // the scope; empty = all queues
    [[nodiscard]] bool allQueues() const { return queues.empty(); }
};

struct ConfirmedFriction final {
    int rank = 0; // 1..3
    std::string friction;
    std::string dimension; // pulse dimension it maps to; may be empty
    std::string note;
};

// Creates a program; the name must be new, the teams must exist and the start
// must be a Monday. Returns its id.
Result<qint64> createProgram(Database& db, const std::string& name, const std::vector<std::string>& teams, QDate start);
// nullopt when no program has that name.
Result<std::optional<Program>> findProgram(Database& db, const std::string& name);
Result<std::vector<Program>> listPrograms(Database& db); // by start, then name

// Adds a fix to a program's log (fix.program and fix.id are ignored); returns its id.
Result<qint64> addFix(Database& db, qint64 programId, const ProgramFix& fix);
Result<std::vector<ProgramFix>> listFixes(Database& db, qint64 programId); // by date, then id

// Replaces the confirmed frictions of a program (at most three, ranks 1..3).
Status setConfirmedFrictions(Database& db, qint64 programId, const std::vector<ConfirmedFriction>& frictions);
Result<std::vector<ConfirmedFriction>> confirmedFrictions(Database& db, qint64 programId);

Result<std::vector<std::string>> allTeams(Database& db);

// Feedback tickets of the teams (by the ticket's team, or its agent's team)
// submitted on days [from, to).
struct TicketRow final {
    std::string ticketId;
    std::string submittedOn;
    std::string category;
    std::string title;
    std::string agentId; // empty when anonymous
    std::string friction;
    std::string status;
    std::string decisionReason;
    std::string decidedOn;
    std::string fixedOn;
    std::string scopeQueue;
};
Result<std::vector<TicketRow>> ticketsSubmitted(Database& db, const std::vector<std::string>& teams, QDate from,
                                                QDate to);
// Tickets of the teams decided (accepted, deferred, declined or fixed) on days [from, to).
Result<std::vector<TicketRow>> ticketsDecided(Database& db, const std::vector<std::string>& teams, QDate from,
                                              QDate to);

// Pulse responses of the teams in ISO weeks [fromWeekKey, toWeekKey]:
// per dimension the sum and count of the non-empty scores, and the number of
// responses. Dimensions in the order of kPulseDimensionNames.
inline constexpr std::array<const char*, 5> kPulseDimensionNames = {"role_clarity", "tool_reliability",
                                                                    "coaching_usefulness", "schedule_fit", "fairness"};
struct PulseSums final {
    qint64 responses = 0;
    std::array<qint64, 5> sum{};
    std::array<qint64, 5> count{};
};
Result<PulseSums> pulseSums(Database& db, const std::vector<std::string>& teams, int fromWeekKey, int toWeekKey);

// Recognitions to agents of the teams given on days [from, to): one row per day and behaviour.
struct RecognitionRow final {
    std::string givenOn;
    std::string behavior;
    qint64 count = 0;
};
Result<std::vector<RecognitionRow>> recognitionsGiven(Database& db, const std::vector<std::string>& teams, QDate from,
                                                      QDate to);

// One interaction as the program's comparison reads it. Null values: fcr,
// repeat, escalated = -1; defects = -1; csat = 0.
struct ProgramInteraction final {
    std::string_view day;   // "YYYY-MM-DD" of started_at
    std::string_view queue; // empty when none
    std::string_view agent; // the agent id (the cluster of the comparisons)
    double handleSeconds = 0;
    int fcr = -1;
    int repeat = -1;
    int escalated = -1;
    int defects = -1;
    int csat = 0;
};
// One scan of interactions joined to agents of the teams, started on days
// [from, to), calling visit for each (interactions has no index by time or
// agent, so this reads the table once; see SchemaV1.cpp). cancel may be null.
Status scanInteractions(Database& db, const std::vector<std::string>& teams, QDate from, QDate to,
                        const std::function<void(const ProgramInteraction&)>& visit,
                        const std::atomic_bool* cancel = nullptr);

} // namespace fb::store
