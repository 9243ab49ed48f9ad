// The window on a 1280 x 720 laptop (the offscreen platform with one such
// screen, tests/data/screens/laptop-720.json): no page or tab grows the
// window, every visible button is inside it, dialogs (the feedback ticket,
// Decide, Mark fixed, Categories and holidays among them) open within the screen,
// the default size fits and a geometry saved on a larger screen is clamped.
#include "AppSupport.h"
#include "MainWindow.h"
#include "ScreenFit.h"
#include "Settings.h"
#include "background/DatabaseJobs.h"
#include "dialogs/DemoDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/GuideDialog.h"
#include "dialogs/ImportDialog.h"
#include "pages/calibration/SessionDialog.h"
#include "pages/feedback/DecisionDialog.h"
#include "pages/feedback/FixDialog.h"
#include "pages/feedback/SetupDialog.h"
#include "pages/feedback/TicketDialog.h"
#include "pages/friction/NewProgramDialog.h"
#include "pages/scorecards/AgentCardDialog.h"
#include "pages/scorecards/DefinitionDialog.h"
#include "pages/scorecards/ScorecardPage.h"
#include "store/Database.h"
#include "store/FeedbackStore.h"
#include "views/FrozenColumnTableView.h"

#include <QAbstractScrollArea>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fb;

namespace {

const QSize kLaptop(1280, 720);

// Remembers the largest size a window ever took, so a page that grows the
// window while it loads is caught even if it shrinks again.
class LargestSize final : public QObject {
public:
    explicit LargestSize(QWidget* w) { w->installEventFilter(this); }
    QSize largest;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize)
            largest = largest.expandedTo(static_cast<QWidget*>(watched)->size());
        return false;
    }
};

// Visible buttons that are not inside the window's rectangle, by their text.
// Buttons in scrolled content (a table's cells, a scroll area) are reached by scrolling.
QStringList buttonsOutside(QWidget* window)
{
    QStringList outside;
    for (QPushButton* b : window->findChildren<QPushButton*>()) {
        if (!b->isVisibleTo(window))
            continue;
        bool scrolled = false;
        for (QWidget* p = b->parentWidget(); p && p != window; p = p->parentWidget())
            scrolled = scrolled || qobject_cast<QAbstractScrollArea*>(p) != nullptr;
        if (scrolled)
            continue;
        const QRect at(b->mapTo(window, QPoint(0, 0)), b->size());
        if (!window->rect().contains(at))
            outside
                << u"\"%1\" at %2,%3 %4x%5"_s.arg(b->text()).arg(at.x()).arg(at.y()).arg(at.width()).arg(at.height());
    }
    return outside;
}

bool fits(QSize size, QSize into)
{
    return size.width() <= into.width() && size.height() <= into.height();
}

QString sizeText(QSize s)
{
    return u"%1 x %2"_s.arg(s.width()).arg(s.height());
}

void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

} // namespace

class TestScreenFit final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void defaultSizeFitsTheScreen();
    void restoredGeometryIsClampedToTheScreen();
    void everyPageFits_data();
    void everyPageFits();
    void dialogsFitTheScreen();
    void wideTablesKeepTheNameInView();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestScreenFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ui::initResources();
    QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry(), QRect(QPoint(0, 0), kLaptop));
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"laptop.floorboard"_s);
    auto db = store::Database::open(m_path);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    demo::DemoOptions options; // the default demo's shape (48 agents, 4 teams, 16 weeks), fewer contacts
    options.contactsPerWeek = 30;
    auto summary = demo::generateDemo(**db, options);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
}

void TestScreenFit::defaultSizeFitsTheScreen()
{
    ui::MainWindow window;                          // no saved settings: 1280 x 800 does not fit a 720 px screen
    QCOMPARE(window.size(), QSize(1280, 720 - 32)); // room for a title bar before the frame is known
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect frame = window.frameGeometry(); // once shown, the frame itself is kept on the screen
    QVERIFY2(window.screen()->availableGeometry().contains(frame),
             qPrintable(u"%1,%2 %3x%4"_s.arg(frame.x()).arg(frame.y()).arg(frame.width()).arg(frame.height())));
}

void TestScreenFit::restoredGeometryIsClampedToTheScreen()
{
    {
        // Saved on a 1920 x 1080 monitor, at its lower right.
        ui::MainWindow big;
        big.setMinimumSize(0, 0);
        big.show();
        QVERIFY(QTest::qWaitForWindowExposed(&big));
        big.setGeometry(QRect(500, 300, 1400, 760));
        QTRY_COMPARE(big.geometry(), QRect(500, 300, 1400, 760));
        ui::Settings::setWindow(big.saveGeometry(), big.saveState());
    }
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(available.contains(window.frameGeometry()), qPrintable(u"%1,%2 %3x%4"_s.arg(window.frameGeometry().x())
                                                                        .arg(window.frameGeometry().y())
                                                                        .arg(window.frameGeometry().width())
                                                                        .arg(window.frameGeometry().height())));
}

void TestScreenFit::everyPageFits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x720 laptop, the whole screen") << kLaptop;
    // 1366 x 768 at 125 % scaling gives a window 1093 x 614 device-independent pixels, the unit layouts work in.
    QTest::newRow("1366x768 at 125 %") << QSize(1093, 614);
}

void TestScreenFit::everyPageFits()
{
    QFETCH(QSize, size);
    ui::MainWindow window;
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // At most the size asked for: the whole screen less the frame (the offscreen platform draws a 2 px one).
    const QSize start = window.size();
    QVERIFY(window.screen()->availableGeometry().contains(window.frameGeometry()));
    QVERIFY(start.width() >= size.width() - 16 && start.height() >= size.height() - 40);
    LargestSize watch(&window);
    const Status opened = window.openDatabase(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));

    for (int index = 0; index < ui::MainWindow::pageCount(); ++index) {
        window.showPage(index);
        QTRY_VERIFY_WITH_TIMEOUT(window.isIdle(), 30000);
        QWidget* page = window.page(index);
        QVERIFY(page);
        if (auto* scorecards = qobject_cast<ui::scorecards::ScorecardPage*>(page)) {
            // The views that widened the window to 1348 and 1423 px: a team, and four weeks of all teams.
            QTRY_VERIFY_WITH_TIMEOUT(
                !scorecards->isComputing() && scorecards->scorecard().level == analytics::Level::Agent, 30000);
            QSignalSpy computed(scorecards, &ui::scorecards::ScorecardPage::computed);
            scorecards->setSpan(4);
            QVERIFY(computed.wait(30000));
            scorecards->setLevel(analytics::Level::Agent, QString());
            QVERIFY(computed.wait(30000));
        }
        // The feature pages compute on their own threads: give a debounced
        // read time to start, then wait until every job is delivered.
        settle(200);
        QTRY_VERIFY_WITH_TIMEOUT(ui::DatabaseJobs::outstandingJobs() == 0, 30000);
        settle(50);
        for (QTabWidget* tabs : page->findChildren<QTabWidget*>())
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                settle(200);
                QTRY_VERIFY_WITH_TIMEOUT(ui::DatabaseJobs::outstandingJobs() == 0, 30000);
                settle(50);
                const QStringList outside = buttonsOutside(&window);
                QVERIFY2(outside.isEmpty(), qPrintable(u"page %1, tab \"%2\": %3"_s.arg(index).arg(
                                                tabs->tabText(t), outside.join(u"; "_s))));
                QVERIFY2(fits(window.minimumSizeHint(), start),
                         qPrintable(u"page %1, tab \"%2\" needs %3"_s.arg(index)
                                        .arg(tabs->tabText(t))
                                        .arg(sizeText(window.minimumSizeHint()))));
            }
        const QStringList outside = buttonsOutside(&window);
        QVERIFY2(outside.isEmpty(), qPrintable(u"page %1: %2"_s.arg(index).arg(outside.join(u"; "_s))));
        QVERIFY2(fits(watch.largest, start),
                 qPrintable(u"page %1 grew the window to %2"_s.arg(index).arg(sizeText(watch.largest))));
        // What a window manager would enforce: the least size the window's layout asks for.
        QVERIFY2(fits(window.minimumSizeHint(), start),
                 qPrintable(u"page %1 needs %2"_s.arg(index).arg(sizeText(window.minimumSizeHint()))));
        QVERIFY(window.rect().contains(
            QRect(window.statusBar()->mapTo(&window, QPoint(0, 0)), window.statusBar()->size())));
    }
    QCOMPARE(window.size(), start);

    // The check bites: a line as long as the scorecard's status used to be makes the window need more.
    auto* wide = new QLabel(QString(200, u'W'));
    window.showPage(ui::MainWindow::AgentsIndex); // hidden pages do not ask the window for room
    window.page(ui::MainWindow::AgentsIndex)->layout()->addWidget(wide);
    QTRY_VERIFY(!fits(window.minimumSizeHint(), start));
}

void TestScreenFit::dialogsFitTheScreen()
{
    ui::MainWindow window;
    window.resize(kLaptop);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_path).ok());
    const QRect available = window.screen()->availableGeometry();

    // The feedback dialogs on an accepted demo ticket (its plan and owner fill
    // the fix form), with their own worker as the page gives them its own.
    auto db = store::Database::open(m_path);
    QVERIFY(db.ok());
    auto tickets = store::loadTickets(**db);
    QVERIFY(tickets.ok());
    const auto accepted =
        std::find_if(tickets->begin(), tickets->end(), [](const FeedbackTicket& t) { return t.status == "accepted"; });
    QVERIFY(accepted != tickets->end());
    ui::DatabaseJobs jobs(m_path);
    const QDate today(2026, 10, 26);

    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.push_back(std::make_unique<ui::TicketDialog>(*accepted, &jobs, today, &window));
    dialogs.push_back(std::make_unique<ui::DecisionDialog>(*accepted, &jobs, today, u"Jonas Weber"_s, &window));
    dialogs.push_back(std::make_unique<ui::FixDialog>(*accepted, &jobs, today, u"Jonas Weber"_s, &window));
    dialogs.push_back(std::make_unique<ui::SetupDialog>(&jobs, &window));
    dialogs.push_back(std::make_unique<ui::ImportDialog>(m_path, &window));
    dialogs.push_back(std::make_unique<ui::ExportDialog>(Kind::Agents, &window));
    dialogs.push_back(std::make_unique<ui::DemoDialog>(m_dir.filePath(u"other.floorboard"_s), &window));
    dialogs.push_back(std::make_unique<ui::scorecards::DefinitionDialog>(analytics::defaultDefinition(), &window));
    dialogs.push_back(std::make_unique<ui::NewProgramDialog>(std::vector<std::string>{"Team 1", "Team 2"},
                                                             QDate(2026, 10, 26), &window));
    dialogs.push_back(std::make_unique<ui::calibration::SessionDialog>(&window));
    dialogs.push_back(std::make_unique<ui::GuideDialog>(&window));
    for (const auto& dialog : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        settle(300); // the feedback dialogs fill their tables from the worker
        const QString name = QString::fromLatin1(dialog->metaObject()->className());
        QVERIFY2(available.contains(dialog->frameGeometry()), qPrintable(name));
        const QStringList outside = buttonsOutside(dialog.get());
        QVERIFY2(outside.isEmpty(), qPrintable(name + u": "_s + outside.join(u"; "_s)));
        dialog->hide();
    }

    // The agent card, opened as a lead does: its Close button on a 720 px screen.
    window.showPage(ui::MainWindow::FirstFeatureIndex);
    auto* scorecards = qobject_cast<ui::scorecards::ScorecardPage*>(window.page(ui::MainWindow::FirstFeatureIndex));
    QVERIFY(scorecards);
    QTRY_VERIFY_WITH_TIMEOUT(!scorecards->isComputing() && scorecards->table()->model()->rowCount() > 0, 30000);
    emit scorecards->table()->doubleClicked(scorecards->table()->model()->index(0, 0));
    ui::scorecards::AgentCardDialog* card = nullptr;
    QTRY_VERIFY((card = scorecards->findChild<ui::scorecards::AgentCardDialog*>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(card));
    settle(1500);
    QVERIFY2(available.contains(card->frameGeometry()),
             qPrintable(u"%1x%2"_s.arg(card->frameGeometry().width()).arg(card->frameGeometry().height())));
    QPushButton* close = nullptr;
    for (QPushButton* b : card->findChildren<QPushButton*>())
        if (b->text().remove(u'&') == u"Close"_s)
            close = b;
    QVERIFY(close);
    QVERIFY(card->rect().contains(QRect(close->mapTo(card, QPoint(0, 0)), close->size())));
    QVERIFY(buttonsOutside(card).isEmpty());
    card->close();
}

void TestScreenFit::wideTablesKeepTheNameInView()
{
    ui::scorecards::ScorecardPage page(m_path);
    page.resize(700, 600); // narrower than the scorecard's columns
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isComputing() && page.table()->model()->rowCount() > 0, 30000);
    auto* table = qobject_cast<ui::FrozenColumnTableView*>(page.table());
    QVERIFY(table);
    QScrollBar* sideways = table->horizontalScrollBar();
    QVERIFY2(sideways->maximum() > 0, "the scorecard should be wider than 700 px here");
    sideways->setValue(sideways->maximum());
    QCoreApplication::processEvents();
    QTableView* frozen = table->frozenView();
    QVERIFY(frozen->isVisible());
    // The name column stays at the left edge, with the same rows and the same first name.
    QCOMPARE(frozen->geometry().left(), table->frameWidth());
    QCOMPARE(frozen->columnWidth(0), table->columnWidth(0));
    QVERIFY(frozen->isColumnHidden(1));
    QCOMPARE(frozen->indexAt(QPoint(4, 4)).data().toString(), table->model()->index(0, 0).data().toString());
    // Sorting from the frozen header sorts the whole table.
    const QString first = table->model()->index(0, 0).data().toString();
    QTest::mouseClick(frozen->horizontalHeader()->viewport(), Qt::LeftButton, {}, QPoint(10, 5));
    QTRY_VERIFY(table->model()->index(0, 0).data().toString() != first);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), 0);
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
}

int main(int argc, char* argv[])
{
    // One 1280 x 720 laptop screen, on the offscreen platform.
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" FB_TESTDATA "/screens/laptop-720.json");
    QApplication app(argc, argv);
    TestScreenFit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenfit.moc"
