#pragma once

// Versioned QA rubrics with the anchored description of each level. An edit
// is saved as a new version; evaluations keep the version they were scored
// with (qa_evaluations.rubric_version), so their totals never change.
#include "common/Error.h"
#include "domain/Kinds.h"

#include <QString>

#include <map>
#include <string>
#include <vector>

namespace fb::store {

class Database;

struct RubricVersionInfo final {
    int version = 0;
    QString createdAt;
    QString note;
    int evaluations = 0; // evaluations scored with it
};

struct FullRubric final {
    int version = 0;
    QString createdAt;
    QString note;
    std::vector<RubricAttribute> attributes; // in position order
    // attribute -> descriptions of levels 0..4 (0..1 on yes/no); empty strings where none
    std::map<std::string, std::vector<std::string>> anchors;
};

Result<std::vector<RubricVersionInfo>> rubricVersions(Database& db);
// version 0 = the current (latest) version.
Result<FullRubric> loadRubric(Database& db, int version = 0);
// Names are lower-case identifiers ([a-z][a-z0-9_]*), unique, not a fixed
// qa_evaluations column; weights >= 0 and some weight > 0.
Status validateRubric(const FullRubric& rubric);
// Stores the attributes and anchors as a new version (latest + 1) and
// returns it; when nothing differs from the current version, returns the
// current version without writing.
Result<int> saveRubricVersion(Database& db, const FullRubric& rubric);

} // namespace fb::store
