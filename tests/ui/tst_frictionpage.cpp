// Offscreen smoke test of the friction-to-flow page on a demo site: it loads
// a program off the GUI thread, fills every table, exports PDF and CSV, and
// with FB_SCREENSHOT_DIR set, writes friction*.png there (for docs/screenshots).
#include "AppSupport.h"
#include "DemoSite.h"
#include "ProgramPdf.h"
#include "Screenshots.h"
#include "XlsxDump.h"
#include "analytics/ProgramReport.h"
#include "demo/DemoGenerator.h"
#include "pages/friction/FrictionPage.h"
#include "store/Database.h"
#include "store/ProgramStore.h"
#include "store/Transaction.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fb;

class TestFrictionPage final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void emptyDatabaseInvitesToCreate();
    void showsTheProgram();
    void demoSiteOpensOnItsFinishedProgram();
    void failedFixKeepsWhatWasTyped();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestFrictionPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ui::initResources();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"flow.floorboard"_s);
    auto db = store::Database::open(m_path);
    QVERIFY(db.ok());
    demo::DemoOptions o;
    o.weeks = 8;
    QVERIFY(demo::generateDemo(**db, o).ok());
    QVERIFY(store::createProgram(**db, "Billing flow", {"Billing"}, o.start).ok());
    auto program = store::findProgram(**db, "Billing flow");
    QVERIFY(program.ok() && program.value());
    fb::ProgramFix fix;
    fix.fixedOn = QDate(2026, 8, 3);
    fix.friction = "tool lag";
    fix.what = "Payment history loads lazily; console no longer freezes";
    fix.owner = "IT service desk";
    fix.queues = {"billing"};
    QVERIFY(store::addFix(**db, program.value()->id, fix).ok());
    fb::ProgramFix policy;
    policy.fixedOn = QDate(2026, 7, 22);
    policy.friction = "policy ambiguity";
    policy.what = "One-page refund rules for repeat callers";
    policy.owner = "Team lead";
    policy.queues = {"retention"}; // no interactions of the Billing team there: "too little data"
    QVERIFY(store::addFix(**db, program.value()->id, policy).ok());
}

void TestFrictionPage::emptyDatabaseInvitesToCreate()
{
    const QString path = m_dir.filePath(u"empty.floorboard"_s);
    QVERIFY(store::Database::open(path).ok());
    ui::FrictionPage page(path);
    QSignalSpy loaded(&page, &ui::FrictionPage::programsLoaded);
    QVERIFY(loaded.wait(10000));
    QVERIFY(!page.report());
}

void TestFrictionPage::showsTheProgram()
{
    ui::FrictionPage page(m_path);
    page.resize(1180, 820);
    QSignalSpy shown(&page, &ui::FrictionPage::reportShown);
    page.setToday(QDate(2026, 8, 12)); // week 6: recognition
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.report() && page.report()->today == QDate(2026, 8, 12), 30000);
    const auto* r = page.report();
    QCOMPARE(r->program.name, std::string("Billing flow"));
    QCOMPARE(r->fixes.size(), size_t(2));
    QCOMPARE(page.comparisonTable()->rowCount(), 6);
    QCOMPARE(page.attributionTable()->rowCount(), 12);
    // Week 6: weeks 7-8 have not begun, and --today cuts the data, so there is nothing after to compare.
    QVERIFY2(page.summaryText().contains(u"incomplete: 0 of 14 comparison days"_s), qPrintable(page.summaryText()));
    QVERIFY2(page.summaryText().contains(u"Rework: not enough data before or after to compare."_s),
             qPrintable(page.summaryText()));

    const char* names[] = {"friction-overview",    "friction-baseline",   "friction-fixes",
                           "friction-recognition", "friction-comparison", "friction-charts"};
    for (int i = 0; i < page.tabs()->count(); ++i) {
        page.tabs()->setCurrentIndex(i);
        QTest::qWait(50);
        QVERIFY(fb::test::saveScreenshot(page.grab().toImage(), QString::fromLatin1(names[i]) + u".png"_s));
    }

    // The PDF page as an image, to look at it.
    const QImage page1 = report::renderProgramReport(*r);
    QCOMPARE(page1.size(), QSize(2479, 3508));
    QVERIFY(fb::test::saveScreenshot(page1.scaledToWidth(1100, Qt::SmoothTransformation), u"friction-report.png"_s));

    const QString pdf = m_dir.filePath(u"report.pdf"_s);
    QString error;
    QVERIFY2(page.exportPdf(pdf, &error), qPrintable(error));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QCOMPARE(bytes.count("/Type /Page") - bytes.count("/Type /Pages"), qsizetype(1)); // one page
    const QString csvDir = m_dir.filePath(u"csv"_s);
    QDir().mkpath(csvDir);
    QVERIFY(page.exportCsv(csvDir, &error));
    for (const char* name : {"comparison.csv", "attribution.csv", "weekly.csv", "fixes.csv", "frictions.csv",
                             "pulse.csv", "recognitions.csv", "you_said_we_did.csv"})
        QVERIFY2(QFile::exists(csvDir + u"/"_s + QString::fromLatin1(name)), name);
    QVERIFY(page.exportDigest(m_dir.filePath(u"digest.md"_s), &error));

    // The same tables as one workbook, a sheet per CSV file, in the same order and with the same rows.
    const QString book = m_dir.filePath(u"program.xlsx"_s);
    QVERIFY2(page.exportCsv(book, &error), qPrintable(error));
    FB_READ_XLSX(read, book, 0);
    QStringList sheets;
    for (const auto& sheet : read.book.value(QLatin1String("sheets")).toArray()) {
        const QJsonObject o = sheet.toObject();
        sheets << o.value(QLatin1String("name")).toString();
        QFile csv(csvDir + u"/"_s + sheets.back() + u".csv"_s);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(o.value(QLatin1String("rows")).toInt(), static_cast<int>(csv.readAll().count("\r\n")));
        QCOMPARE(o.value(QLatin1String("freeze")).toString(), u"A2"_s);
    }
    QCOMPARE(sheets, (QStringList{u"comparison"_s, u"attribution"_s, u"weekly"_s, u"fixes"_s, u"frictions"_s,
                                  u"pulse"_s, u"recognitions"_s, u"you_said_we_did"_s}));
}

// The default demo site holds a finished program around its planted tool fix,
// so the page has something real on every tab the first time it opens.
void TestFrictionPage::demoSiteOpensOnItsFinishedProgram()
{
    const QString path = m_dir.filePath(u"site.floorboard"_s);
    {
        QVERIFY(fbtest::makeDemoSite(path));
    }
    ui::FrictionPage page(path);
    page.resize(1280, 720);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.report() != nullptr, 60000);
    const auto* r = page.report();
    // As read with sqlite3 from the demo file: programs, program_teams,
    // program_fixes, program_fix_queues, program_frictions; the interactions of
    // Billing's agents with started_at in [2026-08-17, 2026-10-12).
    QCOMPARE(r->program.name, std::string("Billing console fix"));
    QCOMPARE(r->program.teams, std::vector<std::string>{"Billing"});
    QCOMPARE(r->program.start, QDate(2026, 8, 17));
    QCOMPARE(r->fixes.size(), std::size_t(1));
    QCOMPARE(r->fixes[0].fixedOn, QDate(2026, 8, 31));
    QCOMPARE(r->fixes[0].friction, std::string("tool lag"));
    QCOMPARE(r->fixes[0].what, std::string("Patched the payment history query with the vendor"));
    QCOMPARE(r->fixes[0].owner, std::string("Marek Novak"));
    QCOMPARE(r->fixes[0].queues, std::vector<std::string>{"billing"});
    QCOMPARE(r->confirmed.size(), std::size_t(1));
    QCOMPARE(r->confirmed[0].friction, std::string("tool lag"));
    QCOMPARE(r->confirmed[0].dimension, std::string("tool_reliability"));
    QCOMPARE(r->interactions, qint64(12163));
    QCOMPARE(r->comparisonDays, 14);
    // The planted fix (docs/demo-site.md, effect 3) shows as the one demonstrated change
    // (sqlite3: repeat_contact of those interactions 12.76 % of 3,072 in weeks 1-2, 7.28 % of 3,090 in weeks 7-8).
    QVERIFY2(page.summaryText().contains(
                 u"Rework fell 5.5 points (95% CI -7.2 to -3.8, p &lt; 0.001, Holm-adjusted p &lt; 0.001"_s),
             qPrintable(page.summaryText()));
    QVERIFY(!r->incomplete()); // over: weeks 7-8 are in the data
    for (int i = 0; i < page.tabs()->count(); ++i) {
        QWidget* tab = page.tabs()->widget(i);
        bool filled = false;
        for (const QTableWidget* t : tab->findChildren<QTableWidget*>())
            filled = filled || t->rowCount() > 0;
        for (const QChartView* v : tab->findChildren<QChartView*>())
            filled = filled || (v->chart() && !v->chart()->series().isEmpty());
        for (const QLabel* l : tab->findChildren<QLabel*>()) // the Overview's sentences
            filled = filled || l->text().size() > 500;
        QVERIFY2(filled, qPrintable(page.tabs()->tabText(i)));
    }
}

template <typename W> static W* byAccessibleName(QWidget& parent, const QString& name)
{
    for (W* w : parent.findChildren<W*>())
        if (w->accessibleName() == name)
            return w;
    return nullptr;
}

// Runs last: it adds a third fix to the shared database.
void TestFrictionPage::failedFixKeepsWhatWasTyped()
{
    ui::FrictionPage page(m_path);
    page.setToday(QDate(2026, 8, 12));
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.report() && page.report()->today == QDate(2026, 8, 12), 30000);
    auto* what = byAccessibleName<QLineEdit>(page, u"What"_s);
    auto* scope = byAccessibleName<QLineEdit>(page, u"Scope"_s);
    auto* friction = byAccessibleName<QComboBox>(page, u"Friction"_s);
    QPushButton* add = nullptr;
    for (auto* b : page.findChildren<QPushButton*>())
        if (b->text() == u"&Add fix"_s)
            add = b;
    QVERIFY(what && scope && friction && add);
    friction->setCurrentText(u"hold music"_s);
    scope->setText(u"billing"_s);
    what->setText(u"Shorter hold loop"_s);

    // Another connection holds the write lock, so the save fails (SQLite busy).
    auto other = store::Database::open(m_path, store::Database::Mode::ExistingOnly);
    QVERIFY(other.ok());
    auto lock = store::Transaction::begin(**other);
    QVERIFY(lock.ok());
    QString warning;
    bool closed = false;
    std::function<void()> closeWarning = [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            warning = box->windowTitle();
            box->accept();
            closed = true;
        } else {
            QTimer::singleShot(20, closeWarning);
        }
    };
    QTimer::singleShot(0, closeWarning);
    add->click();
    QTRY_VERIFY_WITH_TIMEOUT(closed, 10000);
    QCOMPARE(warning, u"Log a fix"_s);
    QCOMPARE(what->text(), u"Shorter hold loop"_s); // what the lead typed is still there
    QCOMPARE(page.report()->fixes.size(), size_t(2));

    lock.value().reset(); // rolls back and releases the lock
    add->click();
    QTRY_VERIFY_WITH_TIMEOUT(page.report() && page.report()->fixes.size() == 3, 30000);
    QCOMPARE(what->text(), QString()); // cleared once saved
    QCOMPARE(scope->text(), u"billing"_s);
}

QTEST_MAIN(TestFrictionPage)
#include "tst_frictionpage.moc"
