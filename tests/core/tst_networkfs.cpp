// Databases on network shares: which file systems count as network ones, and
// that such a database is opened with SQLite's rollback journal (and says
// so) while one on a local disk keeps WAL. Also where the default databases live.
#include "FbTestSupport.h"
#include "store/DataFolder.h"
#include "store/NetworkFs.h"

#include <QStandardPaths>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <SQLiteCpp/Database.h>

using namespace fb;
using store::Database;

Q_DECLARE_METATYPE(fb::store::Database::Journal)

namespace {

const QString kNote = QStringLiteral("This database is on a network drive, so Floorboard uses SQLite's rollback "
                                     "journal; only one person should write at a time.");

QString journalMode(Database& db)
{
    return QString::fromStdString(db.sql().execAndGet("PRAGMA journal_mode").getString());
}

bool tempIsOnNetwork(const QString& dir)
{
    return store::isNetworkFileSystemType(QString::fromLatin1(QStorageInfo(dir).fileSystemType()));
}

} // namespace

class TestNetworkFs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void classifiesFileSystemTypes_data();
    void classifiesFileSystemTypes();
    void recognisesUncPaths_data();
    void recognisesUncPaths();
    void journalFollowsTheChoice_data();
    void journalFollowsTheChoice();
    void detectionKeepsWalOnLocalDisk();
    void defaultDataFolderIsLocal();
};

void TestNetworkFs::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Floorboard"));
    QCoreApplication::setApplicationName(QStringLiteral("Floorboard"));
    QStandardPaths::setTestModeEnabled(true);
}

void TestNetworkFs::classifiesFileSystemTypes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("network");
    for (const char* t : {"nfs",   "nfs4", "NFS",         "cifs",       "smb3",   "smb2",        "smbfs",
                          "9p",    "afs",  "ncpfs",       "fuse.sshfs", "davfs",  "fuse.davfs2", "webdav",
                          "afpfs", "ceph", "fuse.rclone", "glusterfs",  "vboxsf", " nfs4 "})
        QTest::newRow(t) << QString::fromLatin1(t) << true;
    for (const char* t : {"",     "ext4",           "ext2/ext3", "btrfs",    "xfs",         "zfs",   "tmpfs", "overlay",
                          "NTFS", "ReFS",           "FAT32",     "exFAT",    "apfs",        "hfs",   "vfat",  "fuseblk",
                          "fuse", "fuse.gocryptfs", "nfsd",      "squashfs", "fuse.sshfsx", "sshfs2"})
        QTest::newRow(*t ? t : "(empty)") << QString::fromLatin1(t) << false;
}

void TestNetworkFs::classifiesFileSystemTypes()
{
    QFETCH(QString, type);
    QFETCH(bool, network);
    QCOMPARE(store::isNetworkFileSystemType(type), network);
}

void TestNetworkFs::recognisesUncPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("unc");
    QTest::newRow("backslashes") << "\\\\server\\share\\site.floorboard" << true;
    QTest::newRow("forward slashes (Qt's form)") << "//server/share/site.floorboard" << true;
    QTest::newRow("share root") << "\\\\fileserver\\teams" << true;
    QTest::newRow("long-path UNC") << "\\\\?\\UNC\\server\\share\\site.floorboard" << true;
    QTest::newRow("long-path UNC, lower case") << "\\\\?\\unc\\server\\share\\x" << true;
    QTest::newRow("long-path drive") << "\\\\?\\C:\\Users\\Zo\u00eb\\site.floorboard" << false;
    QTest::newRow("device path") << "\\\\.\\pipe\\floorboard" << false;
    QTest::newRow("drive letter") << "C:\\Users\\Zo\u00eb\\site.floorboard" << false;
    QTest::newRow("drive letter, forward slashes") << "Z:/site.floorboard" << false;
    QTest::newRow("POSIX absolute") << "/home/zoe/site.floorboard" << false;
    QTest::newRow("relative") << "site.floorboard" << false;
    QTest::newRow("three separators") << "\\\\\\server" << false;
    QTest::newRow("two separators only") << "\\\\" << false;
    QTest::newRow("empty") << "" << false;
}

void TestNetworkFs::recognisesUncPaths()
{
    QFETCH(QString, path);
    QFETCH(bool, unc);
    QCOMPARE(store::isUncPath(path), unc);
}

void TestNetworkFs::journalFollowsTheChoice_data()
{
    QTest::addColumn<Database::Journal>("before"); // how an earlier opening left the file
    QTest::addColumn<Database::Journal>("journal");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("rollback");
    QTest::addColumn<QString>("note");
    using J = Database::Journal;
    QTest::newRow("new file on a share") << J::Rollback << J::Rollback << "delete" << true << kNote;
    QTest::newRow("new file, WAL") << J::Wal << J::Wal << "wal" << false << QString();
    QTest::newRow("WAL file moved to a share") << J::Wal << J::Rollback << "delete" << true << kNote;
    QTest::newRow("share file moved to a local disk") << J::Rollback << J::Wal << "wal" << false << QString();
}

void TestNetworkFs::journalFollowsTheChoice()
{
    QFETCH(Database::Journal, before);
    QFETCH(Database::Journal, journal);
    QFETCH(QString, mode);
    QFETCH(bool, rollback);
    QFETCH(QString, note);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("site.floorboard"));
    {
        auto first = Database::open(path, Database::Mode::CreateOrMigrate, before);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
    }
    auto db = Database::open(path, Database::Mode::ExistingOnly, journal);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    QCOMPARE(journalMode(**db), mode);
    QCOMPARE((*db)->usesRollbackJournal(), rollback);
    QCOMPARE((*db)->journalNote(), note);
    // The mode is kept in the file: a plain SQLite connection sees it too.
    SQLite::Database raw(path.toStdString(), SQLite::OPEN_READONLY);
    QCOMPARE(QString::fromStdString(raw.execAndGet("PRAGMA journal_mode").getString()), mode);
}

void TestNetworkFs::detectionKeepsWalOnLocalDisk()
{
    QTemporaryDir dir;
    if (tempIsOnNetwork(dir.path()))
        QSKIP("the temporary folder is on a network file system here");
    const QString path = dir.filePath(QStringLiteral("local.floorboard"));
    QVERIFY(!store::isOnNetworkFileSystem(path)); // not there yet: its folder decides
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    QVERIFY(!store::isOnNetworkFileSystem(path));
    QCOMPARE(journalMode(**db), QStringLiteral("wal"));
    QVERIFY(!(*db)->usesRollbackJournal());
    QCOMPARE((*db)->journalNote(), QString());
}

void TestNetworkFs::defaultDataFolderIsLocal()
{
    QCOMPARE(store::defaultDataFolder(), QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
#ifndef Q_OS_WIN
    // Outside Windows the roaming and local folders are one, so databases of
    // earlier versions (kept in AppDataLocation) are still found.
    QCOMPARE(store::defaultDataFolder(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
#endif
#ifdef Q_OS_LINUX
    QVERIFY(store::defaultDataFolder().endsWith(QStringLiteral("/share/Floorboard/Floorboard")));
#endif
}

QTEST_GUILESS_MAIN(TestNetworkFs)
#include "tst_networkfs.moc"
