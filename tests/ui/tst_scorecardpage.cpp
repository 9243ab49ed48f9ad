// Offscreen smoke test of the Scorecards page on a small demo site: periods
// and levels show rows, the agent card and "Happiness and results" fill,
// CSV and PDF export write files. With FB_SCREENSHOT_DIR=DIR it saves
// scorecards*.png there.
#include "ScorecardFormat.h"
#include "Screenshots.h"
#include "common/IsoWeek.h"
#include "demo/DemoGenerator.h"
#include "pages/PageParts.h"
#include "pages/scorecards/AgentCardDialog.h"
#include "pages/scorecards/DefinitionDialog.h"
#include "pages/scorecards/ScorecardModel.h"
#include "pages/scorecards/ScorecardPage.h"
#include "store/Database.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <utility>

using namespace fb;
using namespace fb::ui::scorecards;
using namespace fb::scorecards;

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
        // The expected counts were cross-checked with the CLI on the same seeded site:
        //   floorboard-cli --db x.db demo --agents 24 --teams 2 --weeks 14 --contacts-per-week 40
        //   floorboard-cli --db x.db scorecard --level agent --weeks N   (rows per team)
        // gives Billing 11 agents for 1 and 4 weeks (one has no contacts in the last four weeks) and 12 for 8
        // and 13 weeks; Tech Support 12 throughout; teams 2; sites 2 (Northgate, Riverside); last week 2026-W41.
        QCOMPARE(page.scorecard().toWeek, 202641);
        QCOMPARE(page.table()->model()->rowCount(), 11); // the first team, Billing: its agents with data
        for (const auto& row : page.scorecard().rows)
            QCOMPARE(row.team, std::string("Billing"));
        shoot(&page, "scorecards.png");

        for (auto [span, agents] : {std::pair{4, 11}, std::pair{8, 12}, std::pair{13, 12}, std::pair{1, 11}}) {
            computed.clear();
            page.setSpan(span);
            QVERIFY(computed.wait(30000));
            QCOMPARE(page.table()->model()->rowCount(), agents);
            const auto& card = page.scorecard();
            QCOMPARE(IsoWeek::fromKey(card.fromWeek).next(span - 1).key(), card.toWeek);
        }
        computed.clear();
        page.setSpan(4);
        QVERIFY(computed.wait(30000));

        computed.clear();
        page.setLevel(analytics::Level::Agent, QString());
        QVERIFY(computed.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(page.table()->model()->rowCount(), 23, 30000); // 11 + 12 over 4 weeks

        computed.clear();
        page.setLevel(analytics::Level::Team);
        QVERIFY(computed.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(page.table()->model()->rowCount(), 2, 30000);
        {
            // 2026-W38 to W41, from the CLI's team scorecard: Billing csat 0.7078313253012049 of 332 surveyed
            // (235 top-2), fcr 0.7430555555555556 of 1728 (1284 resolved).
            const auto& card = page.scorecard();
            QCOMPARE(card.fromWeek, 202638);
            const auto billing =
                std::find_if(card.rows.begin(), card.rows.end(), [](const auto& r) { return r.name == "Billing"; });
            QVERIFY(billing != card.rows.end());
            QCOMPARE(billing->metrics[0].n, qint64(332));
            QCOMPARE(billing->metrics[0].numerator, 235.0);
            QCOMPARE(billing->metrics[1].n, qint64(1728));
            QCOMPARE(billing->metrics[1].numerator, 1284.0);
        }
        shoot(&page, "scorecards-teams.png");

        computed.clear();
        page.setLevel(analytics::Level::Site);
        QVERIFY(computed.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(page.scorecard().level == analytics::Level::Site, 30000);
        QCOMPARE(page.table()->model()->rowCount(), 2); // Northgate and Riverside

        // Sorting by composite keeps every row.
        page.table()->sortByColumn(ScorecardModel::FirstMetricColumn + 9, Qt::DescendingOrder);
        QCOMPARE(page.table()->model()->rowCount(), 2);

        // Export.
        const QString csv = m_dir.path() + QStringLiteral("/card.csv");
        QVERIFY(page.exportCsv(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        // Written as the window's CSV setting says ("Excel on this computer" by default).
        QByteArray header = f.readLine();
        const csv::WriterOptions written = ui::csvWriterOptions();
        if (written.bom) {
            QVERIFY(header.startsWith("\xEF\xBB\xBF"));
            header.remove(0, 3);
        }
        header.replace(written.delimiter, ',');
        QVERIFY(header.startsWith("level,id,name,team,week_from,week_to,csat,csat_n,csat_score,"));
        QSignalSpy pdf(&page, &ScorecardPage::pdfWritten);
        const QString pdfFile = m_dir.path() + QStringLiteral("/card.pdf");
        page.exportPdf(pdfFile, PrintScope::AllTeams); // the huddle sheets (what is shown: tst_scorecardprint)
        QVERIFY(pdf.wait(30000));
        QVERIFY(pdf.first().at(1).toBool());
        QVERIFY(QFileInfo(pdfFile).size() > 1000);
        // A folder that does not exist: refused with the writer's whole error, nothing written.
        const QString missing = m_dir.path() + QStringLiteral("/no-such-folder");
        page.exportPdf(missing + QStringLiteral("/card.pdf"));
        QVERIFY(pdf.wait(30000));
        QVERIFY(!pdf.last().at(1).toBool());
        QVERIFY(!QFileInfo::exists(missing));
        const QString refusal = QStringLiteral("Cannot write the PDF: ") + missing +
                                QStringLiteral("/card.pdf: cannot write: the folder ") +
                                QDir::toNativeSeparators(missing) + QStringLiteral(" does not exist");
        const auto labels = page.findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [&](const QLabel* l) { return l->text() == refusal; }));
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
        QCOMPARE(page.table()->model()->rowCount(), 11); // Billing's agents with data in 2026-W41
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

    // Issue 12: the cell read "n=1 < 5" while its tooltip printed the value of
    // that one response. Below the minimum sample the tooltip says no more
    // than the cell, for every metric.
    void tooltipBelowTheMinimumHidesTheValue()
    {
        const auto def = analytics::defaultDefinition();
        const analytics::MetricDef& pulse = *def.find(analytics::Metric::Pulse);
        analytics::MetricValue one;
        one.n = 1;
        one.value = 4.2;
        QCOMPARE(formatCell(pulse, one), QStringLiteral("n=1 < 5"));
        QCOMPARE(cellTooltip(pulse, one),
                 QStringLiteral("<b>Pulse</b> — mean of the five pulse dimensions (1-5)<br><i>Not enough data "
                                "(n=1 &lt; 5): left out of the composite.</i>"));
        const analytics::MetricDef& csat = *def.find(analytics::Metric::Csat);
        analytics::MetricValue few;
        few.n = 4;
        few.numerator = 3;
        few.denominator = 4;
        few.value = 0.75;
        QVERIFY(!cellTooltip(csat, few).contains(QStringLiteral("75")));
        QVERIFY(!cellTooltip(csat, few).contains(QStringLiteral("Wilson")));
    }
};

QTEST_MAIN(TestScorecardPage)
#include "tst_scorecardpage.moc"
