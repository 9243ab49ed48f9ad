#pragma once

// Reads an incentive plan file (docs/csv-formats.md, "Incentive plans"): the
// columns of exporting::incentivePlanCsv, one row per component, the plan's
// own cells (plan, period, amount_kind, amount, gate_qa_min,
// gate_min_evaluations, note) the same on every row; version is informative
// and ignored (storing makes the next version). The whole file or nothing:
// any bad cell refuses it, naming file, line, column and value.
#include "common/Error.h"
#include "domain/Incentive.h"

#include <QString>

namespace fb::import {

Result<IncentivePlan> readIncentivePlanCsv(const QString& path);

} // namespace fb::import
