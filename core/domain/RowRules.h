#pragma once

// The rules one record must keep beyond the types of its cells (an agent
// who left has a left_on date, a fixed ticket a fixed_on date, ...). Defined
// once, here: import refuses a row that breaks one, and `check` reports any
// stored row that does, so a file import accepts never fails check.
#include "domain/Kinds.h"
#include "domain/Value.h"

#include <QString>

#include <string>
#include <vector>

namespace fb {

struct RuleBreach final {
    std::string column; // where the fix goes (the import problem names it)
    QString reason;     // translated; names the columns involved
};

// The rules row (in spec's canonical column order) breaks; none for kinds
// without rules.
std::vector<RuleBreach> ruleBreaches(const KindSpec& spec, const std::vector<Value>& row);

// Kinds that have rules, for check to read.
bool hasRowRules(Kind kind);

} // namespace fb
