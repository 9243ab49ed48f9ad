#pragma once

// The text and chart data of the Mentoring page's "Pair progress" and "Pay it
// forward" tabs, built from what analytics returns without any widget, so
// each can be tested with values made by hand (tests/ui/tst_mentoringrows.cpp).
#include "analytics/MentoringProgress.h"
#include "charts/WeeklyComparisonChart.h"
#include "pages/mentoring/MentoringRows.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace fb::ui {

class MentoringProgressRows final {
    Q_DECLARE_TR_FUNCTIONS(fb::ui::MentoringProgressRows)
public:
    using Rows = std::vector<QStringList>;

    // Every pair, active first, for the chart's pair box:
    // "P0003: Lee (B09) with Dana (B02), Empathy, active" or "..., ended 2026-04-10 (met)".
    static QStringList pairChoices(const MentoringView& v);
    static std::vector<std::string> pairChoiceIds(const MentoringView& v);

    // The behaviour tab: mentee, mentor and team median per week in the
    // behaviour's unit (percent for shares), start, planned end and end marked.
    static charts::WeeklyComparison behaviorChart(const MentoringView& v, const analytics::PairProgress& p);
    // The second tab: the mentee's CSAT (% top-2) and QA total (points), both 0-100.
    static charts::WeeklyComparison csatQaChart(const MentoringView& v, const analytics::PairProgress& p);
    // One line under the charts: "Lee (B09) in Empathy: 1.0 of 4 in the 4 weeks before the start (n = 8) ..."
    static QString progressSummary(const MentoringView& v, const analytics::PairProgress& p);

    // Agent, behaviour, weeks at target, weakest week (target), n, after pair.
    static Rows payForward(const MentoringView& v);
    static QString payForwardEmpty();
    static QString payForwardRule();
};

} // namespace fb::ui
