#pragma once

// The site manager's one page on peer mentoring (docs/mentoring.md, "The
// report"): pairs and outcomes, sessions held, the effect with its interval
// in plain words, and who pays it forward. The values come from
// reports::loadMentoringReport; this file turns them into the sentences the
// PDF prints (report/MentoringPdf), so the words can be tested without paint.
#include "analytics/Mentoring.h"
#include "analytics/MentoringEffect.h"
#include "analytics/MentoringProgress.h"
#include "common/Format.h"
#include "domain/Mentoring.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace fb::analytics {

struct MentoringReport final {
    QDate today;      // the day it was made
    int lastWeek = 0; // the last complete week with data (yyyyww)
    std::vector<std::string> attributes;
    std::vector<MentoringAgent> agents;
    std::vector<MentoringPair> pairs;
    std::vector<MentoringSession> sessions;
    // The program on each pair's behaviour, on CSAT and on the QA total; then per behaviour.
    MentoringEffectRow program, csat, qa;
    std::vector<MentoringEffectRow> byBehavior;
    std::vector<PayForwardCandidate> payForward;
};

struct MentoringReportText final {
    QString title;
    QString subtitle;
    QStringList pairs;      // the whole program, then one line per behaviour
    QStringList effect;     // the program, each behaviour, the spillover to CSAT and QA
    QString method;         // how the effect is measured, in two sentences
    QStringList payForward; // one line per candidate, or why there is none
};

MentoringReportText mentoringReportText(const MentoringReport& report, const format::Style& style = format::screen());

// One effect row in plain words: "Empathy: mentees improved 9.4 points more
// than similar agents without a mentor (difference in differences, 95% CI
// +2.7 to +16.1 points, p = 0.021, n = 23 pairs in 4 teams)." or "Empathy:
// not enough data: 3 pairs measured, at least 5 needed (3 of 4 ended pairs
// measured).". what names the measure; holm adds the Holm-adjusted p.
QString mentoringEffectSentence(const MentoringEffectRow& row, const QString& what, bool holm,
                                const format::Style& style = format::screen());

} // namespace fb::analytics
