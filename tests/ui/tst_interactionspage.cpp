// The Interactions page on a seeded demo site: filters and orders give known
// counts, the total equals the rows read page by page, export writes exactly
// the shown rows, and the contacts behind a scorecard cell (CSAT, FCR, an
// agent and a team) number what the cell's n says.
//
// Expected values were counted with the sqlite3 CLI, not with Floorboard's
// queries, on the same seeded site:
//   floorboard-cli --db x.db demo --agents 24 --teams 2 --weeks 14 --contacts-per-week 40
//   sqlite3 x.db "SELECT count(*) FROM interactions WHERE csat >= 4"   (and so on, below)
#include "DemoSite.h"
#include "EnglishPlurals.h"
#include "FbTestSupport.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "background/DatabaseJobs.h"
#include "demo/DemoGenerator.h"
#include "export/Exporter.h"
#include "models/KindTableModel.h"
#include "pages/BrowsePanel.h"
#include "pages/InteractionFilterBar.h"
#include "pages/InteractionsPage.h"
#include "pages/friction/FrictionPage.h"
#include "pages/friction/ProgramDrillDown.h"
#include "pages/scorecards/ScorecardDrillDown.h"
#include "pages/scorecards/ScorecardModel.h"
#include "pages/scorecards/ScorecardPage.h"
#include "store/Database.h"
#include "store/ProgramStore.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

using namespace fb;
using Q = store::InteractionQuery;

class TestInteractionsPage final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void firstVisitBuildsTheIndexes();
    void newestFirstWithNamesAndTotal();
    void filtersGiveKnownCounts_data();
    void filtersGiveKnownCounts();
    void ordersOnIndexedColumns();
    void pagesAddUpToTheTotal();
    void exportWritesTheShownRows();
    void scorecardCellDrillDown_data();
    void scorecardCellDrillDown();
    void otherFiguresOpenNoContacts();
    void mainWindowOpensTheContacts();
    void programComparisonDrillDown();

private:
    bool settle(ui::InteractionsPage& page);
    QStringList readAllIds(ui::InteractionsPage& page);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ui::DatabaseJobs> m_jobs;
};

void TestInteractionsPage::initTestCase()
{
    QVERIFY(fbtest::installEnglishPlurals());
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.floorboard"));
    demo::DemoOptions o;
    o.agents = 24;
    o.teams = 2;
    o.weeks = 14;
    o.contactsPerWeek = 40;
    QVERIFY(fbtest::makeDemoSite(m_path, o));
    m_jobs = std::make_unique<ui::DatabaseJobs>(m_path);
}

bool TestInteractionsPage::settle(ui::InteractionsPage& page)
{
    return QTest::qWaitFor(
        [&] {
            return ui::DatabaseJobs::outstandingJobs() == 0 && !page.model()->isLoading() && page.matchCount() >= 0;
        },
        30000);
}

QStringList TestInteractionsPage::readAllIds(ui::InteractionsPage& page)
{
    ui::KindTableModel& model = *page.model();
    if (!settle(page))
        return {};
    while (model.canFetchMore()) {
        model.fetchMore();
        if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 10000))
            return {};
    }
    QStringList ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids << model.index(r, 0).data(ui::KindTableModel::RawRole).toString();
    return ids;
}

void TestInteractionsPage::firstVisitBuildsTheIndexes()
{
    const std::string sql = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'interactions' AND "
                            "name NOT LIKE 'sqlite_%' ORDER BY name";
    QCOMPARE(fbtest::dump(m_path, sql), QStringList{}); // the demo's load into an empty table left them
    ui::InteractionsPage page(*m_jobs);
    QVERIFY(settle(page));
    QCOMPARE(fbtest::dump(m_path, sql),
             (QStringList{QStringLiteral("interactions_agent_started"), QStringLiteral("interactions_started")}));
    QCOMPARE(page.matchCount(), qint64(13448));
}

void TestInteractionsPage::newestFirstWithNamesAndTotal()
{
    ui::InteractionsPage page(*m_jobs);
    page.resize(1280, 720);
    page.show();
    QVERIFY(settle(page));
    QCOMPARE(page.matchCount(), qint64(13448));
    QCOMPARE(page.countText(), QStringLiteral("13,448 interactions match"));
    QCOMPARE(page.query(), Q{}); // the days span the data: no date filter
    const auto* model = page.model();
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Agent"));
    // sqlite3: ORDER BY started_at DESC, interaction_id DESC LIMIT 2
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("C00009847"));
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("C00009846"));
    QCOMPARE(model->index(0, 3).data(ui::KindTableModel::RawRole).toString(), QStringLiteral("2026-10-10T19:55:57"));
    QVERIFY(!model->index(0, 2).data().toString().isEmpty()); // the name beside the id
    const QHeaderView* header = page.panel()->view()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), 3);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
}

void TestInteractionsPage::filtersGiveKnownCounts_data()
{
    QTest::addColumn<Q>("query");
    QTest::addColumn<qint64>("count");
    Q q;
    q.team = "Billing";
    QTest::newRow("team Billing") << q << qint64(6540);
    q = {};
    q.agentId = "A0001";
    QTest::newRow("agent Rosa Keller") << q << qint64(186);
    q = {};
    q.fromDay = "2026-09-01";
    q.toDay = "2026-09-30";
    QTest::newRow("September") << q << qint64(4125);
    q = {};
    q.csat = Q::Csat::Surveyed;
    QTest::newRow("surveyed") << q << qint64(2609);
    q.csat = Q::Csat::NotSurveyed;
    QTest::newRow("not surveyed") << q << qint64(10839);
    q.csat = Q::Csat::Top2;
    QTest::newRow("top 2") << q << qint64(1782);
    q.csat = Q::Csat::Score1;
    QTest::newRow("CSAT 1") << q << qint64(41);
    q = {};
    q.fcr = Q::Fcr::Resolved;
    QTest::newRow("resolved") << q << qint64(9575);
    q.fcr = Q::Fcr::NotResolved;
    QTest::newRow("not resolved") << q << qint64(3207);
    q.fcr = Q::Fcr::Unknown;
    QTest::newRow("FCR unknown") << q << qint64(666);
    q = {};
    q.escalated = Q::Flag::Yes;
    QTest::newRow("escalated") << q << qint64(734);
    q.escalated = Q::Flag::No;
    QTest::newRow("not escalated") << q << qint64(12714);
    q = {};
    q.defects = Q::Defects::Some;
    QTest::newRow("defects") << q << qint64(258);
    q.defects = Q::Defects::None;
    QTest::newRow("no defects") << q << qint64(13190);
    q = {};
    q.channel = "chat";
    QTest::newRow("chat") << q << qint64(4395);
    q = {};
    q.queue = "billing";
    QTest::newRow("queue billing") << q << qint64(5565);
    q = {};
    q.contains = "refund";
    QTest::newRow("search refund") << q << qint64(903);
    q = {};
    q.team = "Tech Support";
    q.channel = "voice";
    q.csat = Q::Csat::Surveyed;
    q.fromDay = "2026-09-01";
    q.toDay = "2026-09-30";
    QTest::newRow("Tech Support voice surveyed in September") << q << qint64(206);
}

void TestInteractionsPage::filtersGiveKnownCounts()
{
    QFETCH(Q, query);
    QFETCH(qint64, count);
    ui::InteractionsPage page(*m_jobs);
    QVERIFY(settle(page));
    page.setQuery(query);
    QVERIFY(settle(page));
    QCOMPARE(page.query(), query); // the filter bar shows exactly what was asked
    QCOMPARE(page.matchCount(), count);
    QCOMPARE(page.countText(), QStringLiteral("%L1 interactions match").arg(count));
}

void TestInteractionsPage::ordersOnIndexedColumns()
{
    ui::InteractionsPage page(*m_jobs);
    QVERIFY(settle(page));
    QHeaderView* header = page.panel()->view()->horizontalHeader();
    header->setSortIndicator(0, Qt::AscendingOrder); // Interaction ID, as a click on its header does
    QVERIFY(settle(page));
    QCOMPARE(page.query().sort, Q::Sort::InteractionId);
    QCOMPARE(page.model()->index(0, 0).data().toString(), QStringLiteral("C00000001"));
    header->setSortIndicator(2, Qt::DescendingOrder); // Agent (name column; the order is by agent id)
    QVERIFY(settle(page));
    // sqlite3: ORDER BY agent_id DESC, started_at DESC, interaction_id DESC LIMIT 1
    QCOMPARE(page.model()->index(0, 0).data().toString(), QStringLiteral("C00013448"));
    QCOMPARE(page.model()->index(0, 1).data().toString(), QStringLiteral("A0024"));
    header->setSortIndicator(5, Qt::AscendingOrder); // Queue: not indexed, the order stays
    QVERIFY(settle(page));
    QCOMPARE(page.query().sort, Q::Sort::Agent);
    QCOMPARE(header->sortIndicatorSection(), 2);
}

void TestInteractionsPage::pagesAddUpToTheTotal()
{
    ui::InteractionsPage page(*m_jobs);
    page.model()->setPageSize(97); // pages that end mid-second, mid-agent
    Q q;
    q.team = "Billing";
    q.csat = Q::Csat::Surveyed;
    for (auto sort : {Q::Sort::Started, Q::Sort::InteractionId, Q::Sort::Agent}) {
        q.sort = sort;
        q.descending = sort != Q::Sort::InteractionId;
        page.setQuery(q);
        const QStringList ids = readAllIds(page);
        QCOMPARE(qint64(ids.size()), page.matchCount());
        QCOMPARE(ids.size(), 1224); // sqlite3: Billing agents' contacts with a CSAT
        QCOMPARE(int(std::set<QString>(ids.begin(), ids.end()).size()), ids.size());
    }
}

void TestInteractionsPage::exportWritesTheShownRows()
{
    ui::InteractionsPage page(*m_jobs);
    Q q;
    q.agentId = "A0002";
    q.fcr = Q::Fcr::NotResolved;
    page.setQuery(q);
    const QStringList shown = readAllIds(page);
    QCOMPARE(shown.size(), 162); // sqlite3: A0002's contacts with resolved_first_contact = 0
    exporting::ExportOptions options;
    options.kind = Kind::Interactions;
    options.file = m_dir.filePath(QStringLiteral("shown.csv"));
    options.interactions = page.query();
    auto db = store::Database::open(m_path, store::Database::Mode::Read);
    QVERIFY(db.ok());
    auto written = exporting::runExport(**db, options);
    QVERIFY(written.ok());
    QCOMPARE(written->rows, qint64(162));
    QStringList lines = QString::fromUtf8(fbtest::readAll(options.file)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // The first name quoted: the mark of a guarded file, which import undoes (CsvWriter::writeHeader).
    QVERIFY(lines.takeFirst().startsWith(QStringLiteral("\"interaction_id\",agent_id,started_at,")));
    QStringList exported;
    for (const QString& line : lines)
        exported << line.section(QLatin1Char(','), 0, 0).trimmed();
    QCOMPARE(exported, shown); // the same rows in the same order
}

void TestInteractionsPage::scorecardCellDrillDown_data()
{
    QTest::addColumn<analytics::Level>("level");
    QTest::addColumn<QString>("metric");
    QTest::newRow("agent CSAT") << analytics::Level::Agent << QStringLiteral("csat");
    QTest::newRow("agent FCR") << analytics::Level::Agent << QStringLiteral("fcr");
    QTest::newRow("agent escalation") << analytics::Level::Agent << QStringLiteral("escalation");
    QTest::newRow("team CSAT") << analytics::Level::Team << QStringLiteral("csat");
    QTest::newRow("team FCR") << analytics::Level::Team << QStringLiteral("fcr");
}

void TestInteractionsPage::scorecardCellDrillDown()
{
    QFETCH(analytics::Level, level);
    QFETCH(QString, metric);
    ui::scorecards::ScorecardPage scorecards(m_path);
    scorecards.resize(1500, 700);
    scorecards.show();
    QVERIFY(QTest::qWaitForWindowExposed(&scorecards));
    QSignalSpy computed(&scorecards, &ui::scorecards::ScorecardPage::computed);
    QVERIFY(computed.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(!scorecards.isComputing(), 30000);
    scorecards.setSpan(4);
    scorecards.setLevel(level, QStringLiteral("Billing"));
    QTRY_VERIFY_WITH_TIMEOUT(!scorecards.isComputing() && scorecards.scorecard().level == level &&
                                 scorecards.scorecard().fromWeek == 202638,
                             30000);
    const analytics::Scorecard& card = scorecards.scorecard();
    int column = -1;
    for (size_t m = 0; m < card.definition.metrics.size(); ++m)
        if (analytics::metricKey(card.definition.metrics[m].metric) == metric.toStdString())
            column = ui::scorecards::ScorecardModel::FirstMetricColumn + int(m);
    QVERIFY(column >= 0);

    // Double-clicking the first row's cell asks for its contacts.
    QSignalSpy asked(&scorecards, &ui::scorecards::ScorecardPage::contactsRequested);
    QTableView* table = scorecards.table();
    const QModelIndex source = table->model()->index(0, column);
    table->scrollTo(source);
    // A press first, as a real double-click has: the view opens the cell it was pressed on.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(source).center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(source).center());
    QCOMPARE(asked.size(), 1);
    const auto request = asked.at(0).at(0).value<ui::ContactsRequest>();
    QVERIFY(request.n > 0);

    ui::InteractionsPage page(*m_jobs);
    page.model()->setPageSize(113);
    page.showContacts(request);
    const QStringList ids = readAllIds(page);
    QCOMPARE(page.matchCount(), request.n);  // the total equals the figure's n...
    QCOMPARE(qint64(ids.size()), request.n); // ...and so do the rows read from the table
    QVERIFY(page.bannerText().startsWith(QStringLiteral("Contacts behind: ")));
    QVERIFY(page.bannerText().contains(QStringLiteral("2026-W38 to 2026-W41")));
    if (metric == QStringLiteral("csat"))
        QVERIFY(page.bannerText().endsWith(QStringLiteral(" surveyed contacts")));
    if (level == analytics::Level::Agent && metric == QStringLiteral("csat")) {
        page.resize(1280, 720);
        page.show();
        QVERIFY(fb::test::saveScreenshot(page.grab().toImage(), QStringLiteral("interactions-drilldown.png")));
    }
    // A filter changed by hand is no longer "the contacts behind" the figure.
    page.filterBar()->searchBox()->setText(QStringLiteral("C0"));
    QTRY_VERIFY(page.bannerText().isEmpty());
}

void TestInteractionsPage::otherFiguresOpenNoContacts()
{
    analytics::Scorecard card;
    card.level = analytics::Level::Agent;
    card.fromWeek = 202638;
    card.toWeek = 202641;
    card.definition = analytics::defaultDefinition();
    analytics::ScoreRow row;
    row.id = "A0001";
    row.name = "Rosa Keller";
    row.metrics.resize(card.definition.metrics.size());
    card.rows.push_back(row);
    for (size_t m = 0; m < card.definition.metrics.size(); ++m) {
        const auto metric = card.definition.metrics[m].metric;
        const bool contacts = metric != analytics::Metric::Qa && metric != analytics::Metric::Pulse &&
                              metric != analytics::Metric::Coaching;
        const int column = ui::scorecards::ScorecardModel::FirstMetricColumn + int(m);
        QCOMPARE(ui::scorecards::contactsBehind(card, 0, column).has_value(), contacts);
    }
    QVERIFY(!ui::scorecards::contactsBehind(card, 0, ui::scorecards::ScorecardModel::NameColumn));
    QVERIFY(ui::scorecards::contactsBehind(card, 0, ui::scorecards::ScorecardModel::InteractionsColumn));
    card.level = analytics::Level::Site;
    QVERIFY(!ui::scorecards::contactsBehind(card, 0, ui::scorecards::ScorecardModel::InteractionsColumn));
}

void TestInteractionsPage::mainWindowOpensTheContacts()
{
    ui::MainWindow window;
    QVERIFY(window.openDatabase(m_path).ok());
    window.resize(1280, 720);
    window.show();
    window.showPage(ui::MainWindow::FirstFeatureIndex); // Scorecards
    auto* scorecards = qobject_cast<ui::scorecards::ScorecardPage*>(window.page(ui::MainWindow::FirstFeatureIndex));
    QVERIFY(scorecards);
    ui::ContactsRequest request;
    request.query.agentId = "A0001";
    request.query.csat = Q::Csat::Surveyed;
    request.banner = QStringLiteral("Contacts behind: CSAT of Rosa Keller");
    emit scorecards->contactsRequested(request);
    QCOMPARE(window.page(ui::MainWindow::InteractionsIndex)->isVisible(), true);
    ui::InteractionsPage* page = window.interactionsPage();
    QCOMPARE(page->bannerText(), request.banner);
    QVERIFY(settle(*page));
    QCOMPARE(page->matchCount(), qint64(35)); // sqlite3: A0001's contacts with a CSAT
    QTRY_VERIFY_WITH_TIMEOUT(ui::DatabaseJobs::outstandingJobs() == 0, 30000);
}

void TestInteractionsPage::programComparisonDrillDown()
{
    // The friction page's own test site: the default demo over 8 weeks, a program for Billing from its first day.
    const QString path = m_dir.filePath(QStringLiteral("flow.floorboard"));
    {
        auto db = store::Database::open(path);
        QVERIFY(db.ok());
        demo::DemoOptions o;
        o.weeks = 8;
        QVERIFY(demo::generateDemo(**db, o).ok());
        QVERIFY(store::createProgram(**db, "Billing flow", {"Billing"}, o.start).ok());
    }
    ui::FrictionPage friction(path);
    friction.resize(1280, 720);
    friction.setToday(QDate(2026, 9, 30)); // after the program: weeks 7-8 complete
    friction.show();
    QTRY_VERIFY_WITH_TIMEOUT(friction.report() && friction.report()->today == QDate(2026, 9, 30), 30000);
    const analytics::ProgramReport& report = *friction.report();
    QTableWidget* table = friction.comparisonTable();
    QCOMPARE(table->rowCount(), 6);

    // A double-click on an n asks for its contacts.
    QSignalSpy asked(&friction, &ui::FrictionPage::contactsRequested);
    friction.tabs()->setCurrentWidget(table->parentWidget());
    QTRY_VERIFY(table->isVisible());
    const QRect cell = table->visualItemRect(table->item(0, 3));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).at(0).value<ui::ContactsRequest>().n, table->item(0, 3)->text().toLongLong());

    // Every n of the comparison: the contacts shown number what the table says.
    ui::DatabaseJobs jobs(path);
    ui::InteractionsPage page(jobs);
    page.model()->setPageSize(500);
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column : {3, 4}) {
            const auto request = ui::programContactsBehind(report, row, column);
            QVERIFY(request);
            const qint64 n = table->item(row, column)->text().toLongLong();
            QCOMPARE(request->n, n);
            QVERIFY(n > 0);
            page.showContacts(*request);
            const QStringList ids = readAllIds(page);
            QCOMPARE(page.matchCount(), n);
            QCOMPARE(qint64(ids.size()), n);
        }
    }
    QVERIFY(!ui::programContactsBehind(report, 0, 0)); // the metric's name is no figure
    QVERIFY(!ui::programContactsBehind(report, 0, 5)); // nor is the change
}

QTEST_MAIN(TestInteractionsPage)
#include "tst_interactionspage.moc"
