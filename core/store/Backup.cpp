#include "store/Backup.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <filesystem>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::Backup)
};

} // namespace

Status moveIntoPlace(const QString& partial, const QString& target)
{
    // std::filesystem::rename replaces an existing target in one step
    // (QFile::rename refuses to). The paths go through Qt's UTF-16, not
    // toStdString(): on Windows a narrow path is read in the ANSI code
    // page and C:\Users\Zoë would name another folder. (SQLite takes UTF-8
    // on every platform, so toStdString() is right for its paths.)
    std::error_code ec;
    std::filesystem::rename(QFileInfo(partial).filesystemAbsoluteFilePath(),
                            QFileInfo(target).filesystemAbsoluteFilePath(), ec);
    if (!ec)
        return {};
    QFile::remove(partial);
    // The system's message is in the local 8-bit encoding (the ANSI code page on Windows).
    return Error{Tr::tr("cannot be written: %1").arg(QString::fromLocal8Bit(ec.message())), target};
}

Status backupTo(Database& db, const QString& target)
{
    const QFileInfo targetInfo(target);
    if (targetInfo.absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        return Error{Tr::tr("is the open database itself; choose another file"), target};
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    try {
        {
            SQLite::Database copy(partial.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            SQLite::Backup backup(copy, db.sql());
            // Copy in steps so writers are only briefly held back; a write
            // during the copy makes SQLite restart it, so the result is
            // always one consistent snapshot.
            while (backup.executeStep(1024) != SQLITE_DONE) {
            }
            copy.exec("PRAGMA journal_mode = DELETE");
        }
        return moveIntoPlace(partial, target);
    } catch (const SQLite::Exception& e) {
        QFile::remove(partial);
        return Error{Tr::tr("cannot be written: %1").arg(QString::fromUtf8(e.what())), target};
    }
}

} // namespace fb::store
