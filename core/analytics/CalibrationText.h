#pragma once

// Words and numbers of calibration as people read them, shared by the
// window, the PDF and anything else that shows a session, so the same
// figure reads the same everywhere.
#include "analytics/Deviation.h"

#include <QString>

#include <string>

namespace fb::analytics {

// At most `decimals` decimals, trailing zeros dropped, never "-0": 0.5, 2, 0.33.
QString compactNumber(double value, int decimals = 2);
// "lenient", "strict", "neutral", translated.
QString leaningWord(Leaning leaning);
// A report row's attribute: rubric names as they are, "total" and "overall" in words.
QString attributeLabel(const std::string& name);

} // namespace fb::analytics
