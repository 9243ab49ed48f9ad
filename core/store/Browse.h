#pragma once

#include "common/Error.h"
#include "domain/Kinds.h"
#include "domain/Value.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace fb::store {

class Database;

// Keyset paging over one kind's rows in key order: every page is an index
// seek ("key > last key"), never OFFSET, so page 50,000 of ten million
// interactions costs what page 1 does.
struct BrowseFilter final {
    std::optional<std::string> column; // canonical column name to match exactly (e.g. agent_id, team)
    std::string equals;
    std::string contains; // text that any text column contains (case-insensitive); empty = no filter
};

struct Page final {
    std::vector<std::vector<Value>> rows; // values in spec column order
    std::string lastKey;                  // pass as afterKey for the next page
    bool atEnd = false;
};

Result<Page> browse(Database& db, const KindSpec& spec, const std::string& afterKey, int limit,
                    const BrowseFilter& filter = {});

// Reads every row of a kind in key order (export), one callback per row;
// the callback returns false to stop.
Status forEachRow(Database& db, const KindSpec& spec, const std::function<bool(const std::vector<Value>&)>& visit);

} // namespace fb::store
