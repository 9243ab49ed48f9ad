// The window and the CLI on one database (issue 19, item 8). A file dialog
// that opened the window's open database to guess its type (as Qt's own
// icon provider does through QMimeDatabase for a `.floorboard` file) dropped
// SQLite's POSIX locks in the window's process: the next floorboard-cli
// process to close believed it was the last user and deleted the -wal and
// -shm under the window ("disk I/O error", "Counts unavailable"). Every dialog
// of the window now comes from fileDialogs::make with BlindIconProvider; here
// the Back Up dialog lists the database's folder, type and icon of the open
// database included, while CLI processes read and write it.
#include "FbTestSupport.h"
#include "ProcessRun.h"
#include "background/DatabaseJobs.h"
#include "dialogs/BlindIconProvider.h"
#include "dialogs/FileDialogs.h"

#include <QDirIterator>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fb;

namespace {

const QByteArray kNewAgent = "agent_id,name,team\nA9,Nia Nyberg,Billing\n";

} // namespace

class TestFileDialogs final : public QObject {
    Q_OBJECT
private slots:
    void typeComesFromTheName();
    void backUpDialogBesideTheOpenDatabaseKeepsItWorking();
    void everyFileDialogComesFromTheHelper();
};

namespace {

// The agents the window's worker connection counts, read through the same
// DatabaseJobs the window uses.
qint64 agentsSeenBy(ui::DatabaseJobs& jobs)
{
    QObject receiver;
    std::optional<Result<qint64>> seen;
    jobs.run(
        &receiver, [](store::Database& db) -> Result<qint64> { return fbtest::counts(db)[u"agents"_s]; },
        [&seen](const Result<qint64>& r) { seen = r; });
    if (!QTest::qWaitFor([&seen] { return seen.has_value(); }, 20000))
        return -1;
    if (!*seen) {
        qWarning("%s", qPrintable(seen->error().toString()));
        return -2;
    }
    return seen->value();
}

} // namespace

void TestFileDialogs::typeComesFromTheName()
{
    // A file nobody may read still gets its type: the name is all it uses.
    QTemporaryDir dir;
    const QString locked = dir.filePath(u"site.floorboard"_s);
    QVERIFY(fbtest::writeFile(locked, "SQLite format 3"));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
    const ui::BlindIconProvider provider;
    QCOMPARE(provider.type(QFileInfo(locked)), u"FLOORBOARD File"_s);
    QCOMPARE(provider.type(QFileInfo(dir.filePath(u"README"_s))), u"File"_s);
    QCOMPARE(provider.type(QFileInfo(dir.path())), u"Folder"_s);
    QVERIFY(!provider.icon(QFileInfo(locked)).isNull());
}

void TestFileDialogs::backUpDialogBesideTheOpenDatabaseKeepsItWorking()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(u"site.floorboard"_s);
    {
        auto seeded = fbtest::openDb(db);
        QVERIFY(seeded && fbtest::importExamples(*seeded));
    }
    // The window's worker connection, held open as the window holds it.
    ui::DatabaseJobs jobs(db);
    QCOMPARE(agentsSeenBy(jobs), qint64(3));

    // The Back Up dialog as MainWindow::backUp makes it: in the database's folder.
    const auto dialog =
        ui::fileDialogs::make(nullptr, ui::fileDialogs::Purpose::Save, u"Back Up Database"_s,
                              dir.filePath(u"site-2026-12-02.floorboard"_s), u"Floorboard databases (*.floorboard)"_s);
    QVERIFY(dynamic_cast<const ui::BlindIconProvider*>(dialog->iconProvider()));
    dialog->show();
    auto* model = dialog->findChild<QFileSystemModel*>();
    QVERIFY(model);
    // The listing of the folder reaches the open database, its icon and type.
    QTRY_VERIFY_WITH_TIMEOUT(model->index(db).isValid(), 20000);
    const QModelIndex entry = model->index(db);
    QVERIFY(!model->data(entry, Qt::DecorationRole).value<QIcon>().isNull());
    QTRY_COMPARE_WITH_TIMEOUT(model->data(entry.siblingAtColumn(2)).toString(), u"FLOORBOARD File"_s, 20000);

    // CLI processes read and write the database while the dialog is open.
    const QProcessEnvironment env = fbtest::isolatedEnvironment(dir.path());
    const QString csv = dir.filePath(u"agents.csv"_s);
    QVERIFY(fbtest::writeFile(csv, kNewAgent));
    const auto cli = [&](const QStringList& args) {
        return fbtest::runProcess(QStringLiteral(FB_CLI), QStringList{u"--db"_s, db} + args, env);
    };
    const fbtest::ProcessRun info = cli({u"info"_s});
    QCOMPARE(info.err, QString());
    QCOMPARE(info.exitCode, 0);
    const fbtest::ProcessRun import = cli({u"import"_s, u"agents"_s, csv});
    QCOMPARE(import.err, QString());
    QCOMPARE(import.exitCode, 0);
    QCOMPARE(cli({u"check"_s}).out, u"All checks passed.\n"_s);
    dialog->close();

    // The window's connection still shares the journal with them: the -wal
    // and -shm are where they were, it sees the CLI's agent, and the CLI
    // sees what it writes.
    QVERIFY(QFile::exists(db + u"-wal"_s));
    QVERIFY(QFile::exists(db + u"-shm"_s));
    QCOMPARE(agentsSeenBy(jobs), qint64(4));
    QObject receiver;
    std::optional<Status> written;
    jobs.run(
        &receiver,
        [](store::Database& conn) -> Status {
            auto r = fbtest::importFile(conn, Kind::Interactions, fbtest::examplePath(Kind::Interactions));
            if (!r)
                return r.error();
            return r->committed ? Status() : Status(Error::plain(r->summary()));
        },
        [&written](const Status& st) { written = st; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
    QVERIFY2(written->ok(), qPrintable(written->ok() ? QString() : written->error().toString()));
    const fbtest::ProcessRun after = cli({u"info"_s, u"--json"_s});
    QCOMPARE(after.exitCode, 0);
    QVERIFY2(after.out.contains(u"\"agents\":4"_s), qPrintable(after.out));
    QCOMPARE(cli({u"check"_s}).out, u"All checks passed.\n"_s);
}

void TestFileDialogs::everyFileDialogComesFromTheHelper()
{
    // A dialog made any other way would list folders with Qt's own provider
    // (or a native dialog in this process) and read the files in them.
    const QDir source(QStringLiteral(FB_EXAMPLES) + u"/../.."_s);
    const QRegularExpression direct(uR"(QFileDialog::get|QFileDialog\s*\w*\s*[({])"_s);
    QStringList found;
    for (const QString& folder : {u"ui"_s, u"app"_s, u"report"_s}) {
        QDirIterator it(source.filePath(folder), {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (file.contains(u"/dialogs/FileDialogs."_s)) // the helper itself
                continue;
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            int line = 0;
            while (!f.atEnd()) {
                ++line;
                if (direct.match(QString::fromUtf8(f.readLine())).hasMatch())
                    found << u"%1:%2"_s.arg(source.relativeFilePath(file)).arg(line);
            }
        }
    }
    QCOMPARE(found, QStringList());
}

QTEST_MAIN(TestFileDialogs)
#include "tst_filedialogs.moc"
