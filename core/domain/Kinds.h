#pragma once

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace fb {

// The kinds of record Floorboard imports and exports (docs/csv-formats.md).
enum class Kind {
    Agents,
    Interactions,
    QaEvaluations,
    Pulses,
    Coaching,
    Feedback,
    Recognitions,
    MentoringPairs,
    MentoringSessions
};

// How a column's text is read and written.
enum class ColumnType {
    Text,     // any text; formula-neutralised on export
    Integer,  // whole number within [min, max]
    Number,   // decimal (dot, or comma when the delimiter is ';') within [min, max]
    Boolean,  // 0/1, yes/no, y/n, true/false in any case; stored 0/1
    Date,     // ISO 8601 date, or --date-format
    DateTime, // ISO 8601 date and time, or --date-format
    Week,     // ISO week 2026-W05, or a date in it
    Duration, // seconds, or h:mm:ss / m:ss
    Enum,     // one of `choices`, any case; stored lower case
    Score,    // rubric score: integer within [min, max], or NA / empty
};

enum class Reference { None, Agent, Team, MentoringPair };

struct ColumnSpec final {
    std::string name; // canonical CSV header
    ColumnType type = ColumnType::Text;
    bool required = false;
    std::vector<std::string> choices; // Enum only
    double min = 0;
    double max = 0; // range applies when max > min
    Reference reference = Reference::None;
    std::string dbColumn; // column in the store, when it differs from name
    [[nodiscard]] const std::string& storeName() const { return dbColumn.empty() ? name : dbColumn; }
    [[nodiscard]] bool isText() const { return type == ColumnType::Text; }
};

struct KindSpec final {
    Kind kind = Kind::Agents;
    std::string name;                // "agents", "interactions", ...
    std::string table;               // store table
    std::vector<ColumnSpec> columns; // canonical order; column 0 is the key
    // qa_evaluations only: scores per rubric attribute follow the fixed columns
    // (added at run time from the current rubric, see withRubric()).
    bool hasRubricScores = false;
};

const std::vector<Kind>& allKinds();
const KindSpec& kindSpec(Kind kind);
std::optional<Kind> kindFromName(const QString& name); // also accepts singular/plural forms
QString kindName(Kind kind);

struct RubricAttribute final {
    std::string name;
    std::string description;
    double weight = 0;
    bool yesNo = false; // yes/no scale (stored 0/1) instead of 0-4
    bool naAllowed = true;
    bool critical = false;
};

// The qa_evaluations spec with one Score column per rubric attribute,
// inserted before the trailing `comment` column.
KindSpec withRubric(const KindSpec& qa, const std::vector<RubricAttribute>& attributes);

// Default rubric (version 1): accuracy 30, clarity 20, empathy 20,
// policy_adherence 20 (critical), documentation 10; each 0-4 or NA.
const std::vector<RubricAttribute>& defaultRubric();

} // namespace fb
