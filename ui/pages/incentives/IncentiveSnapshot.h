#pragma once

// What the Incentives page shows, read in one job: the plans, the versions of
// the chosen one, and its payouts for the chosen period.
#include "domain/Incentive.h"
#include "reports/IncentiveReportBuilder.h"

#include <QDate>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace fb::ui {

struct IncentiveSnapshot final {
    std::vector<std::string> plans;
    std::string plan;                    // the plan shown (empty when there is none)
    std::vector<IncentivePlan> versions; // of that plan, oldest first
    std::optional<reports::IncentiveReport> report;
    QString problem; // why there is no report (a bad period, ...)
    QDate dataEnd;
};

} // namespace fb::ui
