// Offscreen smoke test of the Scorecards page on a small demo site: periods
// and levels show rows, the agent card and "Happiness and results" fill,
// CSV and PDF export write files. With FB_SCREENSHOT_DIR=DIR it saves
// scorecards*.png there.
#include "Screenshots.h"
#include "common/IsoWeek.h"
#include "demo/DemoGenerator.h"
#include "pages/scorecards/AgentCardDialog.h"
#include "pages/scorecards/DefinitionDialog.h"
#include "pages/scorecards/ScorecardModel.h"
#include "pages/scorecards/ScorecardPage.h"
#include "store/Database.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace fb;
using namespace fb::ui::scorecards;

class TestScorecardPage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    static void shoot(QWidget* w, const char* name)
    {
        QVERIFY(fb::test::saveScreenshot(w->grab().toImage(), QLatin1String(name)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.path() + QStringLiteral("/demo.db");
        auto db = store::Database::open(m_db);
        QVERIFY(db);
        demo::DemoOptions o;
        o.agents = 24;
        o.teams = 2;
        o.weeks = 14;
        o.contactsPerWeek = 40;
        QVERIFY(demo::generateDemo(*db.value(), o));
    }

    void periodsAndLevels()
    {
        ScorecardPage page(m_db);
        page.resize(1500, 640);
        page.show();
        QSignalSpy computed(&page, &ScorecardPage::computed);
        QVERIFY(computed.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isComputing(), 30000);
        QCOMPARE(page.scorecard().level, analytics::Level::Agent);
        const int firstTeam = page.table()->model()->rowCount(); // the first team's agents with data
        QVERIFY(firstTeam >= 8 && firstTeam <= 12);
        shoot(&page, "scorecards.png");

        for (int span : {4, 8, 13, 1}) {
            computed.clear();
            page.setSpan(span);
            QVERIFY(computed.wait(30000));
            QVERIFY(page.table()->model()->rowCount() > 0);
            const auto& card = page.scorecard();
            QCOMPARE(IsoWeek::fromKey(card.fromWeek).next(span - 1).key(), card.toWeek);
        }
        computed.clear();
        page.setSpan(4);
        QVERIFY(computed.wait(30000));

        computed.clear();
        page.setLevel(analytics::Level::Agent, QString());
        QVERIFY(computed.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(page.table()->model()->rowCount() > 12, 30000);
        QVERIFY(page.table()->model()->rowCount() <= 26);

        computed.clear();
        page.setLevel(analytics::Level::Team);
        QVERIFY(computed.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(page.table()->model()->rowCount(), 2, 30000);
        shoot(&page, "scorecards-teams.png");

        computed.clear();
        page.setLevel(analytics::Level::Site);
        QVERIFY(computed.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(page.scorecard().level == analytics::Level::Site, 30000);
        QVERIFY(page.table()->model()->rowCount() >= 1);

        // Sorting by composite keeps every row.
        page.table()->sortByColumn(ScorecardModel::FirstMetricColumn + 9, Qt::DescendingOrder);
        QVERIFY(page.table()->model()->rowCount() >= 1);

        // Export.
        const QString csv = m_dir.path() + QStringLiteral("/card.csv");
        QVERIFY(page.exportCsv(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readLine().startsWith("level,id,name,team,week_from,week_to,csat,csat_n,csat_score,"));
        QSignalSpy pdf(&page, &ScorecardPage::pdfWritten);
        const QString pdfFile = m_dir.path() + QStringLiteral("/card.pdf");
        page.exportPdf(pdfFile);
        QVERIFY(pdf.wait(30000));
        QVERIFY(pdf.first().at(1).toBool());
        QVERIFY(QFileInfo(pdfFile).size() > 1000);
        const QImage preview = page.lastPrintPreview();
        QVERIFY(!preview.isNull());
        QVERIFY(fb::test::saveScreenshot(preview, QStringLiteral("scorecards-print.png")));
    }

    void agentCardAndHappiness()
    {
        ScorecardPage page(m_db);
        page.resize(1500, 760);
        page.show();
        QSignalSpy computed(&page, &ScorecardPage::computed);
        QVERIFY(computed.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isComputing(), 30000);
        QVERIFY(page.table()->model()->rowCount() > 0);
        QMetaObject::invokeMethod(page.table(), "doubleClicked",
                                  Q_ARG(QModelIndex, page.table()->model()->index(0, 0)));
        AgentCardDialog* card = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((card = page.findChild<AgentCardDialog*>()) != nullptr, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(card->chartCount() == 9, 30000);
        QTest::qWait(200);
        shoot(card, "scorecards-agent-card.png");
        card->close();

        QSignalSpy happy(&page, &ScorecardPage::happinessComputed);
        page.showHappiness();
        QVERIFY(happy.wait(30000));
        auto tables = page.findChildren<QTableWidget*>();
        QVERIFY(!tables.isEmpty());
        bool filled = false;
        for (auto* t : tables)
            if (t->rowCount() == 35 && t->item(0, 2) && !t->item(0, 2)->text().isEmpty())
                filled = true;
        QVERIFY(filled);
        shoot(&page, "scorecards-happiness.png");
    }

    // The editor round-trips a definition unchanged (apart from the note).
    void definitionDialog()
    {
        const auto& def = analytics::defaultDefinition();
        DefinitionDialog dialog(def);
        dialog.show();
        const auto edited = dialog.definition();
        QCOMPARE(edited.metrics.size(), def.metrics.size());
        for (size_t i = 0; i < def.metrics.size(); ++i) {
            QCOMPARE(edited.metrics[i].metric, def.metrics[i].metric);
            QCOMPARE(edited.metrics[i].floor, def.metrics[i].floor);
            QCOMPARE(edited.metrics[i].target, def.metrics[i].target);
            QCOMPARE(edited.metrics[i].weight, def.metrics[i].weight);
            QCOMPARE(edited.metrics[i].minN, def.metrics[i].minN);
        }
        QVERIFY(analytics::validate(edited));
        shoot(&dialog, "scorecards-definition.png");
    }

    void noFreezeOnRapidSwitching()
    {
        ScorecardPage page(m_db);
        page.show();
        QSignalSpy computed(&page, &ScorecardPage::computed);
        QVERIFY(computed.wait(30000));
        // Requests pile up faster than they compute: only the last one lands.
        for (int i = 0; i < 10; ++i)
            page.setSpan(i % 2 ? 13 : 1);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isComputing(), 30000);
        const auto& card = page.scorecard();
        QCOMPARE(card.fromWeek, IsoWeek::fromKey(card.toWeek).next(-12).key());
    }
};

QTEST_MAIN(TestScorecardPage)
#include "tst_scorecardpage.moc"
