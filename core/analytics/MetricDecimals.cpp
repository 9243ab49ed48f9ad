#include "analytics/MetricDecimals.h"

namespace fb::analytics {

int valueDecimals(Metric m)
{
    switch (metricUnit(m)) {
    case Unit::Proportion:
        return 3; // one decimal of a percent
    case Unit::Points:
    case Unit::PerThousand:
        return 1;
    case Unit::Seconds:
        return 0;
    case Unit::PulsePoints:
        return 2;
    }
    return 2;
}

} // namespace fb::analytics
