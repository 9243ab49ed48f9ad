// Who may read and write which table of a site server (SiteRoles.h,
// docs/site-server.md "Roles"). One row per table and view of the schema at
// this version, plus the two objects initSite() adds (site_team_leads and
// site_pulse_cells); tst_siteroles lists the classification against the
// catalog, and initSite() refuses a table that has no row here.
//
// The words: a site manager may do everything; a QA lead owns the
// rubric, the evaluations and calibration; a team lead keeps their own teams'
// coaching, evaluations and tickets and reads the site's scorecards. Anonymous
// pulse answers are read by the site manager alone; everybody else reads them
// through site_pulse_cells (cells of at least five answers) and the
// scorecard's cache (the program's publishable sums).
#include "store/SiteRoles.h"

namespace fb::store::site {
namespace {

// Row conditions, written once. String literals so that the table below is
// plain data; a row's own columns are named bare or as "table.column".
#define FB_MY_TEAMS "(SELECT l.team FROM site_team_leads l WHERE l.login = current_user)"
#define FB_MY_AGENTS "(SELECT a.agent_id FROM agents a WHERE a.team IN " FB_MY_TEAMS ")"

constexpr const char* kAll = "SELECT, INSERT, UPDATE, DELETE";
constexpr const char* kRead = "SELECT";
constexpr const char* kBumpGeneration = "SELECT, UPDATE"; // triggers count changes in meta

constexpr Access kWrite{kAll, nullptr, nullptr};
constexpr Access kReadAll{kRead, nullptr, nullptr};
constexpr Access kNone{};
// Read and write the rows of the teams the login leads; `rows` says how a row
// reaches a team (through its agent, or through its parent row, whose own
// policy already narrows what the subquery sees).
constexpr Access ownTeams(const char* rows)
{
    return {kAll, rows, rows};
}
// Read every row, write only those of the login's teams.
constexpr Access readAllWriteOwn(const char* rows)
{
    return {kAll, nullptr, rows};
}

constexpr const char* kAgentInMyTeams = "agent_id IN " FB_MY_AGENTS;
constexpr const char* kNoteVisible = "note_id IN (SELECT n.note_id FROM coaching_notes n)";
constexpr const char* kEvaluationVisible = "evaluation_id IN (SELECT e.evaluation_id FROM qa_evaluations e)";
constexpr const char* kTicketInMyTeams =
    "coalesce(team, (SELECT a.team FROM agents a WHERE a.agent_id = feedback_tickets.agent_id)) IN " FB_MY_TEAMS;
constexpr const char* kTicketVisible = "ticket_id IN (SELECT t.ticket_id FROM feedback_tickets t)";
// record_history keeps a whole record as JSON: its agent is in the snapshot.
constexpr const char* kHistoryInMyTeams =
    "(snapshot::jsonb -> (CASE kind WHEN 'evaluation' THEN 'qa_evaluations' ELSE 'coaching_notes' END) -> 0 "
    "->> 'agent_id') IN " FB_MY_AGENTS;
constexpr Access kGenerationOnly{kBumpGeneration, nullptr, "key = 'people_generation'"};

} // namespace

const std::vector<TableRule>& tableRules()
{
    // table, site manager, QA lead, team lead
    static const std::vector<TableRule> rules = {
        // The site itself: written by the site manager (imports, settings), read by all.
        {"meta", kWrite, kGenerationOnly, kGenerationOnly},
        {"settings", kWrite, kReadAll, kReadAll},
        {"teams", kWrite, kReadAll, kReadAll},
        {"agents", kWrite, kReadAll, kReadAll},
        {"interactions", kWrite, kReadAll, kReadAll},
        {"interaction_rollups", kWrite, kReadAll, kReadAll},
        {"import_log", kWrite, kWrite, kWrite}, // every import logs itself, whoever runs it
        {"site_holidays", kWrite, kReadAll, kReadAll},
        {"site_team_leads", kWrite, kReadAll, {kRead, "login = current_user", nullptr}},
        // Scorecards: definitions and the cache of people figures, read by all.
        {"scorecard_definitions", kWrite, kReadAll, kReadAll},
        {"scorecard_metrics", kWrite, kReadAll, kReadAll},
        {"people_rollups", kWrite, kReadAll, kReadAll},
        {"team_pulse_rollups", kWrite, kReadAll, kReadAll},
        // Anonymous pulses: the raw answers for the site manager only.
        {"pulse_responses", kWrite, kNone, kNone},
        {"site_pulse_cells", kReadAll, kReadAll, kReadAll},
        // Rubric and evaluations: the QA lead's; a team lead's own teams.
        {"rubrics", kWrite, kWrite, kReadAll},
        {"rubric_attributes", kWrite, kWrite, kReadAll},
        {"rubric_anchors", kWrite, kWrite, kReadAll},
        {"qa_evaluations", kWrite, kWrite, ownTeams(kAgentInMyTeams)},
        {"qa_scores", kWrite, kWrite, ownTeams(kEvaluationVisible)},
        {"qa_score_comments", kWrite, kWrite, ownTeams(kEvaluationVisible)},
        // Calibration: the QA lead runs it; team leads read it (scoring from
        // their own desks comes with live calibration).
        {"calibration_sessions", kWrite, kWrite, kReadAll},
        {"calibration_participants", kWrite, kWrite, kReadAll},
        {"calibration_units", kWrite, kWrite, kReadAll},
        {"calibration_scores", kWrite, kWrite, kReadAll},
        {"calibration_consensus", kWrite, kWrite, kReadAll},
        // Coaching: a team lead's own teams; the QA lead reads it, writes none.
        {"coaching_notes", kWrite, kReadAll, ownTeams(kAgentInMyTeams)},
        {"coaching_follow_ups", kWrite, kReadAll, ownTeams(kNoteVisible)},
        {"record_history", kWrite, {kAll, nullptr, "kind = 'evaluation'"}, ownTeams(kHistoryInMyTeams)},
        {"mentoring_pairs", kWrite, kReadAll, ownTeams("mentee_id IN " FB_MY_AGENTS)},
        {"mentoring_sessions", kWrite, kReadAll, ownTeams("pair_id IN (SELECT p.pair_id FROM mentoring_pairs p)")},
        {"mentoring_capacity", kWrite, kReadAll, readAllWriteOwn(kAgentInMyTeams)},
        {"recognitions", kWrite, kReadAll, ownTeams("to_agent IN " FB_MY_AGENTS)},
        {"recognition_behaviors", kWrite, kReadAll, kReadAll},
        // Feedback tickets: a team lead's own teams (the ticket's team, else its agent's).
        {"feedback_tickets", kWrite, kReadAll, ownTeams(kTicketInMyTeams)},
        {"feedback_history", kWrite, kReadAll, ownTeams(kTicketVisible)},
        {"feedback_plus_ones", kWrite, kReadAll, ownTeams(kTicketVisible)},
        {"feedback_categories", kWrite, kReadAll, kReadAll},
        // Friction-to-flow programs and incentive plans: the site manager's.
        {"programs", kWrite, kReadAll, kReadAll},
        {"program_teams", kWrite, kReadAll, kReadAll},
        {"program_frictions", kWrite, kReadAll, kReadAll},
        {"program_fixes", kWrite, kReadAll, kReadAll},
        {"program_fix_queues", kWrite, kReadAll, kReadAll},
        {"incentive_plans", kWrite, kReadAll, kReadAll},
        {"incentive_components", kWrite, kReadAll, kReadAll},
    };
    return rules;
}

#undef FB_MY_AGENTS
#undef FB_MY_TEAMS

const Access& accessOf(const TableRule& rule, Role role)
{
    switch (role) {
    case Role::SiteManager:
        return rule.siteManager;
    case Role::QaLead:
        return rule.qaLead;
    case Role::TeamLead:
        break;
    }
    return rule.teamLead;
}

} // namespace fb::store::site
