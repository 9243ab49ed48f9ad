#include "analytics/ScorecardDefinition.h"

#include <QCoreApplication>

#include <cmath>
#include <set>

namespace fb::analytics {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::analytics::Scorecard)
};

} // namespace

const std::vector<Metric>& allMetrics()
{
    static const std::vector<Metric> all{Metric::Csat,       Metric::Fcr,    Metric::Qa,
                                         Metric::Dpti,       Metric::Rework, Metric::Aht,
                                         Metric::Escalation, Metric::Pulse,  Metric::Coaching};
    return all;
}

std::string metricKey(Metric m)
{
    switch (m) {
    case Metric::Csat:
        return "csat";
    case Metric::Fcr:
        return "fcr";
    case Metric::Qa:
        return "qa";
    case Metric::Dpti:
        return "dpti";
    case Metric::Rework:
        return "rework";
    case Metric::Aht:
        return "aht";
    case Metric::Escalation:
        return "escalation";
    case Metric::Pulse:
        return "pulse";
    case Metric::Coaching:
        return "coaching";
    }
    return {};
}

std::optional<Metric> metricFromKey(const std::string& key)
{
    for (Metric m : allMetrics())
        if (metricKey(m) == key)
            return m;
    return std::nullopt;
}

QString metricLabel(Metric m)
{
    switch (m) {
    case Metric::Csat:
        return Tr::tr("CSAT");
    case Metric::Fcr:
        return Tr::tr("FCR");
    case Metric::Qa:
        return Tr::tr("QA");
    case Metric::Dpti:
        return Tr::tr("Defects");
    case Metric::Rework:
        return Tr::tr("Rework");
    case Metric::Aht:
        return Tr::tr("AHT");
    case Metric::Escalation:
        return Tr::tr("Escalation");
    case Metric::Pulse:
        return Tr::tr("Pulse");
    case Metric::Coaching:
        return Tr::tr("Coaching");
    }
    return {};
}

QString metricDescription(Metric m)
{
    switch (m) {
    case Metric::Csat:
        return Tr::tr("share of surveyed interactions with CSAT 4 or 5");
    case Metric::Fcr:
        return Tr::tr("interactions resolved at first contact / interactions where it is known");
    case Metric::Qa:
        return Tr::tr("mean QA evaluation total (0-100)");
    case Metric::Dpti:
        return Tr::tr("defects per thousand interactions");
    case Metric::Rework:
        return Tr::tr("repeat contacts / interactions");
    case Metric::Aht:
        return Tr::tr("mean handle time in seconds");
    case Metric::Escalation:
        return Tr::tr("escalated interactions / interactions");
    case Metric::Pulse:
        return Tr::tr("mean of the five pulse dimensions (1-5)");
    case Metric::Coaching:
        return Tr::tr("coaching follow-ups due in the period done on or before their date");
    }
    return {};
}

Unit metricUnit(Metric m)
{
    switch (m) {
    case Metric::Qa:
        return Unit::Points;
    case Metric::Dpti:
        return Unit::PerThousand;
    case Metric::Aht:
        return Unit::Seconds;
    case Metric::Pulse:
        return Unit::PulsePoints;
    default:
        return Unit::Proportion;
    }
}

bool isProportion(Metric m)
{
    return metricUnit(m) == Unit::Proportion;
}

std::string perspectiveKey(Perspective p)
{
    switch (p) {
    case Perspective::Customer:
        return "customer";
    case Perspective::Quality:
        return "quality";
    case Perspective::Efficiency:
        return "efficiency";
    case Perspective::People:
        return "people";
    }
    return {};
}

std::optional<Perspective> perspectiveFromKey(const std::string& key)
{
    for (Perspective p : {Perspective::Customer, Perspective::Quality, Perspective::Efficiency, Perspective::People})
        if (perspectiveKey(p) == key)
            return p;
    return std::nullopt;
}

QString perspectiveLabel(Perspective p)
{
    switch (p) {
    case Perspective::Customer:
        return Tr::tr("Customer");
    case Perspective::Quality:
        return Tr::tr("Quality");
    case Perspective::Efficiency:
        return Tr::tr("Efficiency");
    case Perspective::People:
        return Tr::tr("People");
    }
    return {};
}

const MetricDef* ScorecardDefinition::find(Metric m) const
{
    for (const auto& d : metrics)
        if (d.metric == m)
            return &d;
    return nullptr;
}

double ScorecardDefinition::totalWeight() const
{
    double w = 0;
    for (const auto& d : metrics)
        w += d.weight;
    return w;
}

const ScorecardDefinition& defaultDefinition()
{
    static const ScorecardDefinition def = [] {
        ScorecardDefinition d;
        d.version = 1;
        d.note = QStringLiteral("Default definition");
        d.gateQaMin = 80;
        d.metrics = {
            {Metric::Csat, Perspective::Customer, 0.65, 0.85, 15, 5},
            {Metric::Fcr, Perspective::Customer, 0.60, 0.80, 20, 20},
            {Metric::Qa, Perspective::Quality, 70, 90, 15, 1},
            {Metric::Dpti, Perspective::Quality, 30, 5, 10, 20},
            {Metric::Rework, Perspective::Quality, 0.15, 0.05, 10, 20},
            {Metric::Aht, Perspective::Efficiency, 720, 420, 10, 20},
            {Metric::Escalation, Perspective::Efficiency, 0.10, 0.03, 5, 20},
            {Metric::Pulse, Perspective::People, 3.0, 4.2, 10, 5},
            {Metric::Coaching, Perspective::People, 0.60, 0.95, 5, 1},
        };
        return d;
    }();
    return def;
}

Status validate(const ScorecardDefinition& def)
{
    if (def.metrics.empty())
        return Error::plain(Tr::tr("a scorecard needs at least one metric"));
    std::set<Metric> seen;
    double total = 0;
    for (const auto& m : def.metrics) {
        const QString name = QString::fromStdString(metricKey(m.metric));
        if (!seen.insert(m.metric).second)
            return Error::plain(Tr::tr("metric %1 appears twice").arg(name));
        if (!std::isfinite(m.floor) || !std::isfinite(m.target))
            return Error::plain(Tr::tr("%1: floor and target must be numbers").arg(name));
        if (m.floor == m.target)
            return Error::plain(Tr::tr("%1: the floor must differ from the target (floor above target means lower is "
                                       "better)")
                                    .arg(name));
        if (!std::isfinite(m.weight) || m.weight < 0)
            return Error::plain(Tr::tr("%1: the weight must be 0 or more").arg(name));
        if (m.minN < 1)
            return Error::plain(Tr::tr("%1: the minimum sample must be at least 1").arg(name));
        total += m.weight;
    }
    if (total <= 0)
        return Error::plain(Tr::tr("at least one metric needs a weight above 0"));
    if (!std::isfinite(def.gateQaMin))
        return Error::plain(Tr::tr("the quality gate must be a number"));
    return {};
}

} // namespace fb::analytics
