#include "store/DatabaseProbe.h"

#include "store/Database.h"
#include "store/InteractionIndexes.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <mutex>
#include <tuple>
#include <vector>

namespace fb::store {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::Database)
};

// One row of sqlite_schema: type, name, table and the statement that made it.
using SchemaObject = std::tuple<std::string, std::string, std::string, std::string>;
using Schema = std::vector<SchemaObject>;

Schema readSchema(SQLite::Database& db)
{
    // SQLite makes these itself (AUTOINCREMENT, ANALYZE, PRAGMA optimize);
    // they hold statistics, never code.
    SQLite::Statement st(db, "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema "
                             "WHERE NOT (type = 'table' AND name IN ('sqlite_sequence', 'sqlite_stat1', "
                             "'sqlite_stat2', 'sqlite_stat3', 'sqlite_stat4')) ORDER BY type, name");
    Schema out;
    while (st.executeStep())
        out.emplace_back(st.getColumn(0).getString(), st.getColumn(1).getString(), st.getColumn(2).getString(),
                         st.getColumn(3).getString());
    return out;
}

// Floorboard's schema at `version`, made once per process by running the
// migrations on an empty database in memory: the same statements that made
// every genuine file of that version.
Result<Schema> expectedSchema(int version)
{
    static std::mutex mutex;
    static std::map<int, Schema> cache;
    const std::lock_guard lock(mutex);
    if (auto it = cache.find(version); it != cache.end())
        return it->second;
    SQLite::Database memory(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    if (auto st = migrate(memory, version); !st)
        return st.error();
    return cache.emplace(version, readSchema(memory)).first->second;
}

// The first difference between a file's schema and the expected one, in words.
QString schemaDifference(const Schema& found, const Schema& expected)
{
    const auto kindAndName = [](const SchemaObject& o) {
        return QStringLiteral("%1 %2").arg(QString::fromStdString(std::get<0>(o)),
                                           QString::fromStdString(std::get<1>(o)));
    };
    for (const auto& o : found) {
        const auto same = std::find_if(expected.begin(), expected.end(), [&](const SchemaObject& e) {
            return std::get<0>(e) == std::get<0>(o) && std::get<1>(e) == std::get<1>(o);
        });
        if (same == expected.end())
            return Tr::tr("it has an extra %1").arg(kindAndName(o));
        if (*same != o)
            return Tr::tr("its %1 differs from Floorboard's").arg(kindAndName(o));
    }
    for (const auto& e : expected) {
        // Built the first time a reader needs them, so a genuine file may lack them.
        if (std::get<0>(e) == "index" && isLazyInteractionIndex(std::get<1>(e)))
            continue;
        if (std::find(found.begin(), found.end(), e) == found.end())
            return Tr::tr("it lacks the %1").arg(kindAndName(e));
    }
    return {};
}

quint32 bigEndian(const QByteArray& bytes, int at, int size)
{
    quint32 v = 0;
    for (int i = 0; i < size; ++i)
        v = (v << 8) | static_cast<quint8>(bytes[at + i]);
    return v;
}

// Why SQLite found the file damaged, in words: a file shorter than its header
// says lost its end (a cut copy or download). Read with a file handle of its
// own only here, for a file already refused: closing such a handle drops
// every POSIX lock this process holds on the file, SQLite's included, so a
// database in use is never opened this way.
QString damage(const QString& path, const SQLite::Exception& e)
{
    QFile file(path);
    const QByteArray header = file.open(QIODevice::ReadOnly) ? file.read(100) : QByteArray();
    if (header.size() == 100) {
        quint32 pageSize = bigEndian(header, 16, 2);
        if (pageSize == 1)
            pageSize = 65536;
        const quint32 pages = bigEndian(header, 28, 4);
        // The count is valid only when the change counter matches "version valid for".
        const bool countValid = pages > 0 && bigEndian(header, 24, 4) == bigEndian(header, 92, 4);
        const qint64 expected = qint64(pages) * pageSize;
        if (countValid && file.size() < expected)
            return Tr::tr("is truncated (%1 of %2 bytes); it was left untouched").arg(file.size()).arg(expected);
    }
    return Tr::tr("is damaged (%1); it was left untouched").arg(QString::fromUtf8(e.what()));
}

} // namespace

bool noWriterBeside(const QString& path)
{
    return !QFileInfo::exists(path + QStringLiteral("-wal")) && !QFileInfo::exists(path + QStringLiteral("-journal"));
}

bool canWriteDatabase(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isWritable())
        return false;
#if defined(Q_OS_UNIX)
    // On Windows a folder's read-only attribute only customises Explorer.
    if (!QFileInfo(info.absolutePath()).isWritable())
        return false;
#endif
    return true;
}

std::string readOnlyUri(const QString& path, bool immutable)
{
    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    url.setQuery(immutable ? QStringLiteral("mode=ro&immutable=1") : QStringLiteral("mode=ro"));
    return url.toEncoded().toStdString();
}

void configureSqliteOnce()
{
    // A function-local static: the first caller configures, every other
    // thread waits for it. Refused (SQLITE_MISUSE) when something opened a
    // connection before; SQLite then keeps its defaults, which are correct.
    static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    (void)configured;
}

void hardenConnection(SQLite::Database& db)
{
    sqlite3_db_config(db.getHandle(), SQLITE_DBCONFIG_DEFENSIVE, 1, static_cast<int*>(nullptr));
    db.exec("PRAGMA trusted_schema = OFF");
}

Result<ProbedFile> probeDatabaseFile(const QString& path)
{
    // Without a -wal or -journal beside it no connection is writing the file,
    // so it is read immutable: no locks, and no -wal or -shm made beside a
    // file that may be damaged or not ours. A truncated file fails here
    // (SQLITE_CORRUPT: its header counts more pages than it holds).
    const bool quiet = noWriterBeside(path);
    configureSqliteOnce();
    try {
        SQLite::Database db(readOnlyUri(path, quiet), SQLite::OPEN_READONLY | SQLite::OPEN_URI);
        hardenConnection(db);
        ProbedFile p;
        const int applicationId = db.execAndGet("PRAGMA application_id").getInt();
        p.userVersion = db.execAndGet("PRAGMA user_version").getInt();
        const Schema schema = readSchema(db);
        if (applicationId != kApplicationId) {
            // An SQLite file with nothing in it and no marks becomes a
            // database; anything else belongs to someone else.
            if (!schema.empty() || applicationId != 0)
                return Error{Tr::tr("is not a Floorboard database; it was left untouched"), path};
            if (p.userVersion != 0)
                return Error{Tr::tr("is not a Floorboard database (an empty SQLite file without Floorboard's mark, "
                                    "user_version %1); it was left untouched")
                                 .arg(p.userVersion),
                             path};
            return p;
        }
        if (p.userVersion > latestSchemaVersion())
            return Error{Tr::tr("was written by a newer Floorboard (schema version %1; this version reads up to %2); "
                                "it was left untouched")
                             .arg(p.userVersion)
                             .arg(latestSchemaVersion()),
                         path};
        auto expected = expectedSchema(p.userVersion);
        if (!expected)
            return Error{expected.error().reason, path};
        if (const QString difference = schemaDifference(schema, expected.value()); !difference.isEmpty())
            return Error{Tr::tr("is not a genuine Floorboard database: %1 (schema version %2); it was left untouched")
                             .arg(difference)
                             .arg(p.userVersion),
                         path};
        p.floorboard = true;
        return p;
    } catch (const SQLite::Exception& e) {
        if (e.getErrorCode() == SQLITE_NOTADB)
            return Error{Tr::tr("is not a Floorboard database (not an SQLite file); it was left untouched"), path};
        if (e.getErrorCode() == SQLITE_CORRUPT)
            return Error{damage(path, e), path};
        return Error{Tr::tr("cannot be read: %1").arg(QString::fromUtf8(e.what())), path};
    }
}

} // namespace fb::store
