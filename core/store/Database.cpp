#include "store/Database.h"

#include "store/Migrations.h"
#include "store/NetworkFs.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::Database)
};

// Reads application_id, user_version and whether the file holds any table,
// without writing a byte to it.
struct Probe {
    int applicationId = 0;
    int userVersion = 0;
    bool hasTables = false;
};

Result<Probe> probe(const QString& path)
{
    try {
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
        Probe p;
        p.applicationId = db.execAndGet("PRAGMA application_id").getInt();
        p.userVersion = db.execAndGet("PRAGMA user_version").getInt();
        p.hasTables = db.execAndGet("SELECT count(*) FROM sqlite_schema").getInt() > 0;
        return p;
    } catch (const SQLite::Exception& e) {
        if (e.getErrorCode() == SQLITE_NOTADB)
            return Error{Tr::tr("is not a Floorboard database (not an SQLite file); it was left untouched"), path};
        return Error{Tr::tr("cannot be read: %1").arg(QString::fromUtf8(e.what())), path};
    }
}

} // namespace

int currentSchemaVersion()
{
    return latestSchemaVersion();
}

Database::Database(QString path, std::unique_ptr<SQLite::Database> db, bool rollbackJournal)
    : m_path(std::move(path)), m_db(std::move(db)), m_rollbackJournal(rollbackJournal)
{
}

Database::~Database() = default;

int Database::schemaVersion() const
{
    return m_db->execAndGet("PRAGMA user_version").getInt();
}

QString Database::journalNote() const
{
    if (!m_rollbackJournal)
        return {};
    return Tr::tr("This database is on a network drive, so Floorboard uses SQLite's rollback journal; "
                  "only one person should write at a time.");
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode, Journal journal)
{
    const QFileInfo info(path);
    const bool exists = info.exists() && info.size() > 0;
    // One rule for a file of 0 bytes (a failed download, a placeholder): it is
    // no database yet. Opening to create makes it one, as for a missing file;
    // every other opening says so and leaves it as it is.
    if (!exists && mode != Mode::CreateOrMigrate)
        return Error{info.exists() ? Tr::tr("is empty (0 bytes), not yet a Floorboard database; it was left untouched")
                                   : Tr::tr("no such database"),
                     path};
    if (exists) {
        auto p = probe(path);
        if (!p)
            return p.error();
        if (p->applicationId != kApplicationId && (p->hasTables || p->applicationId != 0))
            return Error{Tr::tr("is not a Floorboard database; it was left untouched"), path};
        if (p->userVersion > latestSchemaVersion())
            return Error{Tr::tr("was written by a newer Floorboard (schema version %1; this version reads up to %2); "
                                "it was left untouched")
                             .arg(p->userVersion)
                             .arg(latestSchemaVersion()),
                         path};
        if (mode == Mode::ReadOnly && p->userVersion < latestSchemaVersion())
            return Error{Tr::tr("has an older schema (version %1); open it once in Floorboard to upgrade it")
                             .arg(p->userVersion),
                         path};
    }
    const bool rollback = journal == Journal::Rollback || (journal == Journal::Detect && isOnNetworkFileSystem(path));
    try {
        // One connection per thread (never shared), so SQLite's own mutexes
        // are pure overhead: they cost about 8% of an import.
        const int flags =
            SQLite::OPEN_NOMUTEX |
            (mode == Mode::ReadOnly ? SQLite::OPEN_READONLY : (SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE));
        auto db = std::make_unique<SQLite::Database>(path.toStdString(), flags, 5000);
        if (!exists)
            db->exec("PRAGMA page_size = 8192"); // fewer, fuller B-tree pages for tables of millions of rows
        if (mode != Mode::ReadOnly) {
            // Every connection sets the mode, so a WAL database copied to a
            // share is switched back on its first opening there (and one
            // copied back to a local disk returns to WAL).
            if (rollback) {
                db->exec("PRAGMA journal_mode = DELETE");
                db->exec("PRAGMA synchronous = FULL"); // without WAL, NORMAL risks the file on power loss
            } else {
                db->exec("PRAGMA journal_mode = WAL");
                db->exec("PRAGMA synchronous = NORMAL");
            }
        }
        db->exec("PRAGMA foreign_keys = ON");
        db->exec("PRAGMA cache_size = -32000"); // 32 MB page cache
        if (mode != Mode::ReadOnly) {
            if (auto st = migrate(*db); !st)
                return Error{st.error().reason, path};
        }
        return std::unique_ptr<Database>(new Database(path, std::move(db), rollback));
    } catch (const SQLite::Exception& e) {
        return Error{Tr::tr("cannot be opened: %1").arg(QString::fromUtf8(e.what())), path};
    }
}

} // namespace fb::store
