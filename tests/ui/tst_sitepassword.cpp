// A password the site server asks for and nothing gives (no ~/.pgpass line,
// no service file): the store says so and remembers that it was wanted; a
// typed password (store::sql::SitePasswords) serves every connection of the
// process, on any thread, and is never in an error; the window asks for it in
// a field that hides what is typed, connects with it, and keeps it out of its
// settings. With FB_SCREENSHOT_DIR=DIR it saves site-password.png there.
//
// The test cluster trusts every local connection. To make the server really
// ask, this suite gives one role of its own, and only that role, password
// authentication: a first line in the cluster's pg_hba.conf, reloaded, and
// the file put back at the end. Other suites connect as "floorboard" and are
// not affected.
#include "AppSupport.h"
#include "DemoSite.h"
#include "FbTestSupport.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "Settings.h"
#include "SiteWindowTest.h"
#include "models/KindTableModel.h"
#include "pages/AgentsPage.h"
#include "store/Sql.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <optional>
#include <thread>

using namespace Qt::StringLiterals;
using namespace fb;
using store::sql::SitePasswords;
using Outcome = ui::MainWindow::SiteOutcome;

namespace {

const QString kRole = u"fb_password_lead"_s;
const QString kPassword = u"correct horse battery"_s;
const QString kWanted = u"cannot connect to the site server: it asks for a password, and neither libpq's password "
                        "file (~/.pgpass) nor a service file holds one for this address"_s;

QString firstText(store::sql::Connection& db, const char* sql)
{
    auto statement = db.prepare(sql);
    if (!statement || !statement.value()->step().ok())
        return {};
    return QString::fromStdString(statement.value()->text(0));
}

} // namespace

class TestSitePassword final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init()
    {
        QSettings().clear();
        SitePasswords::forget(m_address);
    }
    void theServerAsksAndNothingGives();
    void aTypedPasswordServesEveryConnection();
    void aWrongPasswordIsRefusedWithoutBeingShown();
    void theWindowAsksAndConnects();
    void aCancelledPromptConnectsNothing();

private:
    QTemporaryDir m_dir;
    QString m_hbaFile;
    QByteArray m_hbaBefore;
    QString m_address; // the site database, as kRole
};

void TestSitePassword::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ui::initResources();
    QVERIFY(m_dir.isValid());
    // Nothing but the prompt may give the password: no password file, no environment.
    qputenv("PGPASSFILE", m_dir.filePath(u"no-pgpass"_s).toLocal8Bit());
    qunsetenv("PGPASSWORD");

    const QString owner = test::siteDatabaseFor(u"site-password"_s);
    demo::DemoOptions options;
    options.agents = 6;
    options.teams = 2;
    options.weeks = 2;
    options.contactsPerWeek = 10;
    QVERIFY(fbtest::makeDemoSite(owner, options));
    m_address = QString(owner).replace(u"user=floorboard"_s, u"user="_s + kRole);
    QVERIFY(m_address != owner);

    auto admin = store::sql::openPostgres(test::clusterConninfo());
    QVERIFY2(admin.ok(), qPrintable(admin.ok() ? QString() : admin.error().toString()));
    store::sql::Connection& db = *admin.value();
    QVERIFY(db.exec("DROP ROLE IF EXISTS " + kRole.toStdString()).ok());
    QVERIFY(
        db.exec("CREATE ROLE " + kRole.toStdString() + " LOGIN SUPERUSER PASSWORD '" + kPassword.toStdString() + "'")
            .ok());
    m_hbaFile = firstText(db, "SHOW hba_file");
    QFile hba(m_hbaFile);
    QVERIFY2(hba.open(QIODevice::ReadOnly), qPrintable(m_hbaFile));
    m_hbaBefore = hba.readAll();
    hba.close();
    QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
    hba.write("local all " + kRole.toUtf8() + " scram-sha-256\n" + m_hbaBefore);
    hba.close();
    QCOMPARE(firstText(db, "SELECT pg_reload_conf()"), u"t"_s);
    // The server reloads on its own time: wait until it asks.
    QTRY_VERIFY_WITH_TIMEOUT(!store::sql::openPostgres(m_address.toStdString()).ok(), 10000);
}

void TestSitePassword::cleanupTestCase()
{
    if (m_hbaFile.isEmpty())
        return;
    QFile hba(m_hbaFile);
    if (hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
        hba.write(m_hbaBefore);
    hba.close();
    if (auto admin = store::sql::openPostgres(test::clusterConninfo()); admin.ok())
        (void)firstText(*admin.value(), "SELECT pg_reload_conf()");
}

void TestSitePassword::theServerAsksAndNothingGives()
{
    auto opened = store::Database::open(m_address, store::Database::Mode::Read);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().toString(), kWanted);
    QVERIFY(SitePasswords::wanted(m_address));
    QVERIFY(!SitePasswords::has(m_address));
    // Another address is not marked.
    QVERIFY(!SitePasswords::wanted(m_address + u" application_name=other"_s));
}

void TestSitePassword::aTypedPasswordServesEveryConnection()
{
    SitePasswords::remember(m_address, kPassword);
    QVERIFY(SitePasswords::has(m_address));
    auto here = store::Database::open(m_address, store::Database::Mode::Read);
    QVERIFY2(here.ok(), qPrintable(here.ok() ? QString() : here.error().toString()));
    QVERIFY(!SitePasswords::wanted(m_address));
    QVERIFY(here.value()->isSiteServer());
    // A worker thread's connection finds it too.
    QString there;
    std::thread worker([&] {
        auto db = store::Database::open(m_address, store::Database::Mode::Read);
        there = db.ok() ? u"connected"_s : db.error().toString();
    });
    worker.join();
    QCOMPARE(there, u"connected"_s);
    // Forgotten, it is asked for again.
    SitePasswords::forget(m_address);
    QVERIFY(!SitePasswords::has(m_address));
    auto again = store::Database::open(m_address, store::Database::Mode::Read);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().toString(), kWanted);
}

void TestSitePassword::aWrongPasswordIsRefusedWithoutBeingShown()
{
    const QString wrong = u"Tr0ub4dor&3-wrong"_s;
    SitePasswords::remember(m_address, wrong);
    auto opened = store::Database::open(m_address, store::Database::Mode::Read);
    QVERIFY(!opened.ok());
    const QString message = opened.error().toString();
    QVERIFY2(message.startsWith(u"cannot connect to the site server: "_s), qPrintable(message));
    QVERIFY2(message.endsWith(u"password authentication failed for user \"%1\""_s.arg(kRole)), qPrintable(message));
    QVERIFY(!message.contains(wrong));
    QVERIFY(!SitePasswords::wanted(m_address)); // one was given: it was refused, not wanted
}

void TestSitePassword::theWindowAsksAndConnects()
{
    ui::MainWindow window;
    window.show();
    std::optional<Outcome> outcome;
    window.connectToSite(m_address, [&](Outcome o) { outcome = o; });
    QInputDialog* prompt = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((prompt = window.findChild<QInputDialog*>(u"sitePassword"_s)) && prompt->isVisible(),
                             30000);
    QVERIFY(!outcome.has_value());
    QCOMPARE(prompt->windowTitle(), u"Site Server Password"_s);
    QCOMPARE(prompt->labelText(),
             u"The site server asks for a password, and neither your password file (~/.pgpass) nor a service file "
             "holds one for\n%1\n\nFloorboard keeps it only until you quit and never saves it.\n\nPassword:"_s.arg(
                 m_address));
    auto* field = prompt->findChild<QLineEdit*>();
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QTRY_COMPARE(QApplication::focusWidget(), field);
    QTest::keyClicks(field, kPassword);
    QVERIFY(fb::test::saveScreenshot(prompt->grab().toImage(), u"site-password.png"_s));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
    QCOMPARE(*outcome, Outcome::Connected);
    QCOMPARE(window.windowTitle(), fbtest::siteName(m_address) + u" — Floorboard"_s);
    QVERIFY(SitePasswords::has(m_address));

    // The pages' own connections (another thread) use it as well.
    ui::KindTableModel* agents = window.agentsPage()->model();
    QTRY_VERIFY_WITH_TIMEOUT(agents->rowCount() > 0 && !agents->isLoading(), 30000);
    QCOMPARE(agents->rowCount(), 6);
    QTRY_VERIFY(window.isIdle());

    // The address is remembered; the password is not, anywhere in the settings.
    QCOMPARE(ui::Settings::recentSites(), QStringList({m_address}));
    const QString settings = fbtest::everythingInSettings();
    QVERIFY(settings.contains(m_address));
    QVERIFY(!settings.contains(kPassword));
    QVERIFY(!settings.contains(u"battery"_s));
}

void TestSitePassword::aCancelledPromptConnectsNothing()
{
    ui::MainWindow window;
    window.show();
    std::optional<Outcome> outcome;
    window.connectToSite(m_address, [&](Outcome o) { outcome = o; });
    QInputDialog* prompt = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((prompt = window.findChild<QInputDialog*>(u"sitePassword"_s)) && prompt->isVisible(),
                             30000);
    QTest::keyClick(prompt->findChild<QLineEdit*>(), Qt::Key_Escape);
    QTRY_VERIFY(outcome.has_value());
    QCOMPARE(*outcome, Outcome::Cancelled);
    QCOMPARE(window.databasePath(), QString());
    QVERIFY(!SitePasswords::has(m_address));
    QCOMPARE(ui::Settings::recentSites(), QStringList());
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (const int skip = fb::test::skipWithoutCluster())
        return skip; // CTest's SKIP_RETURN_CODE for this test
    TestSitePassword test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sitepassword.moc"
