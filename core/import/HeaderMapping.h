#pragma once

#include "common/Error.h"
#include "domain/Kinds.h"
#include "import/ImportOptions.h"

#include <string>
#include <vector>

namespace fb::import {

// Which source columns feed each canonical column of a kind. Headers are
// matched ignoring case, spaces, '_' and '-', so "Agent ID" is agent_id.
struct HeaderMapping final {
    std::vector<std::vector<int>> sources; // per spec column: source indices (joined with a space), empty = absent
    std::vector<QString> warnings;         // unknown columns ignored
    std::vector<Error> errors;             // missing required columns, duplicate or unknown mapped headers
};

QString normalisedHeader(const QString& header);

// mapHowTo says how to map a missing column (%1: its name), in the words of the program asking.
HeaderMapping mapHeader(const KindSpec& spec, const std::vector<std::string>& header, const ColumnMap& map,
                        const QString& file, const QString& mapHowTo = QStringLiteral("--map %1=\"Your Header\""));

} // namespace fb::import
