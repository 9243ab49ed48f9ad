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
// An attribute as a person reads it: the rubric's key in words
// ("policy_adherence" -> "Policy adherence"), "total" and "overall" explained.
// Keys stay keys in files and the CLI; this is for the window and PDFs.
QString attributeLabel(const std::string& name);

} // namespace fb::analytics
