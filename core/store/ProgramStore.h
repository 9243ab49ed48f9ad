#pragma once

// Friction-to-flow programs in the store: programs and their teams, the fixes
// log, the confirmed top frictions, and the reads the program's pages and
// report need (docs/friction-to-flow.md). All SQL of the feature is here.
#include "common/Error.h"
#include "domain/Program.h"

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
Result<std::vector<TicketRow>> ticketsSubmitted(Database& db, const std::vector<std::string>& teams, QDate from,
                                                QDate to);
// Tickets of the teams decided (accepted, deferred, declined or fixed) on days [from, to).
Result<std::vector<TicketRow>> ticketsDecided(Database& db, const std::vector<std::string>& teams, QDate from,
                                              QDate to);

// Pulse responses of the teams in ISO weeks [fromWeekKey, toWeekKey], under
// the anonymity rule (analytics/PulseAnonymity.h): per dimension the sum and
// count of the answers that may be published (identified ones, and anonymous
// (team, week, dimension) cells of at least 5), and the number of responses
// behind them.
Result<PulseSums> pulseSums(Database& db, const std::vector<std::string>& teams, int fromWeekKey, int toWeekKey);

// Recognitions to agents of the teams given on days [from, to): one row per day and behaviour.
Result<std::vector<RecognitionRow>> recognitionsGiven(Database& db, const std::vector<std::string>& teams, QDate from,
                                                      QDate to);

// One scan of interactions joined to agents of the teams, started on days
// [from, to), calling visit for each (interactions has no index by time or
// agent, so this reads the table once; see SchemaV1.cpp). cancel may be null.
Status scanInteractions(Database& db, const std::vector<std::string>& teams, QDate from, QDate to,
                        const std::function<void(const ProgramInteraction&)>& visit,
                        const std::atomic_bool* cancel = nullptr);

} // namespace fb::store
