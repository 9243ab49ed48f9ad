#pragma once

// Words and numbers of calibration as people read them, shared by the
// window, the PDF and anything else that shows a session, so the same
// figure reads the same everywhere.
#include "analytics/Deviation.h"

#include <QString>

#include <string>

namespace fb::analytics {

// "lenient", "strict", "neutral", translated.
QString leaningWord(Leaning leaning);
// A report row's attribute: rubric names as they are, "total" and "overall" in words.
QString attributeLabel(const std::string& name);

} // namespace fb::analytics
