#pragma once

// What the calibration sessions, scores and consensus files share, private to
// core/store: small conversions between statement columns and domain values.
#include "store/CalibrationStore.h"
#include "store/Query.h"
#include "store/RubricStore.h"

#include <QDate>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace fb::store::calibration {

std::string trimmed(const std::string& s);
// A score as a whole number, or NULL for NA.
void bindScore(Query& q, int i, const std::optional<double>& v);

} // namespace fb::store::calibration
