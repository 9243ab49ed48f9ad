// DatabaseJobs is the one way the window works off the GUI thread: results
// come back in order on the GUI thread, never to a receiver that is gone;
// a database that cannot be opened arrives as its Error, path included; and
// Cancel stops a long job.
#include "background/DatabaseJobs.h"
#include "store/Database.h"

#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QWidget>
#include <QtTest>

#include <atomic>
#include <vector>

using namespace Qt::StringLiterals;
using namespace fb;

class TestDatabaseJobs final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void resultsInOrderOnGuiThread();
    void destroyedReceiverGetsNothing();
    void openFailureKeepsPath();
    void exceptionBecomesError();
    void cancelStopsLongJob();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestDatabaseJobs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"jobs.floorboard"_s);
    QVERIFY(store::Database::open(m_path).ok()); // an empty, current database
}

void TestDatabaseJobs::resultsInOrderOnGuiThread()
{
    ui::DatabaseJobs jobs(m_path);
    QObject receiver;
    QThread* const gui = QThread::currentThread();
    std::vector<int> order;
    std::atomic_int offGui{0};
    for (int i = 0; i < 6; ++i)
        jobs.run(
            &receiver,
            [i, gui, &offGui](store::Database&) -> Result<int> {
                offGui += QThread::currentThread() != gui ? 1 : 0;
                return i;
            },
            [&order, gui](const Result<int>& r) {
                QCOMPARE(QThread::currentThread(), gui);
                order.push_back(r.value());
            });
    QTRY_COMPARE(order.size(), size_t(6));
    QCOMPARE(order, (std::vector<int>{0, 1, 2, 3, 4, 5}));
    QCOMPARE(offGui.load(), 6);
}

void TestDatabaseJobs::destroyedReceiverGetsNothing()
{
    ui::DatabaseJobs jobs(m_path);
    QSemaphore started, release;
    bool delivered = false, after = false;
    auto* receiver = new QObject;
    jobs.run(
        receiver,
        [&](store::Database&) -> Status {
            started.release();
            release.acquire(); // hold the job until the receiver is gone
            return {};
        },
        [&](const Status&) { delivered = true; });
    QObject witness; // a later job on a live receiver proves the first one was delivered (or dropped) by then
    jobs.run(
        &witness, [](store::Database&) -> Status { return {}; }, [&](const Status&) { after = true; });
    QVERIFY(started.tryAcquire(1, 10000));
    delete receiver;
    release.release();
    QTRY_VERIFY(after);
    QVERIFY(!delivered);
}

void TestDatabaseJobs::openFailureKeepsPath()
{
    const QString missing = m_dir.filePath(u"missing.floorboard"_s);
    ui::DatabaseJobs jobs(missing);
    QObject receiver;
    std::optional<Status> got;
    jobs.run(
        &receiver, [](store::Database&) -> Status { return {}; }, [&](const Status& s) { got = s; });
    QTRY_VERIFY(got.has_value());
    QVERIFY(!got->ok());
    QCOMPARE(got->error().reason, u"no such database"_s);
    QCOMPARE(got->error().file, missing);
    QCOMPARE(got->error().toString(), missing + u": no such database"_s);
    QVERIFY(!QFileInfo::exists(missing)); // ExistingOnly creates nothing
}

void TestDatabaseJobs::exceptionBecomesError()
{
    ui::DatabaseJobs jobs(m_path);
    QObject receiver;
    std::optional<Status> got;
    jobs.run(
        &receiver, [](store::Database&) -> Status { throw std::runtime_error("disk on fire"); },
        [&](const Status& s) { got = s; });
    QTRY_VERIFY(got.has_value());
    QVERIFY(!got->ok());
    QCOMPARE(got->error().reason, u"disk on fire"_s);
}

void TestDatabaseJobs::cancelStopsLongJob()
{
    ui::DatabaseJobs jobs(m_path);
    QWidget window;
    std::atomic_bool running{false};
    std::optional<Result<int>> got;
    jobs.runWithProgress(
        &window, u"Long"_s, u"Working…"_s,
        [&running](store::Database&, const ui::JobProgress& progress) -> Result<int> {
            running = true;
            int steps = 0;
            // Ten minutes unless cancelled: the test would time out long before.
            for (; steps < 600000 && !progress.cancelled(); ++steps) {
                progress.progress(steps, 600000);
                QThread::msleep(1);
            }
            if (progress.cancelled())
                return Error::plain(u"cancelled"_s);
            return steps;
        },
        [&](const Result<int>& r) { got = r; });
    QTRY_VERIFY(running.load());
    auto* dialog = window.findChild<QProgressDialog*>();
    QVERIFY(dialog);
    auto* cancel = dialog->findChild<QPushButton*>();
    QVERIFY(cancel);
    QCOMPARE(cancel->text(), u"Cancel"_s);
    cancel->click();
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
    QVERIFY(!got->ok());
    QCOMPARE(got->error().reason, u"cancelled"_s);
}

QTEST_MAIN(TestDatabaseJobs)
#include "tst_databasejobs.moc"
