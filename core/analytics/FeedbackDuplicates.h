#pragma once

// Duplicate offers at intake (docs/feedback.md "Duplicates"): a new ticket
// whose title and friction tag resemble an open ticket is offered as "+1 to
// T0042" instead, so the agents behind one problem are counted once each.
#include "domain/Feedback.h"

#include <string>
#include <string_view>
#include <vector>

namespace fb::analytics {

// The title's words for comparison: lower case, split at anything that is
// not a letter or digit, without common short words ("the", "is", ...), a
// trailing plural "s" dropped from words of four letters or more, each once, sorted.
std::vector<std::string> normalisedWords(std::string_view text);

// |A ∩ B| / |A ∪ B| of two normalised word sets; 0 when both are empty.
double wordOverlap(const std::vector<std::string>& a, const std::vector<std::string>& b);

inline constexpr double kDuplicateOverlap = 0.5;

struct DuplicateMatch final {
    FeedbackTicket ticket;
    double overlap = 0;
};

// The open tickets (FeedbackTicket::open) whose friction tag is the same (case
// and spaces aside; an empty tag on either side matches any) and whose
// title overlap is at least kDuplicateOverlap, best first (ties by id).
std::vector<DuplicateMatch> findDuplicates(std::string_view title, std::string_view friction,
                                           const std::vector<FeedbackTicket>& tickets);

} // namespace fb::analytics
