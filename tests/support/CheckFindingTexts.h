#pragma once

// The findings of the store's checks as "check: message" lines, so a suite
// compares them as one list. FbTestSupport.h first: it must precede every
// Qt header.
#include "FbTestSupport.h"
#include "store/Checks.h"

#include <QStringList>

#include <vector>

namespace fbtest {

inline QStringList findingTexts(const std::vector<fb::store::CheckFinding>& findings)
{
    QStringList out;
    for (const auto& f : findings)
        out << f.check + QStringLiteral(": ") + f.message;
    return out;
}

} // namespace fbtest
