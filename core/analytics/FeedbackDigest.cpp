#include "analytics/FeedbackDigest.h"

#include "analytics/FeedbackSla.h"
#include "common/DateFormat.h"
#include "domain/ChoiceLabels.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace fb::analytics {
namespace {

constexpr const char* kContext = "fb::analytics::FeedbackDigest";

// A text of this file in the style's language: translated on screen, the
// English source in a file. Every call names its text in QT_TRANSLATE_NOOP so
// lupdate finds it under kContext.
QString say(const format::Style& s, const char* text)
{
    return s.translated ? QCoreApplication::translate(kContext, text) : QString::fromUtf8(text);
}

QString dayText(QDate d, const format::Style& s)
{
    return format::dayMonthYear(d, s);
}

QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

// A sentence part as written, without the full stop the sentence adds.
QString clause(const std::string& written)
{
    QString t = text(written);
    while (t.endsWith(QLatin1Char('.')) || t.endsWith(QLatin1Char(' ')))
        t.chop(1);
    return t;
}

// "Moved the batch job" reads "moved the batch job" after "We" in English; a
// German sentence keeps the writer's capitals. The language of the words is
// the translation's, not the locale's (an English window on a German system),
// so the translation says which: "yes" in English, "no" in German. Without a
// translation the words are the English source.
QString lowerFirst(QString t, const format::Style& s)
{
    const bool lower = !s.translated || QCoreApplication::translate(
                                            "fb::analytics::FeedbackDigest", "LOWER_CASE_FIX_AFTER_WE",
                                            "Translate as \"yes\" where \"We %1 on %2.\" needs the fix's first "
                                            "letter in lower case (English), else as \"no\"") != QStringLiteral("no");
    if (lower && t.size() > 1 && t[0].isUpper() && !t[1].isUpper())
        t[0] = t[0].toLower();
    return t;
}

// A bullet's text that itself starts a Markdown block stays text: "14. Okt.
// 2026: …" (a German date) would open a numbered list inside the bullet, a
// title starting "- " or "# " a list or a heading.
QString markdownText(QString line)
{
    static const QRegularExpression orderedStart(QStringLiteral("^(\\d{1,9})([.)])(?=\\s|$)"));
    if (const auto m = orderedStart.match(line); m.hasMatch())
        return line.insert(m.capturedStart(2), QLatin1Char('\\'));
    if (!line.isEmpty() && QStringLiteral("-+*#>").contains(line.front()))
        line.prepend(QLatin1Char('\\'));
    return line;
}

bool byDecision(const FeedbackTicket& a, const FeedbackTicket& b)
{
    return a.decidedOn != b.decidedOn ? a.decidedOn < b.decidedOn : a.id < b.id;
}

} // namespace

std::string statusAt(const FeedbackTicket& t, QDate day)
{
    if (!decidedBy(t, day))
        return "undecided";
    if (t.status == "fixed" && !fixedBy(t, day))
        return "accepted";
    return t.status;
}

QString agentsText(int agents, const format::Style& s)
{
    if (agents <= 0)
        return say(s, QT_TRANSLATE_NOOP("fb::analytics::FeedbackDigest", "anonymous"));
    if (s.translated)
        return QCoreApplication::translate("fb::analytics::FeedbackDigest", "%Ln agent(s)", nullptr, agents);
    return agents == 1 ? QStringLiteral("1 agent") : QStringLiteral("%1 agents").arg(agents);
}

QString youSaid(const FeedbackTicket& t, const format::Style& s)
{
    return say(s, QT_TRANSLATE_NOOP("fb::analytics::FeedbackDigest", "You said: %1 (%2)."))
        .arg(clause(t.title), agentsText(t.agents, s));
}

QString weDid(const FeedbackTicket& t, const format::Style& s)
{
    if (t.fixed()) {
        const QString what = clause(t.fixWhat.empty() ? t.decisionReason : t.fixWhat);
        return say(s, QT_TRANSLATE_NOOP("fb::analytics::FeedbackDigest", "We %1 on %2."))
            .arg(lowerFirst(what, s), dayText(t.fixedOn, s));
    }
    if (t.status == "accepted") {
        const QString plan = clause(t.plannedFix.empty() ? t.decisionReason : t.plannedFix);
        return t.owner.empty()
                   ? say(s, QT_TRANSLATE_NOOP("fb::analytics::FeedbackDigest", "We accepted it: %1.")).arg(plan)
                   : say(s, QT_TRANSLATE_NOOP("fb::analytics::FeedbackDigest", "We accepted it: %1; %2 owns the fix."))
                         .arg(plan, text(t.owner));
    }
    if (t.status == "deferred")
        return t.revisitOn.isValid()
                   ? say(s, QT_TRANSLATE_NOOP("fb::analytics::FeedbackDigest", "We deferred it until %1: %2."))
                         .arg(dayText(t.revisitOn, s), clause(t.decisionReason))
                   : say(s, QT_TRANSLATE_NOOP("fb::analytics::FeedbackDigest", "We deferred it: %1."))
                         .arg(clause(t.decisionReason));
    if (t.status == "declined")
        return say(s, QT_TRANSLATE_NOOP("fb::analytics::FeedbackDigest", "We declined it: %1."))
            .arg(clause(t.decisionReason));
    return say(s, QT_TRANSLATE_NOOP("fb::analytics::FeedbackDigest", "Not decided yet."));
}

FeedbackDigest buildDigest(const std::vector<FeedbackTicket>& tickets, const std::vector<FeedbackCategory>& categories,
                           const WorkingCalendar& calendar, QDate from, QDate to, const std::string& team)
{
    FeedbackDigest d;
    d.from = from;
    d.to = to;
    d.team = team;
    for (const auto& t : tickets) {
        if (!team.empty() && t.team != team)
            continue;
        if (t.decidedOn.isValid() && t.decidedOn >= from && t.decidedOn <= to)
            d.decided.push_back(t);
        if (t.fixedOn.isValid() && t.fixedOn >= from && t.fixedOn <= to)
            d.fixed.push_back(t);
        if (t.raisedOn.isValid() && t.raisedOn <= to && openAt(t, to)) {
            if (!decidedBy(t, to) || t.status == "deferred")
                d.topIssues.push_back(t);
            else
                d.nextSteps.push_back(
                    {t, calendar.addWorkingDays(t.raisedOn, categorySla(categories, t.category).fixDays)});
        }
    }
    std::sort(d.decided.begin(), d.decided.end(), byDecision);
    std::sort(d.fixed.begin(), d.fixed.end(), [](const FeedbackTicket& a, const FeedbackTicket& b) {
        return a.fixedOn != b.fixedOn ? a.fixedOn < b.fixedOn : a.id < b.id;
    });
    std::sort(d.topIssues.begin(), d.topIssues.end(), [](const FeedbackTicket& a, const FeedbackTicket& b) {
        if (a.agents != b.agents)
            return a.agents > b.agents;
        return a.raisedOn != b.raisedOn ? a.raisedOn < b.raisedOn : a.id < b.id;
    });
    if (d.topIssues.size() > kDigestTopIssues)
        d.topIssues.resize(kDigestTopIssues);
    std::sort(d.nextSteps.begin(), d.nextSteps.end(), [](const NextStep& a, const NextStep& b) {
        return a.fixDue != b.fixDue ? a.fixDue < b.fixDue : a.ticket.id < b.ticket.id;
    });
    return d;
}

std::vector<FeedbackTicket> saidAndDone(const FeedbackDigest& d)
{
    std::vector<FeedbackTicket> said = d.fixed;
    for (const auto& t : d.decided)
        if (!(t.fixedOn.isValid() && t.fixedOn >= d.from && t.fixedOn <= d.to))
            said.push_back(t);
    return said;
}

std::vector<DigestSection> digestSections(const FeedbackDigest& d, const format::Style& s)
{
    std::vector<DigestSection> out(4);
    out[0] = {
        say(s, QT_TRANSLATE_NOOP("fb::analytics::FeedbackDigest", "You said, we did")),
        say(s, QT_TRANSLATE_NOOP("fb::analytics::FeedbackDigest", "No ticket was decided or fixed in this range.")),
        {}};
    for (const auto& t : saidAndDone(d))
        out[0].lines << QStringLiteral("%1 %2 (%3)").arg(youSaid(t, s), weDid(t, s), text(t.id));
    out[1] = {say(s, QT_TRANSLATE_NOOP("fb::analytics::FeedbackDigest", "Top open issues by agents raising them")),
              say(s, QT_TRANSLATE_NOOP("fb::analytics::FeedbackDigest", "No ticket is waiting for a decision.")),
              {}};
    for (const auto& t : d.topIssues) {
        const std::string status = statusAt(t, d.to);
        out[1].lines << say(s, QT_TRANSLATE_NOOP("fb::analytics::FeedbackDigest", "%1 (%2, %3, raised %4): %5"))
                            .arg(text(t.title), text(t.id), agentsText(t.agents, s), dayText(t.raisedOn, s),
                                 s.translated ? choiceLabel("status", status) : text(status));
    }
    out[2] = {say(s, QT_TRANSLATE_NOOP("fb::analytics::FeedbackDigest", "Next steps")),
              say(s, QT_TRANSLATE_NOOP("fb::analytics::FeedbackDigest", "No accepted ticket is waiting for its fix.")),
              {}};
    for (const auto& n : d.nextSteps)
        out[2].lines << say(s, QT_TRANSLATE_NOOP("fb::analytics::FeedbackDigest", "%1 (%2): %3, owner %4, fix due %5"))
                            .arg(text(n.ticket.title), text(n.ticket.id),
                                 clause(n.ticket.plannedFix.empty() ? n.ticket.decisionReason : n.ticket.plannedFix),
                                 n.ticket.owner.empty()
                                     ? say(s, QT_TRANSLATE_NOOP("fb::analytics::FeedbackDigest", "(no owner)"))
                                     : text(n.ticket.owner),
                                 dayText(n.fixDue, s));
    out[3] = {say(s, QT_TRANSLATE_NOOP("fb::analytics::FeedbackDigest", "Blockers retired")),
              say(s, QT_TRANSLATE_NOOP("fb::analytics::FeedbackDigest", "No fix in this range.")),
              {}};
    for (const auto& t : d.fixed)
        out[3].lines << say(s, QT_TRANSLATE_NOOP("fb::analytics::FeedbackDigest", "%1: %2 (scope %3; answers %4)"))
                            .arg(dayText(t.fixedOn, s), clause(t.fixWhat),
                                 t.scopeQueue.empty()
                                     ? say(s, QT_TRANSLATE_NOOP("fb::analytics::FeedbackDigest", "all queues"))
                                     : text(t.scopeQueue),
                                 text(t.id));
    return out;
}

QString digestMarkdown(const FeedbackDigest& d, const QString& title, const format::Style& s)
{
    QString md = QStringLiteral("# %1\n").arg(title);
    for (const auto& section : digestSections(d, s)) {
        md += QStringLiteral("\n## %1\n\n").arg(section.title);
        if (section.lines.isEmpty())
            md += section.empty + QLatin1Char('\n');
        for (const QString& line : section.lines)
            md += QStringLiteral("- %1\n").arg(markdownText(line));
    }
    return md;
}

} // namespace fb::analytics
