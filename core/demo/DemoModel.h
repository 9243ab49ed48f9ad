#pragma once

// The demo site's latent model: teams, agents, queues, team climate and the
// coaching plan, built deterministically from DemoOptions before any row is
// written. The planted effects (docs/demo-site.md) are the named constants
// in `effects`; change them there and in the document together.

#include "demo/DemoGenerator.h"

#include <QDate>

#include <array>
#include <string>
#include <vector>

namespace fb::demo {

namespace effects {
// 1. Coaching lifts the coached rubric attribute's QA scores (0-4 scale).
inline constexpr double kCoachingLift = 0.6;     // QA points at full effect
inline constexpr double kCoachingRampDays = 14;  // linear fade-in from coached_on
inline constexpr double kCoachingHoldDays = 42;  // full effect until this many days after coached_on
inline constexpr double kCoachingFadeDays = 112; // then decays with this time constant ...
inline constexpr double kCoachingResidual = 0.4; // ... towards this share of the lift (a habit)
// ... and the metric related to the attribute, per QA point of lift:
inline constexpr double kFcrPerAccuracyPoint = 0.06;            // +6 FCR points
inline constexpr double kDefectCutPerAccuracyPoint = 0.6;       // defects x (1 - 0.6 * lift)
inline constexpr double kAhtCutPerClarityPoint = 0.08;          // AHT x (1 - 0.08 * lift)
inline constexpr double kRepeatCutPerClarityPoint = 0.1;        // repeat rate x (1 - 0.1 * lift)
inline constexpr double kCsatPerEmpathyPoint = 0.6;             // latent CSAT +0.6 per point
inline constexpr double kEscalationCutPerPolicyPoint = 0.5;     // escalations x (1 - 0.5 * lift)
inline constexpr double kRepeatCutPerDocumentationPoint = 0.15; // repeat rate x (1 - 0.15 * lift)

// 2. Team climate drives both the pulse and first-contact resolution.
inline constexpr double kClimateSpread = 0.7;   // team base climate spans [-0.7, +0.7] pulse points
inline constexpr double kClimateWeeklySd = 0.2; // AR(1) weekly wobble around it
inline constexpr double kClimateAutocorr = 0.6;
inline constexpr double kFcrPerPulsePoint = 0.05; // +5 FCR points per pulse point

// 3. A tool fix in one queue cuts rework (repeat contacts) from one week on.
inline constexpr const char* kFixQueue = "billing";
inline constexpr int kFixWeek = 8; // 0-based site week (week 9); weeks/2 on shorter sites
inline constexpr double kRepeatBeforeFix = 0.14;
inline constexpr double kRepeatAfterFix = 0.08;
inline constexpr double kToolPulseAfterFix = 0.6; // tool_reliability of the queue's team after the fix
} // namespace effects

inline constexpr int kAttributes = 5; // the default rubric, in its order
enum Attr { Accuracy, Clarity, Empathy, PolicyAdherence, Documentation };
enum Channel { Voice, Chat, Email };

struct Queue final {
    std::string name;
    std::array<double, 3> channelMix; // voice, chat, email
    double fcr = 0.74;                // base first-contact resolution
    double repeat = 0.10;             // base repeat-contact rate
    double escalation = 0.05;
    std::vector<std::string> reasons;
};

struct Team final {
    std::string name;
    std::string supervisor;
    int site = 0;
    int queue = 0;      // primary queue
    double climate = 0; // base climate in pulse points
    std::vector<int> agents;
};

struct Agent final {
    std::string id;
    std::string name;
    int team = 0;
    int site = 0;
    int shift = 0; // 0 early, 1 day, 2 late
    QDate hireDate;
    int firstDay = 0; // first site day with contacts
    int endDay = 0;   // one past the last site day with contacts
    bool left = false;
    double skill = 0;  // latent, tenure included
    double volume = 1; // share of a full-time contact load
    bool saturdays = false;
    std::array<double, kAttributes> level{}; // latent QA attribute means (0-4)
};

struct CoachingEvent final {
    int agent = 0;
    int day = 0; // site day of coached_on
    int attribute = 0;
};

struct Site final {
    DemoOptions options;
    int weeks = 0;
    int days = 0;
    int fixWeek = 0;
    std::vector<std::string> siteNames;
    std::vector<std::string> qaAnalysts;
    std::vector<Queue> queues;
    std::vector<Team> teams;
    std::vector<Agent> agents;
    std::vector<double> climate;                       // [team * weeks + week], pulse points
    std::vector<CoachingEvent> coaching;               // in coached_on order
    std::vector<std::vector<int>> coachingOf;          // per agent: indexes into coaching
    std::vector<std::array<float, kAttributes>> lifts; // [agent * weeks + week]
    std::vector<std::string> weekText;                 // ISO week of each site week, "2026-W28"

    [[nodiscard]] int fixQueue() const { return 0; }
    [[nodiscard]] double teamClimate(int team, int week) const { return climate[team * weeks + week]; }
    [[nodiscard]] const std::array<float, kAttributes>& lift(int agent, int week) const
    {
        return lifts[static_cast<size_t>(agent) * weeks + week];
    }
    // "YYYY-MM-DD" of a site day (may be negative or past the end).
    [[nodiscard]] std::string dateText(int day) const;
    [[nodiscard]] QDate date(int day) const { return options.start.addDays(day); }
};

// Coaching lift (in QA points) `days` after coached_on.
double coachingLift(double days);

Site buildSite(const DemoOptions& options);

// Random stream purposes (one stream per purpose and agent/week).
enum Stream : quint64 {
    SiteStream = 1,
    InteractionStream,
    QaStream,
    PulseStream,
    CoachingStream,
    TicketStream,
    RecognitionStream,
    NameStream,
    CalibrationStream
};

} // namespace fb::demo
