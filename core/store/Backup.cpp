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

Status backupTo(Database& db, const QString& target)
{
    const QFileInfo targetInfo(target);
    if (targetInfo.absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        return Error{
            QCoreApplication::translate("fb::store::Backup", "is the open database itself; choose another file"),
            target};
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
        std::error_code ec;
        std::filesystem::rename(std::filesystem::path(partial.toStdString()),
                                std::filesystem::path(target.toStdString()), ec);
        if (ec) {
            QFile::remove(partial);
            return Error{QCoreApplication::translate("fb::store::Backup", "cannot be written: %1")
                             .arg(QString::fromStdString(ec.message())),
                         target};
        }
        return {};
    } catch (const SQLite::Exception& e) {
        QFile::remove(partial);
        return Error{
            QCoreApplication::translate("fb::store::Backup", "cannot be written: %1").arg(QString::fromUtf8(e.what())),
            target};
    }
}

} // namespace fb::store
