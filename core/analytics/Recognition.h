#pragma once

// Recognition that is frequent, specific and fair
// (docs/recognition-and-incentives.md): coverage per team and week, agents
// doing well on a behaviour and not recognised for 8 weeks ("unseen at
// target"), agents whose feedback tickets led to fixes ("fixers"), the huddle
// list, and the outcome of the evidence a nomination cites. Pure computation
// over domain values; core/store/RecognitionStore.h reads them.
#include "analytics/Coaching.h"
#include "analytics/ScorecardDefinition.h"
#include "common/Format.h"
#include "domain/Feedback.h"
#include "domain/Recognition.h"

#include <QDate>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace fb::analytics {

inline constexpr int kRecognitionWindowWeeks = 8; // "recognised" and "unseen" look at the last 8 weeks

struct RecognitionAgent final {
    std::string id;
    std::string name;
    std::string team;
    QDate hired;  // null: always on the team
    QDate leftOn; // null: still on the team
    // On the team during the week starting on monday: hired by its Sunday, not left before its Monday.
    [[nodiscard]] bool onTeamIn(QDate monday) const
    {
        return (!hired.isValid() || hired <= monday.addDays(6)) && (!leftOn.isValid() || leftOn >= monday);
    }
};

struct RecognitionInput final {
    std::vector<RecognitionAgent> agents;
    WeeklyData data;                            // per agent per week, spanning the window
    ScorecardDefinition definition;             // metric targets, minimum samples, the quality gate
    std::vector<RecognitionBehavior> behaviors; // the editable list, in its order
    std::vector<std::string> attributes;        // rubric attribute names (to read the measures)
    std::vector<Recognition> recognitions;      // given in the window (any order)
    std::vector<FeedbackTicket> tickets;        // every ticket (fixers read the fixed ones)
};

// One behaviour an agent is at or above target on over the window.
struct BehaviorAtTarget final {
    std::string behavior; // the list's name: "first-contact completion"
    std::string measure;  // fcr, empathy, ...
    double value = 0;     // in the measure's unit: proportion, 0-4 mean for attributes
    double target = 0;    // the same unit
    qint64 n = 0;         // interactions, surveys or evaluations behind the value
};

struct UnseenAgent final {
    std::string agentId;
    std::string name;
    std::string team;
    QDate lastRecognised;                   // null: never (in the data read)
    std::vector<BehaviorAtTarget> atTarget; // in the list's order; never empty
};

struct CoverageRow final {
    std::string team;
    int week = 0;           // yyyyww
    int agents = 0;         // on the team in the week
    int recognised = 0;     // of them, recognised at least once in the window's weeks
    int recognitions = 0;   // given to them in the week itself
    int unseenAtTarget = 0; // not recognised in the window, at or above target on some behaviour
    // Share of the team recognised in the window; none without agents.
    [[nodiscard]] std::optional<double> share() const
    {
        return agents > 0 ? std::optional<double>(double(recognised) / agents) : std::nullopt;
    }
    [[nodiscard]] std::optional<double> perAgent() const
    {
        return agents > 0 ? std::optional<double>(double(recognitions) / agents) : std::nullopt;
    }
};

struct Coverage final {
    std::vector<CoverageRow> rows;   // one per team (name order) for the week
    std::vector<UnseenAgent> unseen; // team, then name
};

// Coverage of week `week` (yyyyww) over the window week - windowWeeks + 1 .. week;
// team empty: every team.
Coverage recognitionCoverage(const RecognitionInput& in, int week, const std::string& team = {},
                             int windowWeeks = kRecognitionWindowWeeks);

// Where an agent stands on one behaviour's measure over weeks fromWeek..toWeek:
// at or above the target with enough data, or not. Metrics use the scorecard
// definition's target and minimum n (lower is better where the floor lies
// above the target); a rubric attribute is at target when its mean, on the
// 0-100 scale, reaches the quality gate's QA threshold with QA's minimum n.
std::optional<BehaviorAtTarget> atTarget(const RecognitionBehavior& behavior, const RecognitionInput& in,
                                         const AgentWeeks& weeks, int fromWeek, int toWeek);

struct Fixer final {
    std::string agentId;
    std::string name;
    std::string team;
    std::vector<const FeedbackTicket*> fixed; // by fixed_on, then id
};
// Agents whose tickets (raised by them: agent_id) were fixed on days [from, to]:
// most fixes first, then name. Pointers into in.tickets.
std::vector<Fixer> fixers(const RecognitionInput& in, QDate from, QDate to, const std::string& team = {});

struct HuddleRow final {
    const Recognition* recognition = nullptr;
    std::string agentName;
    std::string team;
    QString from; // "Tom Becker (lead)", "Ana Ruiz (peer)"
};
// Recognitions given in the week (yyyyww) to agents of the team (every team
// when empty), by date then id. Public only, unless the lead asks for the
// private ones too. Pointers into in.recognitions.
std::vector<HuddleRow> huddleList(const RecognitionInput& in, int week, const std::string& team = {},
                                  bool includePrivate = false);

// What the cited interaction or evaluation shows, so a nomination stays tied
// to documented behaviour. The store fills it; empty parts were not cited.
struct EvidenceOutcome final {
    bool interactionCited = false;
    bool interactionFound = false; // the cited one, or the interaction the cited evaluation scored
    std::optional<bool> fcr;       // resolved on first contact
    std::optional<int> csat;       // 1-5
    bool evaluationCited = false;
    bool evaluationFound = false;
    std::optional<double> qaTotal;     // 0-100
    std::string attribute;             // the behaviour's rubric attribute, when it has one
    std::optional<int> attributeScore; // on the attribute's scale
    int attributeMax = 4;              // 4, or 1 on yes/no
};
// "FCR yes · CSAT 5 of 5 · QA 86 of 100 · Empathy 4 of 4"; parts not cited are left
// out, a cited id not in the data says so; empty when nothing was cited.
QString evidenceText(const EvidenceOutcome& e, const format::Style& style = format::screen());

// "Ana Ruiz (peer)", "Tom Becker (lead)", or the name alone for an old row.
QString giverText(const Recognition& r, const format::Style& style = format::screen());

} // namespace fb::analytics
