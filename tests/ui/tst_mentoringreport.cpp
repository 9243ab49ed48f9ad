// The site manager's mentoring report (docs/mentoring.md, "The report"):
// its sentences from a report made by hand (counts worked out below), then on
// the seeded demo site (default options: 16 weeks from 2026-07-06, 24 pairs
// ended 2026-09-21) the effect figures of tst_mentoringdemo in words, the page painted
// with nothing left out, and the PDF of exactly one page. The effect values
// themselves are checked against statsmodels in tst_mentoringeffect.
#include "AppSupport.h"
#include "FbTestSupport.h"
#include "MentoringPdf.h"
#include "Screenshots.h"
#include "Settings.h"
#include "analytics/MentoringReport.h"
#include "charts/WeeklyComparisonChart.h"
#include "demo/DemoGenerator.h"
#include "pages/mentoring/EffectTab.h"
#include "pages/mentoring/MentoringPage.h"
#include "pages/mentoring/MentoringRows.h"
#include "pages/mentoring/PairChartTab.h"
#include "pages/mentoring/PairsTab.h"
#include "pages/mentoring/PayForwardTab.h"
#include "reports/MentoringReportLoad.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fb;
using namespace fb::analytics;

namespace {

MentoringPair pair(const char* id, const char* mentee, const char* mentor, const char* behavior, const char* outcome)
{
    MentoringPair p;
    p.pairId = id;
    p.menteeId = mentee;
    p.mentorId = mentor;
    p.behavior = behavior;
    p.startedOn = QDate(2026, 3, 2);
    p.plannedEnd = defaultPlannedEnd(p.startedOn);
    if (*outcome) {
        p.endedOn = p.plannedEnd;
        p.outcome = outcome;
    }
    return p;
}

// Three pairs: P0001 empathy met (sessions of 30 and 45 minutes), P0002
// empathy active (30 minutes), P0003 clarity stopped (none). All: 3 pairs,
// 1 active, 2 ended (1 met, 1 stopped), 3 sessions, 105 minutes, in 2 pairs.
MentoringReport handMade()
{
    MentoringReport r;
    r.today = QDate(2026, 5, 20);
    r.lastWeek = 202620;
    r.attributes = {"empathy", "clarity"};
    r.agents = {{"B01", "Bea", "T", "", "", true},
                {"B02", "Dana", "T", "", "", true},
                {"B09", "Lee", "T", "", "", true},
                {"B10", "Ben", "T", "", "", true}};
    r.pairs = {pair("P0001", "B09", "B01", "empathy", "met"), pair("P0002", "B10", "B02", "empathy", ""),
               pair("P0003", "B10", "B01", "clarity", "stopped")};
    r.sessions = {{"S0001", "P0001", QDate(2026, 3, 9), 30, "", ""},
                  {"S0002", "P0001", QDate(2026, 3, 16), 45, "", ""},
                  {"S0003", "P0002", QDate(2026, 3, 9), 30, "", ""}};
    // The worked example of docs/mentoring.md ("The effect"): +9.27 (-4.16 to +22.69), p = 0.097, 6 pairs in 3 teams.
    r.program.group = "program";
    r.program.pairs = 6;
    r.program.measured = 6;
    r.program.teams = 3;
    r.program.did = 9.27;
    r.program.didLow = -4.16;
    r.program.didHigh = 22.69;
    r.program.pValue = 0.097;
    r.program.pHolm = 0.097;
    MentoringEffectRow clarity;
    clarity.group = "clarity";
    clarity.pairs = 1;
    clarity.note = u"not enough data: 0 pairs measured, at least 5 needed"_s;
    r.byBehavior = {clarity};
    r.csat.group = r.qa.group = "program";
    PayForwardCandidate lee{"B09",  "empathy", "P0001", "B01", "met", r.pairs[0].plannedEnd,
                            202616, 202619,    3.2,     3.5,   8};
    r.payForward = {lee};
    return r;
}

} // namespace

class TestMentoringReport final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        ui::initResources();
        QVERIFY(m_dir.isValid());
    }

    void sentencesOfAReportMadeByHand()
    {
        const auto t = mentoringReportText(handMade(), format::screenIn(QLocale::c()));
        QCOMPARE(t.subtitle, u"Data up to 2026-W20; made on 2026-05-20."_s);
        QCOMPARE(t.pairs, (QStringList{u"All behaviours: pairs 3 (1 active; 2 ended: 1 met, 0 not met, 1 stopped); "
                                       "sessions held 3 (105 minutes), in 2 of the pairs."_s,
                                       u"Clarity: pairs 1 (0 active; 1 ended: 0 met, 0 not met, 1 stopped); sessions "
                                       "held 0 (0 minutes), in 0 of the pairs."_s,
                                       u"Empathy: pairs 2 (1 active; 1 ended: 1 met, 0 not met, 0 stopped); sessions "
                                       "held 3 (105 minutes), in 2 of the pairs."_s}));
        QCOMPARE(t.effect,
                 (QStringList{u"All pairs, on their behaviour: mentees improved 9.3 points more than similar agents "
                              "without a mentor (difference in differences, 95% CI -4.2 to +22.7 points, p = 0.097, "
                              "n = 6 pairs in 3 teams). The interval includes 0: it may have had no effect."_s,
                              u"Clarity: not enough data: 0 pairs measured, at least 5 needed (0 of 1 ended pairs "
                              "measured)."_s,
                              u"CSAT of the mentees (spillover): no pair has ended yet."_s,
                              u"QA total of the mentees (spillover): no pair has ended yet."_s}));
        QCOMPARE(t.payForward, (QStringList{u"Lee (B09) in Empathy: at target (3.2 of 4) in 2026-W16 to 2026-W19, "
                                            "weakest week 3.5 of 4, n = 8; after pair P0001 with Bea (B01)."_s}));
        MentoringReport none = handMade();
        none.payForward.clear();
        none.pairs.clear();
        const auto empty = mentoringReportText(none, format::screenIn(QLocale::c()));
        QCOMPARE(empty.pairs, QStringList{u"No pair has started yet."_s});
        QCOMPARE(empty.payForward,
                 QStringList{u"No former mentee has been at target for 4 weeks in a row since their pair ended."_s});
    }

    void demoSiteOnOnePage()
    {
        QTemporaryDir& dir = m_dir;
        auto db = fbtest::openDb(dir.filePath(u"demo.db"_s));
        QVERIFY(db);
        QVERIFY(demo::generateDemo(*db, demo::DemoOptions{}).ok());
        auto r = reports::loadMentoringReport(*db, QDate(2026, 10, 28)); // last complete week 2026-W43
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r.value().lastWeek, 202643);
        const auto t = mentoringReportText(r.value(), format::screenIn(QLocale::c()));
        for (const auto& line : t.pairs + t.effect + t.payForward)
            qInfo("%s", qPrintable(line));
        // 24 pairs, all ended 6 weeks after their start; empathy met, clarity not met. Each pair held one
        // session a week for its 6 planned weeks (docs/demo-site.md): 24 x 6 = 144 sessions,
        // 24 x (45 + 5 x 30) = 4680 minutes.
        QCOMPARE(t.pairs.first(), u"All behaviours: pairs 24 (0 active; 24 ended: 12 met, 12 not met, 0 stopped); "
                                  "sessions held 144 (4680 minutes), in 24 of the pairs."_s);
        // tst_mentoringdemo: empathy did 20.104695 (p 0.044, Holm 2 x), 11 of 12 measured; clarity 0.350794.
        QVERIFY2(t.effect.at(2).startsWith(u"Empathy: mentees improved 20.1 points more than similar agents without "
                                           "a mentor (difference in differences, 95% CI +"_s),
                 qPrintable(t.effect.at(2)));
        QVERIFY2(t.effect.at(2).contains(u"p = 0.044, Holm-adjusted p = 0.087, n = 11 pairs in 4 teams)."_s),
                 qPrintable(t.effect.at(2)));
        QVERIFY2(t.effect.at(1).startsWith(u"Clarity: mentees improved 0.4 points more"_s), qPrintable(t.effect.at(1)));
        QVERIFY(t.effect.at(1).endsWith(u"The interval includes 0: it may have had no effect."_s));
        QCOMPARE(t.payForward.size(), 5);
        QCOMPARE(t.payForward.first(), u"Wen Abbott (A0001) in Empathy: at target (3.2 of 4) in 2026-W40 to 2026-W43, "
                                       "weakest week 3.3 of 4, n = 16; after pair P0015 with Tessa Hughes (A0014)."_s);

        QImage blank(2480, 3508, QImage::Format_RGB32); // A4 at 300 dpi
        blank.fill(Qt::white);
        QPainter painter(&blank);
        QCOMPARE(report::paintMentoringReport(painter, r.value()), 0); // nothing left out
        painter.end();
        const QImage page = report::renderMentoringReport(r.value());
        QVERIFY(
            fb::test::saveScreenshot(page.scaledToWidth(1100, Qt::SmoothTransformation), u"mentoring-report.png"_s));

        const QString pdf = dir.filePath(u"mentoring.pdf"_s);
        QVERIFY(report::writeMentoringPdf(r.value(), pdf).ok());
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QCOMPARE(bytes.count("/Type /Page") - bytes.count("/Type /Pages"), qsizetype(1)); // one page
        // A folder that does not exist: refused with the path, nothing written.
        const QString missing = dir.filePath(u"no-such-folder/mentoring.pdf"_s);
        const auto st = report::writeMentoringPdf(r.value(), missing);
        QVERIFY(!st.ok());
        QVERIFY2(st.error().toString().contains(missing), qPrintable(st.error().toString()));
        QVERIFY(!QFile::exists(missing));
    }

    // The page on the same demo site: the pair chart of an ended pair, the
    // pay-forward tab, the PDF and the CSV export (with FB_SCREENSHOT_DIR set
    // it writes mentoring-effect.png, mentoring-progress*.png and
    // mentoring-payforward.png).
    void pageOnTheDemoSite()
    {
        ui::MentoringPage page(m_dir.filePath(u"demo.db"_s));
        page.resize(1280, 720);
        page.setToday(QDate(2026, 10, 28));
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.view() && page.view()->toWeek == 202643, 30000);
        page.tabs()->setCurrentWidget(page.effectTab());
        QVERIFY(fb::test::saveScreenshot(page.grab().toImage(), u"mentoring-effect.png"_s));
        page.tabs()->setCurrentWidget(page.payForwardTab());
        // Five empathy mentees (mentoring works there on the demo), none in clarity.
        QTableWidget* pf = page.payForwardTab()->table();
        QCOMPARE(pf->rowCount(), 5);
        QCOMPARE(pf->item(0, 0)->text(), u"Wen Abbott (A0001)"_s);
        QCOMPARE(pf->item(0, 2)->text(), u"2026-W40 to 2026-W43"_s);
        QCOMPARE(pf->item(0, 3)->text(), u"3.3 of 4 (target 3.2 of 4)"_s);
        QCOMPARE(pf->item(0, 4)->text(), u"16"_s);
        QCOMPARE(pf->item(0, 5)->text(), u"P0015 with Tessa Hughes (A0014), ended 2026-09-21 (Met)"_s);
        QVERIFY(fb::test::saveScreenshot(page.grab().toImage(), u"mentoring-payforward.png"_s));

        // Every pair has ended on the demo site: the chart shows the first, P0001.
        QSignalSpy shown(&page, &ui::MentoringPage::progressShown);
        page.tabs()->setCurrentWidget(page.pairChartTab());
        QTRY_VERIFY_WITH_TIMEOUT(!page.pairChartTab()->summaryText().isEmpty() &&
                                     page.pairChartTab()->behaviorChart()->data().weekLabels.size() > 0,
                                 30000);
        QCOMPARE(page.pairChartTab()->currentPair(), std::string("P0001"));
        const auto& chart = page.pairChartTab()->behaviorChart()->data();
        // Started Monday 2026-08-10 (W33), planned end and end 2026-09-21 (W39): W29 to W43, the last week.
        QCOMPARE(chart.weekLabels.first(), u"W29"_s);
        QCOMPARE(chart.weekLabels.last(), u"W43"_s);
        QCOMPARE(chart.weekLabels.size(), 15);
        QCOMPARE(chart.marks.size(), size_t(2));
        QCOMPARE(chart.marks[0].name, u"Start (2026-W33)"_s);
        QCOMPARE(chart.marks[1].name, u"Planned end (2026-W39)"_s);
        QCOMPARE(chart.lines.size(), size_t(3));
        QCOMPARE(chart.lines[0].values.size(), size_t(15));
        QVERIFY(fb::test::saveScreenshot(page.grab().toImage(), u"mentoring-progress.png"_s));
        page.pairChartTab()->charts()->setCurrentIndex(1);
        QVERIFY(fb::test::saveScreenshot(page.grab().toImage(), u"mentoring-progress-csat.png"_s));

        QString error;
        const QString pdf = m_dir.filePath(u"page.pdf"_s);
        QVERIFY2(page.exportPdf(pdf, &error), qPrintable(error));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(bytes.count("/Type /Page") - bytes.count("/Type /Pages"), qsizetype(1));
        const QString csv = m_dir.filePath(u"csv"_s);
        QVERIFY(QDir().mkpath(csv));
        ui::Settings::setExcelCsv(false); // machine CSV: the bytes below (Excel mode is tst_excelcells')
        QVERIFY2(page.exportCsv(csv, &error), qPrintable(error));
        ui::Settings::setExcelCsv(true);
        QFile pfCsv(csv + u"/payforward.csv"_s);
        QVERIFY(pfCsv.open(QIODevice::ReadOnly));
        QCOMPARE(pfCsv.readLine(), QByteArray("agent_id,behavior,pair_id,mentor_id,outcome,ended_on,from_week,to_week,"
                                              "target,weakest,n\r\n"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMentoringReport)
#include "tst_mentoringreport.moc"
