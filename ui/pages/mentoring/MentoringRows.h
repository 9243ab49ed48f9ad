#pragma once

// The text of the Mentoring page, built from what the store and analytics
// return without any widget: the rows of the triggers, suggestions and pairs
// tables and the exact empty states. Kept apart from the page so each can be
// tested with values made by hand (tests/ui/tst_mentoringrows.cpp).
#include "analytics/Mentoring.h"
#include "analytics/MentoringEffect.h"
#include "analytics/MentoringProgress.h"
#include "analytics/MentoringTriggers.h"
#include "domain/Mentoring.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace fb::ui {

// Everything the page shows for one behaviour, window and team.
struct MentoringView final {
    int fromWeek = 0;
    int toWeek = 0;
    std::string behavior;               // key of the behaviour shown
    std::string team;                   // empty: all teams
    std::vector<std::string> behaviors; // rubric attributes, then the targetable metrics
    std::vector<std::string> teams;
    std::vector<analytics::MentoringAgent> agents; // by id
    std::vector<analytics::TriggerRow> triggers;
    std::vector<analytics::SuggestedPair> suggestions;
    std::vector<MentoringPair> pairs; // every pair, by start
    std::vector<MentoringSession> sessions;
    std::vector<std::string> attributes; // rubric attribute names (to read behaviour keys)
    // The effect of ended pairs (docs/mentoring.md, "The effect"): the whole
    // program on each pair's behaviour, on CSAT and on the QA total, then per behaviour.
    analytics::MentoringEffectRow effectProgram, effectCsat, effectQa;
    std::vector<analytics::MentoringEffectRow> effectByBehavior;
    // Former mentees at target 4 weeks in a row since their pair ended (every behaviour).
    std::vector<analytics::PayForwardCandidate> payForward;

    [[nodiscard]] QString agentText(const std::string& id) const; // "Dana (B02)"
    [[nodiscard]] QString behaviorLabel(const std::string& key) const;
    [[nodiscard]] const analytics::MentoringAgent* agent(const std::string& id) const;
};

class MentoringRows final {
    Q_DECLARE_TR_FUNCTIONS(fb::ui::MentoringRows)
public:
    using Rows = std::vector<QStringList>;

    // Team, agent, low scores, where, low of n (rate), team's low of n (base rate), lift, suggests.
    static Rows triggers(const MentoringView& v);
    // Mentee, mentor, benefit ("not measured" for a pair added by hand: NaN), reason.
    static Rows suggestions(const MentoringView& v, const std::vector<analytics::SuggestedPair>& pairs);
    // Pair, mentee, mentor, behaviour, started, planned end, sessions, minutes (active pairs).
    static Rows activePairs(const MentoringView& v);
    // The active pairs' ids, in the order of activePairs().
    static std::vector<std::string> activePairIds(const MentoringView& v);

    // What, pairs measured of ended, mentees' change, controls' change, effect
    // with its 95% interval, p, note: the program (behaviour, CSAT, QA), then per behaviour.
    static Rows effect(const MentoringView& v);
    // The program's effect in plain words: "Mentees improved 4.2 points more
    // than similar agents who were not mentored (...)", or why it cannot be told.
    static QString effectSummary(const MentoringView& v);

    static QString window(const MentoringView& v); // "2026-W32 to 2026-W35"
    static QString triggersEmpty(const MentoringView& v);
    static QString suggestionsEmpty(const MentoringView& v);
    static QString pairsEmpty();
    // "Active pairs: 3; ended: 2 (1 met); sessions: 5 (150 minutes)" for the pairs tab.
    static QString pairsSummary(const MentoringView& v);
};

} // namespace fb::ui
