#pragma once

// The text of the Recognition page, built from analytics values without any
// widget: coverage, unseen at target, the week's nominations with their
// evidence, the huddle list and the fixers. Kept apart from the page so each
// is tested with values made by hand (tests/ui/tst_recognitionrows.cpp).
#include "analytics/Recognition.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace fb::ui {

class RecognitionRows final {
    Q_DECLARE_TR_FUNCTIONS(fb::ui::RecognitionRows)
public:
    using Rows = std::vector<QStringList>;

    static QStringList coverageHeaders();
    // team, agents, recognised in 8 weeks (share), recognitions this week (per agent), unseen at target
    static Rows coverage(const analytics::Coverage& c);

    static QStringList unseenHeaders();
    // team, agent, last recognised ("never" before the data read), behaviour at target, value (target), n; one row per
    // behaviour
    static Rows unseen(const analytics::Coverage& c);

    static QStringList givenHeaders();
    // date, agent, behaviour, from, visibility, evidence, outcome of the cited work
    static Rows given(const std::vector<analytics::HuddleRow>& rows,
                      const std::map<std::string, analytics::EvidenceOutcome>& evidence);

    static QStringList huddleHeaders();
    // date, agent, team, behaviour, from, what they did, outcome
    static Rows huddle(const std::vector<analytics::HuddleRow>& rows);

    static QStringList fixersHeaders();
    // agent, team, fixes, ticket, fixed on, what changed
    static Rows fixers(const std::vector<analytics::Fixer>& fixers);

    // "0.85 (target 0.80)" in the measure's unit: "85.0 % (target 80.0 %)", "3.5 of 4 (target 3.2)".
    static QString valueText(const analytics::BehaviorAtTarget& b);
};

} // namespace fb::ui
