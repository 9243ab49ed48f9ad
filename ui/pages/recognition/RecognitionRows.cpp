#include "pages/recognition/RecognitionRows.h"

#include "analytics/Mentoring.h"
#include "common/DateFormat.h"
#include "common/Format.h"
#include "common/Text.h"

namespace fb::ui {
namespace {

QString day(QDate d)
{
    return d.isValid() ? format::date(d) : QString();
}

// The measure as coaching targets read it: a metric key, else a rubric attribute.
analytics::TargetMetric measureOf(const std::string& key)
{
    analytics::TargetMetric m;
    if (const auto metric = analytics::metricFromKey(key))
        m.metric = *metric;
    else {
        m.isAttribute = true;
        m.attribute = key;
    }
    return m;
}

} // namespace

QStringList RecognitionRows::coverageHeaders()
{
    return {tr("Team"), tr("Agents"), tr("Recognised in 8 weeks"), tr("Recognitions this week"),
            tr("Unseen at target")};
}

RecognitionRows::Rows RecognitionRows::coverage(const analytics::Coverage& c)
{
    Rows rows;
    for (const auto& r : c.rows)
        rows.push_back({q(r.team), format::count(r.agents),
                        tr("%1 (%2)").arg(format::count(r.recognised),
                                          r.share() ? format::percent(*r.share(), 0) : QStringLiteral("—")),
                        tr("%1 (%2 per agent)")
                            .arg(format::count(r.recognitions),
                                 r.perAgent() ? format::number(*r.perAgent(), 2) : QStringLiteral("—")),
                        format::count(r.unseenAtTarget)});
    return rows;
}

QStringList RecognitionRows::unseenHeaders()
{
    return {tr("Team"), tr("Agent"), tr("Last recognised"), tr("Behaviour at target"), tr("Value (target)"), tr("n")};
}

QString RecognitionRows::valueText(const analytics::BehaviorAtTarget& b)
{
    const auto m = measureOf(b.measure);
    return tr("%1 (target %2)")
        .arg(analytics::behaviorValueText(m, b.value), analytics::behaviorValueText(m, b.target));
}

RecognitionRows::Rows RecognitionRows::unseen(const analytics::Coverage& c)
{
    Rows rows;
    for (const auto& u : c.unseen)
        for (const auto& b : u.atTarget)
            rows.push_back({q(u.team), tr("%1 (%2)").arg(q(u.name), q(u.agentId)),
                            u.lastRecognised.isValid() ? day(u.lastRecognised) : tr("never"), q(b.behavior),
                            valueText(b), format::count(b.n)});
    return rows;
}

QStringList RecognitionRows::givenHeaders()
{
    return {tr("Date"), tr("Agent"), tr("Behaviour"), tr("From"), tr("Shown"), tr("Evidence"), tr("Cited work")};
}

RecognitionRows::Rows RecognitionRows::given(const std::vector<analytics::HuddleRow>& rows,
                                             const std::map<std::string, analytics::EvidenceOutcome>& evidence)
{
    Rows out;
    for (const auto& h : rows) {
        const Recognition& r = *h.recognition;
        QStringList cited;
        if (!r.interactionId.empty())
            cited << q(r.interactionId);
        if (!r.evaluationId.empty())
            cited << q(r.evaluationId);
        const auto e = evidence.find(r.id);
        const QString outcome = e == evidence.end() ? QString() : analytics::evidenceText(e->second);
        out.push_back(
            {day(r.givenOn), q(h.agentName), q(r.behavior), h.from,
             r.isPublic ? tr("public") : tr("private (lead only)"),
             cited.isEmpty() ? q(r.evidence) : cited.join(QStringLiteral(", ")) + QStringLiteral(": ") + q(r.evidence),
             outcome.isEmpty() ? tr("nothing cited") : outcome});
    }
    return out;
}

QStringList RecognitionRows::huddleHeaders()
{
    return {tr("Date"), tr("Agent"), tr("Team"), tr("Behaviour"), tr("From"), tr("What they did"), tr("Outcome")};
}

RecognitionRows::Rows RecognitionRows::huddle(const std::vector<analytics::HuddleRow>& rows)
{
    Rows out;
    for (const auto& h : rows) {
        const Recognition& r = *h.recognition;
        out.push_back({day(r.givenOn), q(h.agentName), q(h.team), q(r.behavior), h.from, q(r.evidence), q(r.outcome)});
    }
    return out;
}

QStringList RecognitionRows::fixersHeaders()
{
    return {tr("Agent"), tr("Team"), tr("Fixes"), tr("Ticket"), tr("Fixed on"), tr("What changed")};
}

RecognitionRows::Rows RecognitionRows::fixers(const std::vector<analytics::Fixer>& fixers)
{
    Rows out;
    for (const auto& f : fixers)
        for (const FeedbackTicket* t : f.fixed)
            out.push_back({tr("%1 (%2)").arg(q(f.name), q(f.agentId)), q(f.team), format::count(qint64(f.fixed.size())),
                           tr("%1 %2").arg(q(t->id), q(t->title)), day(t->fixedOn), q(t->fixWhat)});
    return out;
}

} // namespace fb::ui
