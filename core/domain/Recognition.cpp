#include "domain/Recognition.h"

#include <QCoreApplication>

namespace fb {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::Recognition)
};

Error fieldError(const char* field, const QString& reason)
{
    return Error::plain(QStringLiteral("%1: %2").arg(QLatin1String(field), reason));
}

} // namespace

const std::vector<RecognitionBehavior>& defaultRecognitionBehaviors()
{
    // The behaviours that move service outcomes (issue 17), each measured by
    // the rubric attribute or scorecard metric that documents it.
    static const std::vector<RecognitionBehavior> list{
        {"accurate resolution", "accuracy"},        {"first-contact completion", "fcr"},
        {"productive empathy", "empathy"},          {"clean handoff", "rework"},
        {"precise documentation", "documentation"}, {"perfect escalation", "policy_adherence"},
    };
    return list;
}

Status validateRecognition(const Recognition& r, bool requireEvidence)
{
    if (r.toAgent.empty())
        return fieldError("to_agent", Tr::tr("the agent is missing"));
    if (!r.givenOn.isValid())
        return fieldError("given_on", Tr::tr("the date is missing"));
    if (r.behavior.empty())
        return fieldError("behavior", Tr::tr("the behaviour is missing"));
    if (!r.fromRole.empty() && r.fromRole != "peer" && r.fromRole != "lead")
        return fieldError("from_role",
                          Tr::tr("must be peer or lead, not '%1'").arg(QString::fromStdString(r.fromRole)));
    if (r.fromRole == "peer" && r.fromAgent.empty())
        return fieldError("from_agent", Tr::tr("a peer nomination names the peer's agent id"));
    if (r.fromRole == "lead" && !r.fromAgent.empty())
        return fieldError("from_agent", Tr::tr("a lead nomination has no agent id (the lead is named in from)"));
    if (!r.fromAgent.empty() && r.fromAgent == r.toAgent)
        return fieldError("from_agent",
                          Tr::tr("a peer cannot recognise themselves (%1)").arg(QString::fromStdString(r.toAgent)));
    if (!requireEvidence)
        return {};
    if (r.fromRole.empty())
        return fieldError("from_role", Tr::tr("say who nominates: peer or lead"));
    if (r.fromRole == "lead" && r.fromName.empty())
        return fieldError("from", Tr::tr("the lead's name is missing"));
    if (!r.hasEvidence())
        return fieldError("evidence",
                          Tr::tr("cite an interaction, an evaluation or a sentence saying what the agent did"));
    return {};
}

} // namespace fb
