#pragma once

// Peer mentoring in the store (docs/mentoring.md): pairs, sessions and mentor
// capacities (MentoringStore.cpp, one transaction per write), and the reads
// the candidates, suggestions and low-score triggers need
// (MentoringQueries.cpp). All SQL of the feature is here.
#include "analytics/Mentoring.h"
#include "analytics/MentoringEffect.h"
#include "analytics/MentoringProgress.h"
#include "analytics/MentoringTriggers.h"
#include "common/Error.h"
#include "domain/Mentoring.h"

#include <QDate>

#include <map>
#include <string>
#include <unordered_set>
#include <vector>

namespace fb::store {

class Database;

// Every pair, by started_on then pair_id.
Result<std::vector<MentoringPair>> loadMentoringPairs(Database& db);
// The sessions of one pair (every pair's when pairId is empty), by held_on then session_id.
Result<std::vector<MentoringSession>> loadMentoringSessions(Database& db, const std::string& pairId = {});
Result<std::unordered_set<std::string>> mentoringPairIds(Database& db);

// Starts a pair: validatePair, both agents known, the mentee not already in an
// active pair for the behaviour, the mentor within capacity. An empty pairId
// gets the next free "P0001"-style id, which is returned.
Result<std::string> startMentoringPair(Database& db, MentoringPair pair);
// Starts several pairs (the confirmed suggestions) in one transaction: all or
// none; a refusal names the pair ("pair 2 of 3 (B10 with B01): ...").
Result<std::vector<std::string>> startMentoringPairs(Database& db, const std::vector<MentoringPair>& pairs);
// Logs a session of an active pair held on or after its start; an empty
// sessionId gets the next free "S0001"-style id, which is returned.
Result<std::string> logMentoringSession(Database& db, MentoringSession session);
// Ends an active pair on a date (not before its start) with met, not_met or stopped.
Status endMentoringPair(Database& db, const std::string& pairId, QDate on, const std::string& outcome);

// Every session's minutes as coaching time of its pair's mentee (the
// coaching-to-production ratio counts them).
Result<std::vector<analytics::CoachingMinutes>> mentoringMinutes(Database& db);

// Mentees each mentor takes at once, where it differs from the default.
Result<std::map<std::string, int>> mentorCapacities(Database& db);
// 0..20; the default capacity removes the agent's own row.
Status setMentorCapacity(Database& db, const std::string& agentId, int capacity);

// What candidates and suggestions read over weeks fromWeek..toWeek (yyyyww).
Result<analytics::MentoringInput> loadMentoringInput(Database& db, int fromWeek, int toWeek);
// What the effect of the program needs: agents, every pair, rubric attribute
// names, and the weekly data from 4 weeks before the first ended pair's start
// to 4 weeks after the last one's planned end (none when no pair has ended).
Result<analytics::MentoringEffectInput> loadMentoringEffectInput(Database& db);
// What pay it forward reads (analytics::payForwardCandidates): the weekly
// data from the week after the earliest end of an ended pair to lastWeek
// (one week when no pair has ended).
Result<analytics::MentoringInput> loadPayForwardInput(Database& db, int lastWeek);
// The surveyed contacts and QA evaluations of weeks fromWeek..toWeek with
// the rubrics they were scored with and the quality gate.
Result<analytics::TriggerInput> loadTriggerInput(Database& db, int fromWeek, int toWeek);

} // namespace fb::store
