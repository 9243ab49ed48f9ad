#pragma once

#include "common/Error.h"
#include "domain/Kinds.h"
#include "domain/Value.h"
#include "import/HeaderMapping.h"
#include "import/ValueParser.h"

#include <string>
#include <vector>

namespace fb::import {

// Builds one typed row of a kind from one CSV record through the header
// mapping, collecting an Error (file, line, column, value, reason) per bad cell.
class RowBuilder final {
public:
    RowBuilder(const KindSpec& spec, const HeaderMapping& mapping, ValueParser::Settings settings, QString file,
               size_t headerWidth);

    // False when any cell is invalid; errors gets one entry per problem.
    bool build(const std::vector<std::string>& fields, qint64 line, std::vector<Value>& row,
               std::vector<Error>& errors);

private:
    const KindSpec& m_spec;
    const HeaderMapping& m_mapping;
    ValueParser m_parser;
    QString m_file;
    size_t m_headerWidth;
    std::string m_joined;
};

} // namespace fb::import
