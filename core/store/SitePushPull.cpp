// pushSite() and pullSite() (SiteTransfer.h): opening the two sides of a
// copy. The source is always opened read-only, so neither a lead's file nor
// the server is ever written by the side that is read (and an older or newer
// source is refused by Database::open with its own message); the target is
// created or upgraded to this version's schema first.
#include "store/Backup.h"
#include "store/Database.h"
#include "store/SiteTransfer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::SitePushPull)
};

bool sameDatabase(const QString& a, const QString& b)
{
    if (isSiteServerAddress(a) || isSiteServerAddress(b))
        return a.trimmed() == b.trimmed();
    const QFileInfo x(a);
    const QFileInfo y(b);
    if (x.exists() && y.exists())
        return x.canonicalFilePath() == y.canonicalFilePath();
    return x.absoluteFilePath() == y.absoluteFilePath();
}

Error sameDatabaseError()
{
    return Error::plain(Tr::tr("the source and the target are the same database; nothing was changed"));
}

// The database file and what SQLite may have left beside it.
void removeDatabaseFile(const QString& path)
{
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// Copies into a new file at `partial`, closed again before it returns.
Result<TransferReport> copyIntoNewFile(Database& source, const QString& partial, const TransferOptions& options)
{
    // The rollback journal: the new file is written by one transaction and
    // then closed, so it needs no -wal or -shm beside it (as a backup's copy).
    auto target = Database::open(partial, Database::Mode::CreateOrMigrate, Database::Journal::Rollback);
    if (!target)
        return target.error();
    return copySite(source, **target, options);
}

} // namespace

Result<TransferReport> pushSite(const QString& source, const QString& target, const TransferOptions& options)
{
    if (sameDatabase(source, target))
        return sameDatabaseError();
    auto from = Database::open(source, Database::Mode::ReadOnly);
    if (!from)
        return from.error();
    auto to = Database::open(target, Database::Mode::CreateOrMigrate);
    if (!to)
        return to.error();
    return copySite(**from, **to, options);
}

Result<TransferReport> pullSite(const QString& source, const QString& file, const TransferOptions& options)
{
    if (isSiteServerAddress(file))
        return Error::plain(Tr::tr("a pull writes a file, and the target is a site server's address; copy into a "
                                   "site server with a push; nothing was changed"));
    if (sameDatabase(source, file))
        return sameDatabaseError();
    if (QFileInfo::exists(file) && !options.replace)
        return Error(Tr::tr("already exists; nothing was written: pull into a new file, or replace this one"), file);
    auto from = Database::open(source, Database::Mode::ReadOnly);
    if (!from)
        return from.error();
    // Beside the file, so the last step is a rename within one folder.
    const QString partial = file + QStringLiteral(".partial");
    removeDatabaseFile(partial);
    auto report = copyIntoNewFile(**from, partial, options);
    if (!report) {
        removeDatabaseFile(partial);
        Error e = report.error();
        if (e.file == partial)
            e.file = file; // the temporary name means nothing to the person who asked
        return e;
    }
    if (auto st = moveIntoPlace(partial, file); !st)
        return st.error();
    return report;
}

} // namespace fb::store
