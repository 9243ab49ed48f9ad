// floorboard-cli site push and pull, as a site manager runs them: the tables
// and rows copied and the verification on standard output, and every refusal
// with its exact message and nothing written. On the SQLite run the SITE is
// a file; on tst_site_cli_postgresql it is a database of the throwaway
// cluster (and the test skips, exit 77, without one).
#include "FbTestSupport.h"
#include "ProcessRun.h"
#include "store/Migrations.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <SQLiteCpp/Database.h>

class TestSiteCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void help_data();
    void help();
    void pushThenPullPrintsEveryTable();
    void refusals_data();
    void refusals();

private:
    fbtest::ProcessRun cli(const QStringList& args) const
    {
        return fbtest::runProcess(QStringLiteral(FB_CLI), args, fbtest::isolatedEnvironment(m_dir.path()));
    }
    [[nodiscard]] QString path(const QString& name) const { return m_dir.filePath(name); }
    // A site server on the PostgreSQL run (a fresh database per name), else a file.
    [[nodiscard]] QString site(const QString& name) const { return fb::test::storeAddress(path(name)); }
    [[nodiscard]] QString demo() const { return path(QStringLiteral("demo.db")); }
    // The files of the folder, for "nothing was written".
    [[nodiscard]] QStringList files() const { return QDir(m_dir.path()).entryList(QDir::Files, QDir::Name); }
    QTemporaryDir m_dir;
};

void TestSiteCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto r =
        cli({"--db", demo(), "demo", "--agents", "12", "--teams", "3", "--weeks", "4", "--contacts-per-week", "20"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestSiteCli::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("firstLine");
    QTest::newRow("site") << QStringList{"site", "--help"} << "Usage: floorboard-cli site SUBCOMMAND [options]";
    QTest::newRow("push") << QStringList{"site", "push", "--help"} << "Usage: floorboard-cli site push [options] FILE";
    QTest::newRow("pull") << QStringList{"site", "pull", "--help"} << "Usage: floorboard-cli site pull [options] SITE";
}

void TestSiteCli::help()
{
    QFETCH(QStringList, args);
    QFETCH(QString, firstLine);
    const auto r = cli(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.section(QLatin1Char('\n'), 0, 0), firstLine);
    QCOMPARE(r.err, QString());
}

void TestSiteCli::pushThenPullPrintsEveryTable()
{
    const QString server = site(QStringLiteral("server.db"));
    const QString back = path(QStringLiteral("back.db"));
    auto r = cli({"site", "push", demo(), "--to", server});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList lines = r.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), QStringLiteral("Copied 3013 rows of 43 tables from %1 to %2:").arg(demo(), server));
    QVERIFY(lines.contains(QStringLiteral("  interactions                    1035")));
    QVERIFY(lines.contains(QStringLiteral("  agents                            12")));
    QVERIFY(lines.contains(QStringLiteral("Verified: every table holds as many rows as in the source, and the "
                                          "checks find the same 0 problems on both sides.")));
    QVERIFY(QRegularExpression(QStringLiteral("^Took \\d+\\.\\d s \\(\\d+ rows/s\\)\\.$"))
                .match(lines.at(lines.size() - 2))
                .hasMatch());
    const QStringList pushedTables = lines.mid(1, 43);

    r = cli({"site", "pull", server, "--to", back});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    lines = r.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), QStringLiteral("Copied 3013 rows of 43 tables from %1 to %2:").arg(server, back));
    QCOMPARE(lines.mid(1, 43), pushedTables);
    // The pulled file is a whole site: `check` passes, the export is the source's.
    r = cli({"--db", back, "check"});
    QCOMPARE(r.out, QString("All checks passed.\n"));
    for (const QString& db : {demo(), back})
        QCOMPARE(cli({"--db", db, "export", "interactions", db + QStringLiteral(".csv")}).exitCode, 0);
    QCOMPARE(fbtest::sha256(back + QStringLiteral(".csv")), fbtest::sha256(demo() + QStringLiteral(".csv")));
}

void TestSiteCli::refusals_data()
{
    QTest::addColumn<QString>("case_");
    for (const char* c : {"no --to", "unknown subcommand", "existing file", "site held", "older schema", "no server"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TestSiteCli::refusals()
{
    QFETCH(QString, case_);
    const QString nowhereDir = path(QStringLiteral("no-server"));
    const QString nowhere = QStringLiteral("host=%1 port=5432 dbname=site").arg(nowhereDir);
    QStringList args;
    QString error;
    int code = 1;
    if (case_ == QLatin1String("no --to")) {
        args = QStringList{"site", "push", demo()};
        error = "error: --to is required (see floorboard-cli site push --help)\n";
        code = 2;
    } else if (case_ == QLatin1String("unknown subcommand")) {
        args = QStringList{"site", "shove", demo()};
        error = "error: unknown site subcommand 'shove'\n";
        code = 2;
    } else if (case_ == QLatin1String("existing file")) {
        QVERIFY(fbtest::writeFile(path(QStringLiteral("mine.db")), "mine"));
        args = QStringList{"site", "pull", demo(), "--to", path(QStringLiteral("mine.db"))};
        error = QStringLiteral("error: %1: already exists; nothing was written: pull into a new file, or replace "
                               "this one\n")
                    .arg(path(QStringLiteral("mine.db")));
    } else if (case_ == QLatin1String("site held")) {
        const QString held = site(QStringLiteral("held.db"));
        QCOMPARE(cli({"site", "push", demo(), "--to", held}).exitCode, 0);
        args = QStringList{"site", "push", demo(), "--to", held};
        QString name; // how the error names the target: its file, or the server's database
        {
            // Opened to write, so that on a file nothing of it (a -wal, a -shm) stays behind.
            auto db = fb::store::Database::open(held);
            QVERIFY(db);
            name = db.value()->connection().name();
        }
        error = QStringLiteral(
                    "error: %1: already holds a site's data (table feedback_history has 25 rows, a new database 0): "
                    "copy into a new database, or replace its data; nothing was changed\n")
                    .arg(name);
    } else if (case_ == QLatin1String("older schema")) {
        const QString old = path(QStringLiteral("old.db"));
        {
            SQLite::Database raw(old.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            QVERIFY(fb::store::migrate(raw, 5).ok());
        }
        args = QStringList{"site", "push", old, "--to", site(QStringLiteral("from-old.db"))};
        error = QStringLiteral("error: %1: has an older schema (version 5); open it once in Floorboard to upgrade "
                               "it\n")
                    .arg(old);
    } else if (case_ == QLatin1String("no server")) {
        args = QStringList{"site", "pull", nowhere, "--to", path(QStringLiteral("offline.db"))};
        error = QStringLiteral("error: cannot connect to the site server: connection to server on socket "
                               "\"%1/.s.PGSQL.5432\" failed: No such file or directory\n\tIs the server running "
                               "locally and accepting connections on that socket?\n")
                    .arg(nowhereDir);
    }
    const QStringList before = files();
    const QByteArray mine = fbtest::readAll(path(QStringLiteral("mine.db")));
    const auto r = cli(args);
    if (case_ == QLatin1String("unknown subcommand")) // the usage follows
        QVERIFY2(r.err.startsWith(error + QStringLiteral("Usage: floorboard-cli site SUBCOMMAND")), qPrintable(r.err));
    else
        QCOMPARE(r.err, error);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.exitCode, code);
    QCOMPARE(files(), before);
    QCOMPARE(fbtest::readAll(path(QStringLiteral("mine.db"))), mine);
}

QTEST_GUILESS_MAIN(TestSiteCli)
#include "tst_site_cli.moc"
