#include "common/NaturalOrder.h"

#include <algorithm>

namespace fb {

namespace {
// Longer digit runs than this (ids of 13 digits and more) compare as text.
constexpr qsizetype kDigits = 12;
} // namespace

QString naturalSortKey(const QString& text)
{
    QString key;
    key.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size();) {
        if (!text[i].isDigit()) {
            key += text[i++].toCaseFolded();
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text[end].isDigit())
            ++end;
        key += QString(std::max<qsizetype>(0, kDigits - (end - i)), u'0') + text.mid(i, end - i);
        i = end;
    }
    return key;
}

bool naturalLess(const QString& a, const QString& b)
{
    const QString ka = naturalSortKey(a), kb = naturalSortKey(b);
    return ka != kb ? ka < kb : a < b; // equal keys ("team 5", "Team 5"): a stable, total order
}

void sortNaturally(std::vector<std::string>& names)
{
    std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
        return naturalLess(QString::fromStdString(a), QString::fromStdString(b));
    });
}

} // namespace fb
