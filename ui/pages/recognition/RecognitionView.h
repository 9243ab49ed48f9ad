#pragma once

// Everything the Recognition page shows for one week and team, made on the
// worker thread in one job: the input read from the store, and the lists
// analytics makes of it. The lists point into `input`, so a view is built in
// place and shared, never copied.
#include "analytics/Recognition.h"

#include <QDate>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace fb::ui {

struct RecognitionView final {
    analytics::RecognitionInput input;
    int week = 0;     // yyyyww
    std::string team; // empty: every team
    QDate dataEnd;    // the Sunday of the last week with interactions; invalid without any
    std::vector<std::string> teams;
    analytics::Coverage coverage;
    std::vector<analytics::Fixer> fixers;                       // fixed in the 8 weeks up to the week
    std::vector<analytics::HuddleRow> huddle;                   // the week's public ones
    std::vector<analytics::HuddleRow> given;                    // the week's, private ones too (the lead's list)
    std::map<std::string, analytics::EvidenceOutcome> evidence; // of `given`, by recognition id

    RecognitionView() = default;
    RecognitionView(const RecognitionView&) = delete; // the lists point into input
    RecognitionView& operator=(const RecognitionView&) = delete;
};

} // namespace fb::ui
