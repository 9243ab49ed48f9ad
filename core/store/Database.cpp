#include "store/Database.h"

#include "store/DatabaseProbe.h"
#include "store/Migrations.h"
#include "store/NetworkFs.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QDir>
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

} // namespace

int currentSchemaVersion()
{
    return latestSchemaVersion();
}

Database::Database(QString path, std::unique_ptr<SQLite::Database> db, bool rollbackJournal, bool readOnly,
                   bool notWritable)
    : m_path(std::move(path)), m_db(std::move(db)), m_connection(sql::overSqlite(*m_db, m_path)),
      m_rollbackJournal(rollbackJournal), m_readOnly(readOnly), m_notWritable(notWritable)
{
}

Database::~Database() = default;

int Database::schemaVersion() const
{
    const auto version = storedSchemaVersion(*m_connection);
    return version ? *version : 0;
}

QString Database::journalNote() const
{
    if (!m_rollbackJournal)
        return {};
    return Tr::tr("This database is on a network drive, so Floorboard uses SQLite's rollback journal; "
                  "only one person should write at a time.");
}

QString Database::readOnlyNote() const
{
    if (!m_notWritable)
        return {};
    return Tr::tr("%1 is read-only here (the file or its folder cannot be written): Floorboard only reads it.")
        .arg(QDir::toNativeSeparators(m_path));
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode, Journal journal)
{
    if (isSiteServerAddress(path))
        return openSite(path, mode);
    const QFileInfo info(path);
    const bool exists = info.exists() && info.size() > 0;
    // One rule for a file of 0 bytes (a failed download, a placeholder): it is
    // no database yet. Opening to create makes it one, as for a missing file;
    // every other opening says so and leaves it as it is.
    if (!exists && mode != Mode::CreateOrMigrate)
        return Error{info.exists() ? Tr::tr("is empty (0 bytes), not yet a Floorboard database; it was left untouched")
                                   : Tr::tr("no such database"),
                     path};
    const bool writable = canWriteDatabase(path);
    if (!writable && (mode == Mode::CreateOrMigrate || mode == Mode::ExistingOnly))
        return Error{Tr::tr("cannot be written: the file or its folder is read-only; nothing was changed"), path};
    const bool readOnly = mode == Mode::ReadOnly || (mode == Mode::Read && !writable);
    if (exists) {
        auto p = probeDatabaseFile(path);
        if (!p)
            return p.error();
        if (readOnly && p->userVersion < latestSchemaVersion())
            return Error{p->floorboard
                             ? Tr::tr("has an older schema (version %1); open it once in Floorboard to upgrade it")
                                   .arg(p->userVersion)
                             : Tr::tr("is an empty SQLite file, not yet a Floorboard database; it was left untouched"),
                         path};
    }
    const bool rollback = journal == Journal::Rollback || (journal == Journal::Detect && isOnNetworkFileSystem(path));
    configureSqliteOnce();
    try {
        // One connection per thread (never shared), so SQLite's own mutexes
        // are pure overhead: they cost about 8% of an import.
        std::unique_ptr<SQLite::Database> db;
        if (readOnly) {
            // A file nobody can be writing (no -wal or -journal beside it, and
            // not writable here) is opened immutable: SQLite then needs no
            // -shm, which a read-only folder could not hold and which, made
            // read-only beside a read-only file, would block later writers.
            const bool immutable = !writable && noWriterBeside(path);
            db = std::make_unique<SQLite::Database>(
                readOnlyUri(path, immutable), SQLite::OPEN_READONLY | SQLite::OPEN_URI | SQLite::OPEN_NOMUTEX, 5000);
        } else {
            db = std::make_unique<SQLite::Database>(
                path.toStdString(), SQLite::OPEN_NOMUTEX | SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, 5000);
        }
        hardenConnection(*db);
        if (!exists)
            db->exec("PRAGMA page_size = 8192"); // fewer, fuller B-tree pages for tables of millions of rows
        if (!readOnly) {
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
        if (!readOnly) {
            if (auto st = migrate(*db); !st)
                return Error{st.error().reason, path};
        }
        return std::unique_ptr<Database>(new Database(path, std::move(db), rollback, readOnly, !writable));
    } catch (const SQLite::Exception& e) {
        return Error{Tr::tr("cannot be opened: %1").arg(QString::fromUtf8(e.what())), path};
    }
}

} // namespace fb::store
