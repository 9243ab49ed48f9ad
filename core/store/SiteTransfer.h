#pragma once

// Moving a whole site between an SQLite file and a PostgreSQL site server
// (`floorboard-cli site push|pull`, docs/site-server.md): every table of the
// schema copied in one transaction on the target, verified before it commits
// by the row counts of every table and the findings of the domain checks on
// both sides. A lead takes a copy offline with pull; the server stays the
// truth. Works between any two databases of the same schema version.
#include "common/Error.h"

#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace fb::store {

class Database;

struct TransferOptions final {
    // Overwrite a target that already holds a site's data. A fresh target's
    // seed rows (the default rubric, scorecard, settings) are always replaced.
    bool replace = false;
    // Rows copied so far of all there are, after every batch.
    std::function<void(qint64 done, qint64 total)> progress;
    // Polled before every batch; a cancel rolls everything back.
    const std::atomic_bool* cancel = nullptr;
};

struct TableCopied final {
    QString table;
    qint64 rows = 0;
};

struct TransferReport final {
    std::vector<TableCopied> tables; // in the order copied
    qint64 rows = 0;                 // all tables together
    // What the domain checks found, the same on both sides (else no commit).
    qint64 checkFindings = 0;
};

// Copies source's site into target, in one transaction on target: all or
// nothing. Refuses databases of different schema versions, and a target
// that holds a site's data unless options.replace. The source is read in
// one snapshot and never written.
Result<TransferReport> copySite(Database& source, Database& target, const TransferOptions& options = {});

// `site push`: opens the source read-only and the target (a site server, or
// a file) creating or upgrading its schema, then copySite into it in place.
Result<TransferReport> pushSite(const QString& source, const QString& target, const TransferOptions& options = {});

// `site pull`: writes the source's site to a new file. The copy goes to a
// temporary file beside it that takes the file's name only once the copy is
// verified and committed; any failure or a cancel leaves no file behind. An
// existing file is refused unless options.replace.
Result<TransferReport> pullSite(const QString& source, const QString& file, const TransferOptions& options = {});

} // namespace fb::store
