#include "analytics/FeedbackDuplicates.h"

#include <QString>

#include <algorithm>
#include <array>

namespace fb::analytics {
namespace {

// Words that carry no subject: two tickets sharing only these are not alike.
constexpr std::array<std::string_view, 32> kStopWords = {
    "a",  "an",  "and", "are", "as", "at",  "be", "by",   "for", "from", "has", "have", "in",   "is",  "it", "its",
    "no", "not", "of",  "on",  "or", "our", "so", "that", "the", "this", "to",  "too",  "very", "was", "we", "with"};

std::string trimmedLower(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())).simplified().toLower().toStdString();
}

} // namespace

std::vector<std::string> normalisedWords(std::string_view text)
{
    const QString lower = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())).toLower();
    std::vector<std::string> words;
    QString word;
    auto flush = [&] {
        if (word.isEmpty())
            return;
        std::string w = word.toStdString();
        word.clear();
        if (std::find(kStopWords.begin(), kStopWords.end(), w) != kStopWords.end())
            return;
        if (w.size() >= 4 && w.back() == 's' && w[w.size() - 2] != 's')
            w.pop_back();
        words.push_back(std::move(w));
    };
    for (QChar c : lower) {
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

double wordOverlap(const std::vector<std::string>& a, const std::vector<std::string>& b)
{
    std::vector<std::string> common;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
    const size_t unionSize = a.size() + b.size() - common.size();
    return unionSize == 0 ? 0.0 : static_cast<double>(common.size()) / static_cast<double>(unionSize);
}

std::vector<DuplicateMatch> findDuplicates(std::string_view title, std::string_view friction,
                                           const std::vector<FeedbackTicket>& tickets)
{
    const auto words = normalisedWords(title);
    const std::string tag = trimmedLower(friction);
    std::vector<DuplicateMatch> matches;
    for (const auto& t : tickets) {
        if (!t.open())
            continue;
        const std::string otherTag = trimmedLower(t.friction);
        if (!tag.empty() && !otherTag.empty() && tag != otherTag)
            continue;
        const double overlap = wordOverlap(words, normalisedWords(t.title));
        if (overlap >= kDuplicateOverlap)
            matches.push_back({t, overlap});
    }
    std::sort(matches.begin(), matches.end(), [](const DuplicateMatch& a, const DuplicateMatch& b) {
        return a.overlap != b.overlap ? a.overlap > b.overlap : a.ticket.id < b.ticket.id;
    });
    return matches;
}

} // namespace fb::analytics
