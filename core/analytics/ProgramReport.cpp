#include "analytics/ProgramReport.h"

#include "analytics/ProgramWorth.h"
#include "analytics/PulseAnonymity.h"
#include "common/DateFormat.h"
#include "common/IsoWeek.h"

#include <QCoreApplication>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace fb::analytics {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
// Spelled out as QCoreApplication::translate("fb::analytics::ProgramReport", …) in ProgramReport's
// own members and after them: there lupdate filed Tr::tr() under a context
// "Tr" that the program never asks for, so German never showed.
constexpr const char* kContext = "fb::analytics::ProgramReport";

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::analytics::ProgramReport)
};

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

} // namespace

std::string dimensionOfFriction(const std::string& friction, const std::string& category)
{
    static const std::map<std::string, std::string> byFriction = {
        {"tool lag", "tool_reliability"},         {"tool crash", "tool_reliability"},
        {"missing field", "tool_reliability"},    {"outage", "tool_reliability"},
        {"policy ambiguity", "role_clarity"},     {"approval delay", "role_clarity"},
        {"knowledge gap", "coaching_usefulness"}, {"schedule", "schedule_fit"},
        {"confusing bill", "role_clarity"},       {"product defect", "tool_reliability"},
    };
    if (const auto it = byFriction.find(lower(friction)); it != byFriction.end())
        return it->second;
    const std::string c = lower(category);
    if (c == "tool")
        return "tool_reliability";
    if (c == "policy")
        return "role_clarity";
    if (c == "training")
        return "coaching_usefulness";
    return {};
}

QString dimensionLabel(const std::string& dimension)
{
    if (dimension == "role_clarity")
        return Tr::tr("Role clarity");
    if (dimension == "tool_reliability")
        return Tr::tr("Tool reliability");
    if (dimension == "coaching_usefulness")
        return Tr::tr("Coaching usefulness");
    if (dimension == "schedule_fit")
        return Tr::tr("Schedule fit");
    if (dimension == "fairness")
        return Tr::tr("Fairness");
    return QString::fromStdString(dimension);
}

std::vector<FrictionRank> rankFrictions(const std::vector<TicketRow>& tickets)
{
    struct Acc {
        qint64 tickets = 0;
        std::set<std::string> agents;
        std::map<std::string, int> categories;
    };
    std::map<std::string, Acc> acc;
    for (const auto& t : tickets) {
        if (t.friction.empty())
            continue;
        auto& a = acc[t.friction];
        a.tickets += 1;
        if (!t.agentId.empty())
            a.agents.insert(t.agentId);
        a.categories[t.category] += 1;
    }
    std::vector<FrictionRank> out;
    for (const auto& [friction, a] : acc) {
        const auto top = std::max_element(a.categories.begin(), a.categories.end(),
                                          [](const auto& x, const auto& y) { return x.second < y.second; });
        out.push_back({friction, a.tickets, static_cast<qint64>(a.agents.size()),
                       dimensionOfFriction(friction, top == a.categories.end() ? std::string() : top->first)});
    }
    std::sort(out.begin(), out.end(), [](const FrictionRank& x, const FrictionRank& y) {
        if (x.tickets != y.tickets)
            return x.tickets > y.tickets;
        if (x.agents != y.agents)
            return x.agents > y.agents;
        return x.friction < y.friction;
    });
    return out;
}

PulseSummary summarisePulse(const PulseSums& sums)
{
    PulseSummary p;
    p.responses = sums.responses;
    p.hidden = sums.responses < kMinPulseResponses;
    for (size_t d = 0; d < 5; ++d) {
        p.n[d] = sums.count[d];
        // Each dimension needs its own answers: five responses of which one
        // answered fairness say nothing about fairness.
        if (!p.hidden)
            p.mean[d] = dimensionMean(sums.sum[d], sums.count[d]);
    }
    return p;
}

int ProgramReport::weekOf(QDate d) const
{
    const qint64 off = program.start.daysTo(d);
    if (off < 0)
        return 0;
    if (off >= kProgramDays)
        return kProgramWeeks + 1;
    return static_cast<int>(off / 7) + 1;
}

std::vector<QString> ProgramReport::needs(int phase) const
{
    std::vector<QString> out;
    const QDate phaseEnd = program.start.addDays(qint64(14) * (phase + 1)); // exclusive
    const bool over = today >= phaseEnd;
    switch (phase) {
    case 0:
        if (pulseBefore.responses < kMinPulseResponses)
            out.push_back(QCoreApplication::translate(
                              "fb::analytics::ProgramReport",
                              "Pulse: %1 of at least %2 responses in weeks 1-2; results stay hidden until then.")
                              .arg(pulseBefore.responses)
                              .arg(kMinPulseResponses));
        if (rankedFrictions.empty())
            out.push_back(QCoreApplication::translate("fb::analytics::ProgramReport",
                                                      "No feedback ticket with a friction tag yet in weeks 1-2."));
        if (confirmed.size() < 3 && !rankedFrictions.empty())
            out.push_back(QCoreApplication::translate("fb::analytics::ProgramReport",
                                                      "Confirm or edit the top three frictions (%1 of 3 confirmed).")
                              .arg(confirmed.size()));
        break;
    case 1: {
        const auto inWeeks = std::count_if(fixes.begin(), fixes.end(), [&](const ProgramFix& f) {
            return f.fixedOn >= program.start.addDays(14) && f.fixedOn < program.start.addDays(28);
        });
        if (inWeeks == 0)
            out.push_back(QCoreApplication::translate("fb::analytics::ProgramReport",
                                                      "Log the fixes made: none is dated in weeks 3-4 yet."));
        for (const auto& f : fixes)
            if (f.allQueues())
                out.push_back(QCoreApplication::translate(
                                  "fb::analytics::ProgramReport",
                                  "Fix #%1 applies to all queues, so its effect cannot be attributed; give it a "
                                  "scope if it had one.")
                                  .arg(f.id));
        break;
    }
    case 2: {
        qint64 given = 0;
        for (const auto& r : recognitions)
            if (r.week == 5 || r.week == 6)
                given += r.count;
        if (given == 0)
            out.push_back(QCoreApplication::translate(
                "fb::analytics::ProgramReport",
                "Record micro-recognitions of documented behaviours: none in weeks 5-6 yet."));
        if (youSaid.empty())
            out.push_back(
                QCoreApplication::translate("fb::analytics::ProgramReport",
                                            "Decide the open tickets, so \"you said / we did\" has updates to share."));
        break;
    }
    case 3:
        if (!over)
            out.push_back(QCoreApplication::translate(
                              "fb::analytics::ProgramReport",
                              "The comparison is final after %1 (end of week 8); until then weeks 7-8 are partial.")
                              .arg(format::date(program.start.addDays(kProgramDays - 1))));
        for (const auto& c : comparison)
            if (c.nPost < kMinCellInteractions && c.metric != ProgramMetric::Csat) {
                out.push_back(QCoreApplication::translate(
                                  "fb::analytics::ProgramReport",
                                  "Weeks 7-8 have %1 interactions with %2 known; at least %3 are needed for a "
                                  "comparison worth reading.")
                                  .arg(c.nPost)
                                  .arg(metricLabel(c.metric))
                                  .arg(kMinCellInteractions));
                break;
            }
        if (pulseAfter.responses < kMinPulseResponses)
            out.push_back(QCoreApplication::translate("fb::analytics::ProgramReport",
                                                      "Pulse: %1 of at least %2 responses in weeks 7-8.")
                              .arg(pulseAfter.responses)
                              .arg(kMinPulseResponses));
        break;
    default:
        break;
    }
    if (!over && phase < 3 && out.empty())
        out.push_back(QCoreApplication::translate("fb::analytics::ProgramReport", "Runs until %1.")
                          .arg(format::date(phaseEnd.addDays(-1))));
    return out;
}

namespace {

// The text without a final full stop, so templates can add their own.
QString bare(const std::string& text)
{
    QString t = QString::fromStdString(text).trimmed();
    while (t.endsWith(QLatin1Char('.')))
        t.chop(1);
    return t;
}

// A text of this file in the style's language: translated on screen, the
// English source in a file. Every call names its text in QT_TRANSLATE_NOOP so
// lupdate finds it under kContext.
QString say(const format::Style& s, const char* text)
{
    return s.translated ? QCoreApplication::translate(kContext, text) : QString::fromUtf8(text);
}

// "You said: <title>" ends in a question or exclamation mark, else a full stop.
QString saidPart(const std::string& title, const format::Style& s)
{
    const QString t = bare(title);
    const bool ends = t.endsWith(QLatin1Char('?')) || t.endsWith(QLatin1Char('!'));
    return say(s, QT_TRANSLATE_NOOP("fb::analytics::ProgramReport", "You said: %1")).arg(t) +
           (ends ? QString() : QStringLiteral("."));
}

} // namespace

std::vector<RecognitionCell> recognitionCells(const ProgramReport& r, const std::vector<RecognitionRow>& rows)
{
    std::map<std::pair<int, std::string>, qint64> cells;
    for (const auto& row : rows) {
        const QDate d = QDate::fromString(QString::fromStdString(row.givenOn), Qt::ISODate);
        cells[{r.weekOf(d), row.behavior}] += row.count;
    }
    std::vector<RecognitionCell> out;
    out.reserve(cells.size());
    for (const auto& [key, count] : cells)
        out.push_back({key.first, key.second, count});
    return out;
}

// Every .arg() below fills all its places at once: a title or reason that
// holds "%2" stays as written.
QString youSaidText(const YouSaidWeDid& y, const format::Style& s)
{
    const TicketRow& t = y.ticket;
    const QString said = saidPart(t.title, s);
    const QString reason = bare(t.decisionReason);
    if (t.status == "fixed" || t.status == "accepted") {
        if (y.fix)
            return say(s, QT_TRANSLATE_NOOP("fb::analytics::ProgramReport", "%1 We did: %2 (fix #%3, %4)."))
                .arg(said, bare(y.fix->what), QString::number(y.fix->id), format::date(y.fix->fixedOn, s));
        if (t.status == "fixed")
            return say(s, QT_TRANSLATE_NOOP("fb::analytics::ProgramReport", "%1 We did: %2 (fixed on %3)."))
                .arg(said,
                     reason.isEmpty() ? say(s, QT_TRANSLATE_NOOP("fb::analytics::ProgramReport", "fixed it")) : reason,
                     format::storedDay(t.fixedOn, s));
        return say(s, QT_TRANSLATE_NOOP("fb::analytics::ProgramReport", "%1 We accepted it: %2."))
            .arg(said, reason.isEmpty() ? say(s, QT_TRANSLATE_NOOP("fb::analytics::ProgramReport", "a fix is planned"))
                                        : reason);
    }
    if (t.status == "deferred")
        return say(s, QT_TRANSLATE_NOOP("fb::analytics::ProgramReport", "%1 We deferred it, because: %2."))
            .arg(said, reason.isEmpty() ? say(s, QT_TRANSLATE_NOOP("fb::analytics::ProgramReport", "no reason given"))
                                        : reason);
    return say(s, QT_TRANSLATE_NOOP("fb::analytics::ProgramReport", "%1 We declined it, because: %2."))
        .arg(said, reason.isEmpty() ? say(s, QT_TRANSLATE_NOOP("fb::analytics::ProgramReport", "no rationale given"))
                                    : reason);
}

std::vector<YouSaidWeDid> youSaidWeDid(const std::vector<TicketRow>& decided, const std::vector<ProgramFix>& fixes)
{
    std::vector<YouSaidWeDid> out;
    for (const auto& t : decided) {
        std::optional<ProgramFix> fix;
        if (t.status == "fixed" || t.status == "accepted")
            for (const auto& f : fixes)
                if (!t.friction.empty() && lower(f.friction) == lower(t.friction))
                    fix = f;
        out.push_back({t, fix});
    }
    return out;
}

QDate comparisonCut(const ProgramReport& r)
{
    // Nothing after today is data yet: an interaction dated later (a
    // schedule, a clock error) would be counted as post otherwise.
    return std::min(r.end, r.today.addDays(1));
}

void compareProgram(ProgramReport& r, const ProgramCells& cells)
{
    const QDate cutEnd = comparisonCut(r);
    r.comparisonDays = static_cast<int>(std::clamp<qint64>(r.program.start.addDays(42).daysTo(cutEnd), 0, 14));
    r.weeks = cells.weeks;
    r.interactions = 0;
    for (const auto& w : cells.weeks)
        r.interactions += w.interactions;
    r.comparison = comparePrePost(cells);
    r.attribution = attribute(cells);
    if (r.incomplete()) {
        // Unfinished periods are not results: no p value, nothing significant.
        for (auto& c : r.comparison) {
            if (c.stats)
                c.stats->p.reset();
            c.pHolm.reset();
            c.note = incompleteNote(r.comparisonDays);
        }
        for (auto& row : r.attribution) {
            row.p.reset();
            row.pHolm.reset();
            if (row.note.isEmpty())
                row.note = incompleteNote(r.comparisonDays);
        }
    }
    r.worthNextCycle = worthNextCycle(r.attribution, cells, cutEnd, r.comparisonDays);
}

std::vector<QString> programSummary(const ProgramReport& r, const format::Style& s)
{
    std::vector<QString> out;
    for (const auto& c : r.comparison)
        out.push_back(summarySentence(c, r.attribution, r.fixes, s));
    return out;
}

std::string weeklyDigest(const ProgramReport& r)
{
    std::string out = fmt::format("# {}: blockers retired\n\n", r.program.name);
    out += QCoreApplication::translate("fb::analytics::ProgramReport", "Program of %1, weeks of %2 to %3.\n")
               .arg(QString::fromStdString(fmt::format("{}", fmt::join(r.program.teams, ", "))),
                    r.program.start.toString(Qt::ISODate), r.end.addDays(-1).toString(Qt::ISODate))
               .toStdString();
    if (r.fixes.empty())
        return out +
               QCoreApplication::translate("fb::analytics::ProgramReport", "\nNo fix logged yet.\n").toStdString();
    int lastWeek = 0;
    for (const auto& f : r.fixes) {
        const IsoWeek w = IsoWeek::ofDate(f.fixedOn);
        if (w.key() != lastWeek) {
            lastWeek = w.key();
            const int pw = r.weekOf(f.fixedOn);
            out += "\n## " + w.toString().toStdString();
            if (pw >= 1 && pw <= kProgramWeeks)
                out += QCoreApplication::translate("fb::analytics::ProgramReport", " (program week %1)")
                           .arg(pw)
                           .toStdString();
            out += "\n\n";
        }
        std::string scope;
        for (const auto& q : f.queues)
            scope += (scope.empty() ? "" : ", ") + q;
        out += QCoreApplication::translate("fb::analytics::ProgramReport", "- %1, #%2 %3 (%4): %5")
                   .arg(f.fixedOn.toString(Qt::ISODate))
                   .arg(f.id)
                   .arg(QString::fromStdString(f.friction),
                        f.allQueues() ? QCoreApplication::translate("fb::analytics::ProgramReport", "all queues")
                                      : QString::fromStdString(scope),
                        QString::fromStdString(f.what))
                   .toStdString();
        if (!f.owner.empty())
            out += QCoreApplication::translate("fb::analytics::ProgramReport", " Owner: %1.")
                       .arg(QString::fromStdString(f.owner))
                       .toStdString();
        out += "\n";
    }
    return out;
}

} // namespace fb::analytics
