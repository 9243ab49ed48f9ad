#pragma once

// "Did it help?" for a fixed feedback ticket with a queue scope
// (docs/feedback.md): the friction-to-flow attribution (analytics/Attribution.h,
// the same regression and the same refusals) over the four weeks before the
// fix day against the four weeks from it. The ticket's fix is the treated
// scope; the untouched interactions (outside the scope of every fixed ticket
// dated in those eight weeks) are the comparison, so a lead sees whether the
// fix moved FCR, DPTI or rework in its queue beyond what moved elsewhere.
#include "analytics/Attribution.h"
#include "common/Format.h"
#include "domain/Feedback.h"

#include <QDate>
#include <QString>

#include <string>
#include <vector>

namespace fb::analytics {

// Days on each side of the fix day: four whole weeks, as the program's
// comparison periods are two weeks each and a fix needs time to show.
inline constexpr int kFixCheckDays = 28;

struct FixCheck final {
    std::string ticketId;
    std::string queue;                // the fix's scope
    QDate from;                       // first day before the fix (fixedOn - 28)
    QDate fixedOn;                    // first day after
    QDate to;                         // exclusive: fixedOn + 28
    QString refusal;                  // non-empty: nothing computed, and why
    std::vector<AttributionRow> rows; // the six metrics of this ticket's fix; Holm over these six
    std::vector<std::string> others;  // other fixed tickets dated in the window (their scopes are no control)
};

// Why the ticket cannot be checked, or empty: not fixed, fixed with no queue
// scope (site-wide: nothing to compare with), or the four weeks after the fix
// not all in the data yet (dataEnd: the last day with interactions).
QString fixCheckRefusal(const FeedbackTicket& ticket, QDate dataEnd);

// A fixed ticket as a fix of the attribution: its number as the id ("T0042"
// -> 42), its queue as the scope, "ticket T0042, tool lag" as the friction.
ProgramFix fixOfTicket(const FeedbackTicket& ticket);

// The cells to fill with the interactions of [fixedOn - 28, fixedOn + 28):
// the ticket's fix first, then every other fixed ticket with a queue scope.
ProgramCells fixCheckCells(const FeedbackTicket& ticket, const std::vector<FeedbackTicket>& all);

// The result from filled cells: the ticket's six rows, p Holm-adjusted over them.
FixCheck checkFix(const FeedbackTicket& ticket, const ProgramCells& cells);

// One sentence per metric in plain words, numbers in the style's locale:
// "Rework in billing: 14.0 % before, 8.0 % from the fix (n 1000, 1000);
// untouched queues 10.0 % and 10.0 % (n 500, 500): the fix accounts for -6.0
// points (95% CI -6.4 to -5.6, Holm-adjusted p < 0.001, 7 agents)." A refused
// row says "not credited:" and the note.
QString fixCheckSentence(const AttributionRow& row, const std::string& queue,
                         const format::Style& style = format::screen());

} // namespace fb::analytics
