#include "domain/Kinds.h"

#include <algorithm>

namespace fb {
namespace {

using T = ColumnType;

ColumnSpec col(std::string name, ColumnType type, bool required = false)
{
    ColumnSpec c;
    c.name = std::move(name);
    c.type = type;
    c.required = required;
    return c;
}

ColumnSpec choice(std::string name, std::vector<std::string> choices, bool required = false)
{
    ColumnSpec c = col(std::move(name), T::Enum, required);
    c.choices = std::move(choices);
    return c;
}

ColumnSpec ranged(std::string name, ColumnType type, double min, double max, bool required = false)
{
    ColumnSpec c = col(std::move(name), type, required);
    c.min = min;
    c.max = max;
    return c;
}

ColumnSpec ref(std::string name, Reference reference, bool required)
{
    ColumnSpec c = col(std::move(name), T::Text, required);
    c.reference = reference;
    return c;
}

std::vector<KindSpec> buildSpecs()
{
    std::vector<KindSpec> specs;
    specs.push_back({Kind::Agents,
                     "agents",
                     "agents",
                     {col("agent_id", T::Text, true), col("name", T::Text, true), ref("team", Reference::Team, true),
                      col("supervisor", T::Text), col("site", T::Text), col("shift", T::Text),
                      col("hire_date", T::Date), choice("status", {"active", "left"}), col("left_on", T::Date)},
                     false});
    specs.push_back(
        {Kind::Interactions,
         "interactions",
         "interactions",
         {col("interaction_id", T::Text, true), ref("agent_id", Reference::Agent, true),
          col("started_at", T::DateTime, true), choice("channel", {"voice", "chat", "email", "other"}),
          col("queue", T::Text), ranged("handle_seconds", T::Duration, 0, 1e9, true),
          col("resolved_first_contact", T::Boolean), col("repeat_contact", T::Boolean), col("escalated", T::Boolean),
          ranged("defects", T::Integer, 0, 1e9), ranged("csat", T::Integer, 1, 5), col("contact_reason", T::Text)},
         false});
    specs.push_back(
        {Kind::QaEvaluations,
         "qa_evaluations",
         "qa_evaluations",
         {col("evaluation_id", T::Text, true), ref("agent_id", Reference::Agent, true), col("evaluator", T::Text, true),
          col("evaluated_at", T::DateTime, true), col("interaction_id", T::Text), col("comment", T::Text)},
         true});
    specs.push_back(
        {Kind::Pulses,
         "pulses",
         "pulse_responses",
         {col("response_id", T::Text, true), col("week", T::Week, true), ref("team", Reference::Team, true),
          ref("agent_id", Reference::Agent, false), ranged("role_clarity", T::Integer, 1, 5),
          ranged("tool_reliability", T::Integer, 1, 5), ranged("coaching_usefulness", T::Integer, 1, 5),
          ranged("schedule_fit", T::Integer, 1, 5), ranged("fairness", T::Integer, 1, 5), col("comment", T::Text)},
         false});
    specs.push_back(
        {Kind::Coaching,
         "coaching",
         "coaching_notes",
         {col("note_id", T::Text, true), ref("agent_id", Reference::Agent, true), col("coach", T::Text, true),
          col("coached_on", T::Date, true), col("attribute", T::Text, true), col("target_metric", T::Text, true),
          col("baseline", T::Number), col("target", T::Number, true), col("follow_up_on", T::Date, true),
          choice("stage", {"define", "demonstrate", "practice", "commit", "follow_up"}), col("commitment", T::Text),
          ranged("minutes", T::Number, 0, 1e6), col("followed_up_on", T::Date),
          choice("outcome", {"met", "partly", "not_met"})},
         false});
    specs.push_back(
        {Kind::Feedback,
         "feedback",
         "feedback_tickets",
         {col("ticket_id", T::Text, true), col("submitted_on", T::Date, true),
          choice("category", {"policy", "tool", "training", "product", "schedule", "other"}, true),
          col("title", T::Text, true), ref("team", Reference::Team, false), ref("agent_id", Reference::Agent, false),
          col("friction", T::Text), col("detail", T::Text),
          choice("status", {"new", "reviewing", "accepted", "deferred", "declined", "fixed"}),
          col("decision_reason", T::Text), col("decided_on", T::Date), col("fixed_on", T::Date),
          col("scope_queue", T::Text),
          // Added with the feedback loop (docs/feedback.md); files without them import as before.
          col("owner", T::Text), col("planned_fix", T::Text), col("revisit_on", T::Date), col("fix_what", T::Text),
          ranged("program_fix", T::Integer, 1, 1e15), col("interaction_id", T::Text)},
         false});
    ColumnSpec from = col("from", T::Text);
    from.dbColumn = "from_name";
    specs.push_back(
        {Kind::Recognitions,
         "recognitions",
         "recognitions",
         {col("recognition_id", T::Text, true), col("given_on", T::Date, true), ref("to_agent", Reference::Agent, true),
          col("behavior", T::Text, true), from, col("outcome", T::Text), choice("visibility", {"public", "private"}),
          // Added with recognition (docs/recognition-and-incentives.md); files without them import as before.
          choice("from_role", {"peer", "lead"}), ref("from_agent", Reference::Agent, false),
          col("interaction_id", T::Text), col("evaluation_id", T::Text), col("evidence", T::Text)},
         false});
    specs.push_back({Kind::MentoringPairs,
                     "mentoring_pairs",
                     "mentoring_pairs",
                     {col("pair_id", T::Text, true), ref("mentee_id", Reference::Agent, true),
                      ref("mentor_id", Reference::Agent, true), col("behavior", T::Text, true),
                      col("started_on", T::Date, true), col("planned_end", T::Date, true), col("ended_on", T::Date),
                      choice("outcome", {"met", "not_met", "stopped"})},
                     false});
    specs.push_back({Kind::MentoringSessions,
                     "mentoring_sessions",
                     "mentoring_sessions",
                     {col("session_id", T::Text, true), ref("pair_id", Reference::MentoringPair, true),
                      col("held_on", T::Date, true), ranged("minutes", T::Number, 0, 1440, true),
                      col("practised", T::Text), col("next_step", T::Text)},
                     false});
    return specs;
}

const std::vector<KindSpec>& specs()
{
    static const std::vector<KindSpec> all = buildSpecs();
    return all;
}

} // namespace

const std::vector<Kind>& allKinds()
{
    static const std::vector<Kind> kinds{Kind::Agents,       Kind::Interactions,   Kind::QaEvaluations,
                                         Kind::Pulses,       Kind::Coaching,       Kind::Feedback,
                                         Kind::Recognitions, Kind::MentoringPairs, Kind::MentoringSessions};
    return kinds;
}

const KindSpec& kindSpec(Kind kind)
{
    return specs()[static_cast<size_t>(kind)];
}

QString kindName(Kind kind)
{
    return QString::fromStdString(kindSpec(kind).name);
}

std::optional<Kind> kindFromName(const QString& name)
{
    const QString n = name.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (Kind k : allKinds()) {
        const QString canonical = kindName(k);
        if (n == canonical || n + QLatin1Char('s') == canonical || n == canonical + QLatin1Char('s'))
            return k;
    }
    if (n == QLatin1String("qa") || n == QLatin1String("evaluations"))
        return Kind::QaEvaluations;
    if (n == QLatin1String("pulse_responses"))
        return Kind::Pulses;
    if (n == QLatin1String("coaching_notes"))
        return Kind::Coaching;
    if (n == QLatin1String("feedback_tickets") || n == QLatin1String("tickets"))
        return Kind::Feedback;
    if (n == QLatin1String("pairs") || n == QLatin1String("mentoring"))
        return Kind::MentoringPairs;
    return std::nullopt;
}

KindSpec withRubric(const KindSpec& qa, const std::vector<RubricAttribute>& attributes)
{
    KindSpec spec = qa;
    auto commentPos =
        std::find_if(spec.columns.begin(), spec.columns.end(), [](const ColumnSpec& c) { return c.name == "comment"; });
    std::vector<ColumnSpec> scores;
    for (const auto& a : attributes) {
        ColumnSpec c = ranged(a.name, ColumnType::Score, 0, a.yesNo ? 1 : 4);
        scores.push_back(c);
    }
    spec.columns.insert(commentPos, scores.begin(), scores.end());
    return spec;
}

const std::vector<RubricAttribute>& defaultRubric()
{
    static const std::vector<RubricAttribute> rubric{
        {"accuracy", "Information given is correct and complete", 30, false, true, false},
        {"clarity", "Explains in plain words the customer can act on", 20, false, true, false},
        {"empathy", "Acknowledges the customer's situation and adapts tone", 20, false, true, false},
        {"policy_adherence", "Follows policy and compliance steps", 20, false, true, true},
        {"documentation", "Case notes let the next person continue without asking again", 10, false, true, false},
    };
    return rubric;
}

} // namespace fb
