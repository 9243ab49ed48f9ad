#pragma once

// The tables a site's data lives in, as site push and pull copy them
// (SiteTransfer.h). Read from Floorboard's own schema, made by the migrations
// on an empty database in memory, so a table a later migration adds is copied
// without anyone keeping a list. Private to core/store.
#include "common/Error.h"

#include <QtGlobal>

#include <string>
#include <vector>

namespace fb::store {

struct SiteTable final {
    std::string name;
    std::vector<std::string> columns; // in declaration order
    // A condition choosing the site's rows (SQL after WHERE); empty: every
    // row. Rows it leaves out belong to the database itself and are neither
    // copied nor counted.
    std::string siteRows;
    qint64 seedRows = 0; // rows of a freshly made database (its seed)
    bool writtenByTriggers = false;

    // "SELECT … FROM name [WHERE siteRows]" and its kin, identifiers quoted.
    [[nodiscard]] std::string select() const;
    [[nodiscard]] std::string count() const;
    [[nodiscard]] std::string deleteRows() const;
    // INSERT of `rows` rows, each with one `?` per column.
    [[nodiscard]] std::string insert(int rows) const;
    // COPY … FROM STDIN of every column, for a site server (CopyText.h).
    [[nodiscard]] std::string copy() const;
};

// Every table of the schema at `version`, each after the tables its foreign
// keys refer to, and the tables triggers write after all the others: so what
// the triggers write while rows are copied is replaced by the source's own
// rows at the end. Made once per version per process.
Result<std::vector<SiteTable>> siteTables(int version);

} // namespace fb::store
