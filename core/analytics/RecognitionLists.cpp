// The lists of recognition (docs/recognition-and-incentives.md): the huddle
// list of a week, the fixers, and the outcome of a nomination's evidence in
// words.
#include "analytics/CalibrationText.h"
#include "analytics/CoachingShared.h"
#include "analytics/Recognition.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <unordered_map>

namespace fb::analytics {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::analytics::Recognition)
};

std::unordered_map<std::string, const RecognitionAgent*> agentsById(const RecognitionInput& in)
{
    std::unordered_map<std::string, const RecognitionAgent*> out;
    for (const RecognitionAgent& a : in.agents)
        out[a.id] = &a;
    return out;
}

} // namespace

std::vector<Fixer> fixers(const RecognitionInput& in, QDate from, QDate to, const std::string& team)
{
    const auto agents = agentsById(in);
    std::unordered_map<std::string, size_t> index;
    std::vector<Fixer> out;
    for (const FeedbackTicket& t : in.tickets) {
        // Anonymous tickets have no one to celebrate; a ticket counts on the day it was fixed.
        if (t.agentId.empty() || t.status != "fixed" || !t.fixedOn.isValid() || t.fixedOn < from || t.fixedOn > to)
            continue;
        const auto a = agents.find(t.agentId);
        if (a == agents.end() || (!team.empty() && a->second->team != team))
            continue;
        auto [it, added] = index.emplace(t.agentId, out.size());
        if (added)
            out.push_back({t.agentId, a->second->name, a->second->team, {}});
        out[it->second].fixed.push_back(&t);
    }
    for (Fixer& f : out)
        std::sort(f.fixed.begin(), f.fixed.end(), [](const FeedbackTicket* x, const FeedbackTicket* y) {
            return std::tie(x->fixedOn, x->id) < std::tie(y->fixedOn, y->id);
        });
    std::sort(out.begin(), out.end(), [](const Fixer& x, const Fixer& y) {
        if (x.fixed.size() != y.fixed.size())
            return x.fixed.size() > y.fixed.size();
        return std::tie(x.name, x.agentId) < std::tie(y.name, y.agentId);
    });
    return out;
}

std::vector<HuddleRow> huddleList(const RecognitionInput& in, int week, const std::string& team, bool includePrivate)
{
    const auto agents = agentsById(in);
    std::vector<HuddleRow> out;
    for (const Recognition& r : in.recognitions) {
        if (coaching::weekOf(r.givenOn) != week || (!r.isPublic && !includePrivate))
            continue;
        const auto a = agents.find(r.toAgent);
        const std::string agentTeam = a == agents.end() ? std::string() : a->second->team;
        if (!team.empty() && agentTeam != team)
            continue;
        out.push_back({&r, a == agents.end() ? r.toAgent : a->second->name, agentTeam, giverText(r)});
    }
    std::sort(out.begin(), out.end(), [](const HuddleRow& x, const HuddleRow& y) {
        return std::tie(x.recognition->givenOn, x.recognition->id) <
               std::tie(y.recognition->givenOn, y.recognition->id);
    });
    return out;
}

QString giverText(const Recognition& r, const format::Style&)
{
    QString name = QString::fromStdString(r.fromName.empty() ? r.fromAgent : r.fromName);
    if (r.fromRole == "peer")
        return Tr::tr("%1 (peer)").arg(name);
    if (r.fromRole == "lead")
        return Tr::tr("%1 (lead)").arg(name);
    return name;
}

QString evidenceText(const EvidenceOutcome& e, const format::Style& style)
{
    QStringList parts;
    if (e.interactionCited && !e.interactionFound)
        parts << Tr::tr("interaction not in the data");
    if (e.interactionFound) {
        parts << (e.fcr ? (*e.fcr ? Tr::tr("FCR yes") : Tr::tr("FCR no")) : Tr::tr("FCR not recorded"));
        parts << (e.csat ? Tr::tr("CSAT %1 of 5").arg(format::count(*e.csat, style)) : Tr::tr("no CSAT answer"));
    }
    if (e.evaluationCited && !e.evaluationFound)
        parts << Tr::tr("evaluation not in the data");
    if (e.evaluationFound) {
        parts << (e.qaTotal ? Tr::tr("QA %1 of 100").arg(format::number(*e.qaTotal, 0, style))
                            : Tr::tr("QA total not scored"));
        if (!e.attribute.empty())
            parts << (e.attributeScore ? Tr::tr("%1 %2 of %3")
                                             .arg(attributeLabel(e.attribute), format::count(*e.attributeScore, style),
                                                  format::count(e.attributeMax, style))
                                       : Tr::tr("%1 not applicable").arg(attributeLabel(e.attribute)));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace fb::analytics
