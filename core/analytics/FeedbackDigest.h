#pragma once

// "You said / we did" and the weekly digest of frontline feedback
// (docs/feedback.md): the decisions of a range in plain words, the top open
// issues by distinct agents, the next steps with their owners, and the
// blockers retired, in the words of the page, the PDF and the CLI alike.
#include "analytics/WorkingCalendar.h"
#include "common/Format.h"
#include "domain/Feedback.h"

#include <QDate>
#include <QStringList>

#include <string>
#include <vector>

namespace fb::analytics {

struct NextStep final {
    FeedbackTicket ticket;
    QDate fixDue; // the last day within the category's fix SLA
};

struct FeedbackDigest final {
    QDate from, to;                        // the days covered, both included
    std::string team;                      // empty: site-wide
    std::vector<FeedbackTicket> decided;   // decided in the range (any decision), by day, then id
    std::vector<FeedbackTicket> fixed;     // fixed in the range: the blockers retired, by day, then id
    std::vector<FeedbackTicket> topIssues; // open at `to`, most agents first (then oldest), at most 5
    std::vector<NextStep> nextSteps;       // accepted and not fixed at `to`, by fix due, then id
};

inline constexpr size_t kDigestTopIssues = 5;

// Tickets of the team (all when empty) as the digest of [from, to] sees them.
FeedbackDigest buildDigest(const std::vector<FeedbackTicket>& tickets, const std::vector<FeedbackCategory>& categories,
                           const WorkingCalendar& calendar, QDate from, QDate to, const std::string& team);

// The sentences below come in the two flavours of the one formatter
// (common/Format.h): format::screen() in the user's language and locale for
// the page and the PDF, format::file() in English with C-locale dates for the
// CLI and files.

// "You said: the refund tool times out at lunch (14 agents)."
QString youSaid(const FeedbackTicket& t, const format::Style& s = format::screen());
// "We moved the batch job to 02:00 on 12 Oct 2026." for a fix; the decision
// with its plan and owner, revisit date or rationale otherwise.
QString weDid(const FeedbackTicket& t, const format::Style& s = format::screen());
// The status a ticket had at the end of a day, as stored: "undecided" before
// its decision, "accepted" before its fix, else its status (choiceLabel("status", …) reads it).
std::string statusAt(const FeedbackTicket& t, QDate day);
// "14 agents", "1 agent", "anonymous".
QString agentsText(int agents, const format::Style& s = format::screen());

// The tickets "you said / we did" reports, once each: the fixes of the
// range, then the other decisions of the range.
std::vector<FeedbackTicket> saidAndDone(const FeedbackDigest& digest);

// The digest's four parts in order (you said / we did, top open issues, next
// steps, blockers retired), each line a sentence; `empty` says why a part has none.
struct DigestSection final {
    QString title;
    QString empty;
    QStringList lines;
};
std::vector<DigestSection> digestSections(const FeedbackDigest& digest, const format::Style& s = format::screen());

// The digest as Markdown for a chat or an e-mail; title names the range.
QString digestMarkdown(const FeedbackDigest& digest, const QString& title, const format::Style& s = format::screen());

} // namespace fb::analytics
