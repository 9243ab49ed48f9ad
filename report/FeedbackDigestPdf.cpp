#include "FeedbackDigestPdf.h"

#include "PdfParts.h"
#include "analytics/FeedbackSla.h"
#include "common/DateFormat.h"
#include "common/Text.h"
#include "domain/ChoiceLabels.h"

#include <QCoreApplication>
#include <QPainter>

#include <vector>

namespace fb::report {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::report::FeedbackDigestPdf)
};

using pdf::font;
using pdf::kDpi;
using pdf::P;

struct Section final {
    QString title;
    QString empty; // shown when there are no lines
    QStringList lines;
};

// The reader's locale (month names in their language), as every date a person reads.
QString day(QDate d)
{
    return format::date(d);
}

// The digest's sections with their lines, in the order of the Markdown.
std::vector<Section> sections(const analytics::FeedbackDigest& d)
{
    std::vector<Section> out(4);
    out[0] = {Tr::tr("You said, we did"), Tr::tr("No ticket was decided or fixed in this range."), {}};
    for (const auto& t : analytics::saidAndDone(d))
        out[0].lines << analytics::youSaid(t) + QLatin1Char(' ') + analytics::weDid(t);
    out[1] = {Tr::tr("Top open issues by agents raising them"), Tr::tr("No ticket is waiting for a decision."), {}};
    for (const auto& t : d.topIssues)
        out[1].lines << Tr::tr("%1 (%2, %3, raised %4): %5")
                            .arg(q(t.title), q(t.id), analytics::agentsText(t.agents), day(t.raisedOn),
                                 choiceLabel("status", analytics::statusAt(t, d.to)));
    out[2] = {Tr::tr("Next steps"), Tr::tr("No accepted ticket is waiting for its fix."), {}};
    for (const auto& n : d.nextSteps)
        out[2].lines << Tr::tr("%1 (%2): %3, owner %4, fix due %5")
                            .arg(q(n.ticket.title), q(n.ticket.id),
                                 q(n.ticket.plannedFix.empty() ? n.ticket.decisionReason : n.ticket.plannedFix),
                                 n.ticket.owner.empty() ? Tr::tr("(no owner)") : q(n.ticket.owner), day(n.fixDue));
    out[3] = {Tr::tr("Blockers retired"), Tr::tr("No fix in this range."), {}};
    for (const auto& t : d.fixed)
        out[3].lines << Tr::tr("%1: %2 (scope %3; answers %4)")
                            .arg(day(t.fixedOn), q(t.fixWhat),
                                 t.scopeQueue.empty() ? Tr::tr("all queues") : q(t.scopeQueue), q(t.id));
    return out;
}

} // namespace

int paintFeedbackDigest(QPainter& p, const analytics::FeedbackDigest& d, const QString& title)
{
    const double left = P(48);
    const double width = P(595 - 96);
    const double bottom = P(842 - 60); // the foot line goes below
    double y = P(48);
    y += pdf::text(p, left, y, width, title, font(16, true)) + P(10);
    const QFont body = font(9);
    int omitted = 0;
    for (const auto& s : sections(d)) {
        if (y + P(40) > bottom) {
            omitted += std::max<int>(1, static_cast<int>(s.lines.size()));
            continue;
        }
        y += pdf::heading(p, left, y, width, s.title) + P(4);
        if (s.lines.isEmpty())
            y += pdf::text(p, left, y, width, s.empty, body) + P(6);
        for (const auto& line : s.lines) {
            if (const auto h = pdf::bullet(p, left, y, width, P(10), bottom, line, body))
                y += *h + P(3);
            else
                ++omitted;
        }
        y += P(8);
    }
    if (omitted > 0)
        pdf::text(p, left, P(842 - 52), width,
                  Tr::tr("%1 more line(s) did not fit on this page: see the CSV or Markdown digest.").arg(omitted),
                  font(8, true));
    return omitted;
}

Status writeFeedbackDigestPdf(const analytics::FeedbackDigest& d, const QString& title, const QString& path)
{
    return pdf::writeA4Pdf(path, title, [&](QPainter& p) { paintFeedbackDigest(p, d, title); });
}

QImage renderFeedbackDigest(const analytics::FeedbackDigest& d, const QString& title)
{
    return pdf::renderA4([&](QPainter& p) { paintFeedbackDigest(p, d, title); });
}

} // namespace fb::report
