#pragma once

#include "common/Error.h"

#include <QString>

#include <memory>

namespace SQLite {
class Database;
}

namespace fb::store {

namespace sql {
class Connection;
}

// PRAGMA application_id of every Floorboard database ("FLBD").
inline constexpr int kApplicationId = 0x464C4244;

// One connection to a Floorboard database. Each thread opens its own; WAL
// lets readers go on while an import writes.
class Database final {
public:
    // CreateOrMigrate and ExistingOnly write (and refuse a file this process
    // cannot write, naming it); ReadOnly never writes; Read is for commands
    // that only read: like ExistingOnly where the file can be written, and
    // read-only (saying so through readOnlyNote()) where it cannot.
    enum class Mode { CreateOrMigrate, ExistingOnly, Read, ReadOnly };
    // How writes are journalled. WAL lets readers go on beside a writer but
    // needs shared memory that network file systems cannot provide, so a
    // database on a network share uses the rollback journal instead.
    // Detect chooses by where the file is (isOnNetworkFileSystem); the others
    // force a choice (tests, and callers that know better).
    enum class Journal { Detect, Wal, Rollback };

    // Opens (and creates, with Mode::CreateOrMigrate) a database, refusing a
    // file that is not a Floorboard database, was written by a newer
    // Floorboard, is truncated or has a schema other than Floorboard's; such
    // files are checked read-only first and left untouched.
    // A PostgreSQL connection string (isSiteServerAddress) opens a site
    // server instead (SiteDatabase.cpp): the same schema versions, migrated
    // the same way; `journal` does not apply there.
    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode = Mode::CreateOrMigrate,
                                                  Journal journal = Journal::Detect);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The file, or the site server's connection string (which never holds a
    // password: open() refuses one that does). Opening it again gives
    // another connection to the same database.
    [[nodiscard]] const QString& path() const { return m_path; }
    // True for a PostgreSQL site server, false for an SQLite file.
    [[nodiscard]] bool isSiteServer() const { return !m_db; }
    [[nodiscard]] int schemaVersion() const;
    // True when this connection uses the rollback journal (a network share).
    [[nodiscard]] bool usesRollbackJournal() const { return m_rollbackJournal; }
    // Why the rollback journal is used, for the window's status bar and the
    // CLI's stderr; empty with WAL.
    [[nodiscard]] QString journalNote() const;
    // True when this connection only reads (Mode::ReadOnly, or Mode::Read on
    // a file or folder that cannot be written).
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    // Says the file is read-only when Mode::Read had to open it so; empty
    // otherwise. For the window's status bar and the CLI's stderr.
    [[nodiscard]] QString readOnlyNote() const;

    // For core/store only: the statements live there. connection() is the
    // engine-neutral interface (store/Sql.h, store/Query.h); sql() is the
    // SQLite handle, only for a file (check isSiteServer() first), for what
    // only SQLite has.
    sql::Connection& connection() { return *m_connection; }
    SQLite::Database& sql() { return *m_db; }

private:
    Database(QString path, std::unique_ptr<SQLite::Database> db, bool rollbackJournal, bool readOnly, bool notWritable);
    Database(QString address, std::unique_ptr<sql::Connection> site, bool readOnly);
    static Result<std::unique_ptr<Database>> openSite(const QString& address, Mode mode);
    QString m_path;
    std::unique_ptr<SQLite::Database> m_db;
    std::unique_ptr<sql::Connection> m_connection; // over *m_db, so declared after it
    bool m_rollbackJournal = false;
    bool m_readOnly = false;
    bool m_notWritable = false; // the file or its folder cannot be written here
};

// Schema version this build writes and reads (PRAGMA user_version).
int currentSchemaVersion();

// Whether `text` is a PostgreSQL connection string rather than a file:
// a URI (postgresql://host/site, postgres://…) or libpq's keyword form
// starting with one of its keywords ("host=… dbname=…", "service=site").
bool isSiteServerAddress(const QString& text);

} // namespace fb::store
