// floorboard-cli on a full disk and on read-only places, as the fault probe of
// issue 19 found them. A full disk is a 1 MB tmpfs and a read-only place a
// read-only bind mount, both made in a private mount namespace
// (`unshare -rm`); where the machine does not allow one, those tests skip and
// the injected write failures of tst_export and tst_importrules remain.
#include "FbTestSupport.h"
#include "ProcessRun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

using namespace fb;
using namespace fbtest;

namespace {

using Run = fbtest::ProcessRun;

// A shell line that mounts a filled 1 MB tmpfs at $MNT with $OLD copied
// into it first, so the old file is there and not one more byte fits.
const char* const kFullDisk = "mount -t tmpfs -o size=1m none \"$MNT\" || exit 90; "
                              "if [ -n \"$OLD\" ]; then cp \"$OLD\" \"$MNT/$NAME\" || exit 91; fi; "
                              "dd if=/dev/zero of=\"$MNT/fill\" bs=4096 2>/dev/null; ";

const char* const kAgentsHeader = "agent_id,name,team,supervisor,site,shift,hire_date,status,left_on\r\n";
const char* const kNewAgent = "A0100,New One,Billing,Jonas Weber,Leipzig,day,2024-01-02,active,\r\n";

// A shell line that makes $RO a read-only view of itself.
const char* const kReadOnly = "mount --bind \"$RO\" \"$RO\" && mount -o remount,bind,ro \"$RO\" \"$RO\" || exit 90; ";

} // namespace

class TestCliFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void exportOnFullDiskFailsAndKeepsOldFile();
    void rejectsOnFullDiskIsNoSuccess();
    void readOnlyMountIsReadAndNamedOnWrite();
    void readOnlyFileLeavesNoSharedMemoryFile();
    void killedDemoLeavesAllOrNothing();
    void killedImportLeavesAllOrNothing();
    void heldConnectionSurvivesCliProcesses();

private:
    // Runs `sh -c "<prefix> exec $FB --db $DB <args>"` in a private user
    // and mount namespace; exit code 90 means the mount was not allowed.
    Run inNamespace(const QString& prefix, const QStringList& args, const QStringList& env = {});
    Run run(const QString& program, const QStringList& args, const QStringList& env = {});
    void skipWithoutNamespaces();
    QString path(const QString& name) const { return m_dir->filePath(name); }
    // An empty database, as `init` makes it, for the demo to fill.
    bool seedEmpty() { return bool(openDb(m_db)); }
    bool seed(const QString& dbPath)
    {
        auto database = openDb(dbPath);
        return database && importExamples(*database);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliFaults::initTestCase()
{
#if !defined(Q_OS_UNIX)
    QSKIP("mount namespaces, tmpfs and setpriv are Linux tools");
#endif
}

void TestCliFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = path(QStringLiteral("fb.db"));
}

Run TestCliFaults::run(const QString& program, const QStringList& args, const QStringList& env)
{
    QProcessEnvironment e = fbtest::isolatedEnvironment(m_dir->path());
    e.insert(QStringLiteral("FLOORBOARD_DB"), path(QStringLiteral("default.db")));
    e.insert(QStringLiteral("FB"), QStringLiteral(FB_CLI));
    e.insert(QStringLiteral("DB"), m_db);
    for (const QString& kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    return fbtest::runProcess(program, args, e, 60000);
}

Run TestCliFaults::inNamespace(const QString& prefix, const QStringList& args, const QStringList& env)
{
    QStringList argv{QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"),
                     prefix + QStringLiteral("exec \"$FB\" --db \"$DB\" \"$@\""), QStringLiteral("sh")};
    return run(QStringLiteral("unshare"), argv + args, env);
}

void TestCliFaults::skipWithoutNamespaces()
{
    const QString probe = path(QStringLiteral("probe"));
    QDir().mkpath(probe);
    const Run r = run(QStringLiteral("unshare"),
                      {QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("mount -t tmpfs -o size=1m none \"$1\""), QStringLiteral("sh"), probe});
    if (r.exitCode != 0)
        QSKIP("this machine allows no private tmpfs or bind mount (unshare -rm); the injected write failures of "
              "tst_export and tst_importrules cover the full disk");
}

void TestCliFaults::exportOnFullDiskFailsAndKeepsOldFile()
{
    skipWithoutNamespaces();
    QVERIFY(seed(m_db));
    const QByteArray old = "agent_id,name\r\nold,the good file of yesterday\r\n";
    const QString oldFile = path(QStringLiteral("old.csv"));
    QVERIFY(writeFile(oldFile, old));
    const QString mnt = path(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(mnt));
    const QString target = mnt + QStringLiteral("/agents.csv");
    const QString after = path(QStringLiteral("after.csv"));
    // The file is copied out before the namespace (and its tmpfs) ends.
    const QString prefix = QString::fromLatin1(kFullDisk) +
                           QStringLiteral("\"$FB\" --db \"$DB\" \"$@\"; rc=$?; cp \"$MNT/$NAME\" \"$AFTER\"; "
                                          "ls -A \"$MNT\" > \"$AFTER.ls\"; exit $rc; ");
    const Run r = inNamespace(prefix, {QStringLiteral("export"), QStringLiteral("agents"), target},
                              {QStringLiteral("MNT=") + mnt, QStringLiteral("OLD=") + oldFile,
                               QStringLiteral("NAME=agents.csv"), QStringLiteral("AFTER=") + after});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err, QStringLiteral("error: %1: cannot write: No space left on device\n").arg(target));
    QCOMPARE(readAll(after), old);
    // No temporary file is left behind either.
    QCOMPARE(readAll(after + QStringLiteral(".ls")), QByteArray("agents.csv\nfill\n"));
}

void TestCliFaults::rejectsOnFullDiskIsNoSuccess()
{
    skipWithoutNamespaces();
    QVERIFY(seed(m_db));
    const auto before = dumpAll(m_db);
    const QString csv = path(QStringLiteral("agents.csv"));
    QVERIFY(writeFile(csv, QByteArray(kAgentsHeader) + kNewAgent +
                               "A0101,Bad Date,Billing,Jonas Weber,Leipzig,day,"
                               "2024-13-40,active,\r\n"));
    const QString mnt = path(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(mnt));
    const QString rejects = mnt + QStringLiteral("/rejects.csv");
    const QString listing = path(QStringLiteral("after.ls"));
    const QString prefix =
        QString::fromLatin1(kFullDisk) +
        QStringLiteral("\"$FB\" --db \"$DB\" \"$@\"; rc=$?; ls -A \"$MNT\" > \"$AFTER\"; exit $rc; ");
    const Run r = inNamespace(prefix,
                              {QStringLiteral("import"), QStringLiteral("agents"), csv,
                               QStringLiteral("--skip-invalid"), QStringLiteral("--rejects"), rejects},
                              {QStringLiteral("MNT=") + mnt, QStringLiteral("AFTER=") + listing});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.out.contains(QStringLiteral("Rejected rows were written")), qPrintable(r.out));
    QCOMPARE(r.err, QStringLiteral("error: %1: cannot write: No space left on device\n").arg(rejects));
    // The good row went back with the rejected one: nothing is lost, and
    // running the import again after freeing space does it all.
    QCOMPARE(dumpAll(m_db), before);
    QCOMPARE(readAll(listing), QByteArray("fill\n"));
}

void TestCliFaults::readOnlyMountIsReadAndNamedOnWrite()
{
    skipWithoutNamespaces();
    const QString ro = path(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(ro));
    m_db = ro + QStringLiteral("/fb.db");
    QVERIFY(seed(m_db));
    const QByteArray hash = sha256(m_db);
    const QStringList env{QStringLiteral("RO=") + ro};
    const QString prefix = QString::fromLatin1(kReadOnly);
    const QString note =
        QStringLiteral("note: %1 is read-only here (the file or its folder cannot be written): Floorboard only reads "
                       "it.\n")
            .arg(m_db);

    const Run info = inNamespace(prefix, {QStringLiteral("info"), QStringLiteral("--json")}, env);
    QCOMPARE(info.err, note);
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains(QStringLiteral("\"agents\":3")), qPrintable(info.out));
    const Run check = inNamespace(prefix, {QStringLiteral("check")}, env);
    QCOMPARE(check.err, note);
    QCOMPARE(check.out, QStringLiteral("All checks passed.\n"));
    const QString exported = path(QStringLiteral("agents.csv"));
    const Run exp = inNamespace(prefix, {QStringLiteral("export"), QStringLiteral("agents"), exported}, env);
    QCOMPARE(exp.err, note);
    QCOMPARE(exp.exitCode, 0);
    QByteArray canonical = readAll(examplePath(Kind::Agents));
    // With Floorboard's mark, the header's first name in quotes.
    QCOMPARE(readAll(exported), '"' + canonical.replace("agent_id,", "agent_id\",").replace("\n", "\r\n"));
    const QString copy = path(QStringLiteral("copy.db"));
    const Run backup = inNamespace(prefix, {QStringLiteral("backup"), copy}, env);
    QCOMPARE(backup.err, note);
    QCOMPARE(backup.exitCode, 0);

    // A write names the database, not a line of the CSV file.
    const Run import = inNamespace(prefix, {QStringLiteral("import"), QStringLiteral("agents"), exported}, env);
    QCOMPARE(import.exitCode, 1);
    QCOMPARE(import.err,
             QStringLiteral("error: %1: cannot be written: the file or its folder is read-only; nothing was changed\n")
                 .arg(m_db));
    QCOMPARE(sha256(m_db), hash);
    // Nothing was left beside it (no -wal, no -shm) by any of the commands.
    QCOMPARE(QDir(ro).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("fb.db")});
    QCOMPARE(dumpAll(copy), dumpAll(m_db)); // last: this raw reader leaves a -shm of its own
}

void TestCliFaults::readOnlyFileLeavesNoSharedMemoryFile()
{
    QVERIFY(seed(m_db));
    QVERIFY(QFile::setPermissions(m_db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    // root may write any file, so the reader runs as nobody there; the folder
    // stays writable for it, as a shared folder would be.
#if defined(Q_OS_UNIX)
    const bool root = geteuid() == 0;
#else
    const bool root = false;
#endif
    Run read;
    if (root) {
        QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::Permissions(0x7777)));
        read = run(QStringLiteral("setpriv"),
                   {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                    QStringLiteral(FB_CLI), QStringLiteral("--db"), m_db, QStringLiteral("info")});
    } else {
        read = run(QStringLiteral(FB_CLI), {QStringLiteral("--db"), m_db, QStringLiteral("info")});
    }
    QCOMPARE(read.err, QStringLiteral("note: %1 is read-only here (the file or its folder cannot be written): "
                                      "Floorboard only reads it.\n")
                           .arg(m_db));
    QCOMPARE(read.exitCode, 0);
    QVERIFY(!QFile::exists(m_db + QStringLiteral("-shm")));
    QVERIFY(!QFile::exists(m_db + QStringLiteral("-wal")));

    // Writable again, the next writer is not blocked by anything the reader left.
    QVERIFY(QFile::setPermissions(m_db, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    const QString csv = path(QStringLiteral("agents.csv"));
    QVERIFY(writeFile(csv, QByteArray(kAgentsHeader) + kNewAgent));
    const Run write = run(QStringLiteral(FB_CLI),
                          {QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("agents"), csv});
    QCOMPARE(write.err, QString());
    QCOMPARE(write.exitCode, 0);
}

void TestCliFaults::killedDemoLeavesAllOrNothing()
{
    const QStringList demo{QStringLiteral("--db"), m_db,
                           QStringLiteral("demo"), QStringLiteral("--agents"),
                           QStringLiteral("20"),   QStringLiteral("--weeks"),
                           QStringLiteral("12"),   QStringLiteral("--seed"),
                           QStringLiteral("7")};
    const std::string counts = "SELECT (SELECT count(*) FROM agents), (SELECT count(*) FROM interactions), "
                               "(SELECT count(*) FROM qa_evaluations), (SELECT count(*) FROM calibration_sessions)";
    // The whole run, to know its length and what a complete site holds.
    QElapsedTimer timer;
    timer.start();
    const Run whole = run(QStringLiteral(FB_CLI), demo);
    const qint64 length = timer.elapsed();
    QCOMPARE(whole.exitCode, 0);
    const QStringList complete = dump(m_db, counts);
    QVERIFY2(!complete.first().endsWith(QStringLiteral("|0")), qPrintable(complete.first())); // has sessions
    // SIGKILL spread over the run, from its start to just past its end: the
    // database holds nothing or the whole site, and `check` passes.
    const QStringList empty{QStringLiteral("0|0|0|0")};
    int nothing = 0;
    for (int i = 0; i < 12; ++i) {
        QVERIFY(QFile::remove(m_db));
        QFile::remove(m_db + QStringLiteral("-wal"));
        QFile::remove(m_db + QStringLiteral("-shm"));
        QVERIFY(seedEmpty());
        QProcess p;
        p.start(QStringLiteral(FB_CLI), demo);
        QVERIFY(p.waitForStarted());
        QTest::qWait(int(length * i / 10));
        p.kill();
        p.waitForFinished();
        const QStringList found = dump(m_db, counts);
        QVERIFY2(found == empty || found == complete, qPrintable(found.join(u' ')));
        if (found == empty)
            ++nothing;
        const Run check = run(QStringLiteral(FB_CLI), {QStringLiteral("--db"), m_db, QStringLiteral("check")});
        QCOMPARE(check.out, QStringLiteral("All checks passed.\n"));
    }
    QVERIFY(nothing > 0); // at least the kill at the start came before the commit
}

void TestCliFaults::killedImportLeavesAllOrNothing()
{
    // A demo site as CSV files: agents first (untimed), then the interactions.
    const QString csvDir = path(QStringLiteral("site"));
    QCOMPARE(run(QStringLiteral(FB_CLI),
                 {QStringLiteral("demo"), QStringLiteral("--agents"), QStringLiteral("40"), QStringLiteral("--weeks"),
                  QStringLiteral("16"), QStringLiteral("--csv-dir"), csvDir})
                 .exitCode,
             0);
    const QString base = path(QStringLiteral("base.db"));
    QCOMPARE(run(QStringLiteral(FB_CLI), {QStringLiteral("--db"), base, QStringLiteral("import"),
                                          QStringLiteral("agents"), csvDir + QStringLiteral("/agents.csv")})
                 .exitCode,
             0);
    const QStringList import{QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("interactions"),
                             csvDir + QStringLiteral("/interactions.csv")};
    const std::string counts =
        "SELECT (SELECT count(*) FROM interactions), (SELECT count(*) FROM interaction_rollups), "
        "(SELECT count(*) FROM import_log)";
    auto fresh = [&] {
        QFile::remove(m_db);
        QFile::remove(m_db + QStringLiteral("-wal"));
        QFile::remove(m_db + QStringLiteral("-shm"));
        return QFile::copy(base, m_db);
    };
    QVERIFY(fresh());
    const QStringList before = dump(m_db, counts);
    QElapsedTimer timer;
    timer.start();
    const Run whole = run(QStringLiteral(FB_CLI), import);
    const qint64 length = timer.elapsed();
    QCOMPARE(whole.exitCode, 0);
    const QStringList complete = dump(m_db, counts);
    QVERIFY(complete != before);
    // SIGKILL at 20 points from the start to just past the end of a whole run.
    int nothing = 0;
    for (int i = 0; i < 20; ++i) {
        QVERIFY(fresh());
        QProcess p;
        p.start(QStringLiteral(FB_CLI), import);
        QVERIFY(p.waitForStarted());
        QTest::qWait(int(length * i / 18));
        p.kill();
        p.waitForFinished();
        const QStringList found = dump(m_db, counts);
        QVERIFY2(found == before || found == complete, qPrintable(found.join(u' ')));
        if (found == before)
            ++nothing;
        const Run check = run(QStringLiteral(FB_CLI), {QStringLiteral("--db"), m_db, QStringLiteral("check")});
        QCOMPARE(check.out, QStringLiteral("All checks passed.\n"));
    }
    QVERIFY(nothing > 0); // at least the kill at the start came before the commit
}

// The window holds the database open on its worker thread and opens more
// connections as pages appear, while floorboard-cli reads and writes the same
// file. Nothing in this process may drop SQLite's POSIX locks (closing any
// other descriptor of the file would): a CLI process would then think itself
// the last user, delete the -wal and -shm files, and leave the window with
// "disk I/O error" (issue 19, item 8).
void TestCliFaults::heldConnectionSurvivesCliProcesses()
{
    QVERIFY(seed(m_db));
    auto held = store::Database::open(m_db, store::Database::Mode::ExistingOnly);
    QVERIFY(held);
    QCOMPARE(counts(**held).at(QStringLiteral("agents")), qint64(3));
    {
        // A page opening its own connection, then closing it.
        auto page = store::Database::open(m_db, store::Database::Mode::Read);
        QVERIFY(page);
        QCOMPARE(counts(**page).at(QStringLiteral("agents")), qint64(3));
    }
    const QString csv = path(QStringLiteral("agents.csv"));
    QVERIFY(writeFile(csv, QByteArray(kAgentsHeader) + kNewAgent));
    const QStringList db{QStringLiteral("--db"), m_db};
    QCOMPARE(run(QStringLiteral(FB_CLI), db + QStringList{QStringLiteral("info")}).exitCode, 0);
    const Run import =
        run(QStringLiteral(FB_CLI), db + QStringList{QStringLiteral("import"), QStringLiteral("agents"), csv});
    QCOMPARE(import.err, QString());
    QCOMPARE(import.exitCode, 0);
    QCOMPARE(run(QStringLiteral(FB_CLI), db + QStringList{QStringLiteral("check")}).out,
             QStringLiteral("All checks passed.\n"));
    // The held connection still shares the journal with the others: it sees
    // the CLI's row, and its own write is seen by the CLI.
    QVERIFY(QFile::exists(m_db + QStringLiteral("-wal")));
    QVERIFY(QFile::exists(m_db + QStringLiteral("-shm")));
    QCOMPARE(counts(**held).at(QStringLiteral("agents")), qint64(4));
    QVERIFY(importFile(**held, Kind::Interactions, examplePath(Kind::Interactions))->committed);
    const Run info = run(QStringLiteral(FB_CLI), db + QStringList{QStringLiteral("info"), QStringLiteral("--json")});
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains(QStringLiteral("\"agents\":4")), qPrintable(info.out));
}

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"
