#pragma once

// The text of the friction-to-flow page, built from a report without any
// widget: the phase needs, the summaries and the rows of every table. Kept
// apart from the page so each can be tested with a report made by hand.
#include "analytics/ProgramReport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fb::ui {

class FrictionRows final {
    Q_DECLARE_TR_FUNCTIONS(fb::ui::FrictionRows)
public:
    using Rows = std::vector<QStringList>;

    // Overview: what each of the four phases still needs, as HTML.
    static QString needsHtml(const analytics::ProgramReport& r);
    // One paragraph per summary sentence (HTML).
    static QString summaryHtml(const analytics::ProgramReport& r);
    // The summary followed by what is worth the next cycle (HTML).
    static QString overviewHtml(const analytics::ProgramReport& r);

    static Rows pulse(const analytics::ProgramReport& r);       // dimension, before, n, after, n
    static Rows frictions(const analytics::ProgramReport& r);   // rank, friction, tickets, agents, dimension
    static Rows fixes(const analytics::ProgramReport& r);       // id, date, program week, friction, scope, what, owner
    static Rows recognition(const analytics::ProgramReport& r); // behaviour, W1..W8, total; then all behaviours
    static Rows youSaid(const analytics::ProgramReport& r);     // ticket, decision, decided, update
    static Rows
    comparison(const analytics::ProgramReport& r); // metric, pre, post, n, n, change, relative, CI, p, reading
    static Rows attribution(const analytics::ProgramReport& r); // fix, metric, DiD, CI, n in, n out, note

    // "1.2 to 3.4" in the metric's display unit (points for proportions, a
    // ratio for DPTI); "n/a" without both ends.
    static QString interval(analytics::ProgramMetric m, std::optional<double> low, std::optional<double> high);
    // "better" / "worse" / "within noise" in words, so a table never relies on colour.
    static QString verdict(const analytics::MetricComparison& c);
};

} // namespace fb::ui
