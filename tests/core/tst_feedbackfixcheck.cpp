// "Did it help?" for a fixed feedback ticket (docs/feedback.md): the
// attribution of the friction-to-flow program over the four weeks before and
// after the fix day, the ticket's queue against the untouched queues.
//
// How the references were obtained: the interactions below are the data set
// "attribution synthetic" of tests/reference/cluster_ols.py (the same rows as
// syntheticCells() of tst_attribution.cpp), fitted by statsmodels 0.13.5
// (Debian 12's python3-statsmodels) as
//   sm.OLS(y, [1, in, after, in*after]).fit(cov_type="cluster", cov_kwds={"groups": agent}, use_t=True)
// run as `/usr/bin/python3 tests/reference/cluster_ols.py`; term 3 (in*after) printed with repr:
//  - rework: -0.05999999999999437, 95% CI -0.06351680600528718 to -0.05648319399470156, p 1.2637423084930551e-08
//  - dpti (1,000 x defects): -19.99999999999364, CI -22.45677148870775 to -17.54322851127953, p 1.0386992559581214e-06
//  - aht: -16.79999999999936, CI -17.748271665220575 to -15.851728334778146, p 1.0085574735143194e-08
// Here the ticket T0007 (queue billing) is fixed on Monday 2026-08-03, so its
// window is 2026-07-06 to 2026-08-30 and the cells are those of the program of
// tst_attribution.cpp. By hand: rework (0.08 - 0.14) - (0.10 - 0.10) = -0.06.
// Holm over the ticket's six metrics: three have p (FCR and escalations do not
// vary, CSAT has no survey), so rework and aht take 3 x aht's p, dpti its own.
#include "analytics/FeedbackFixCheck.h"
#include "export/FeedbackCsv.h"

#include <QTest>

#include <cmath>

using namespace fb;
using namespace fb::analytics;

namespace {

bool close(double a, double b, double tol)
{
    return std::abs(a - b) <= tol;
}

ProgramInteraction row(std::string_view day, std::string_view queue, double handle, int repeat, int defects,
                       std::string_view agent)
{
    ProgramInteraction r;
    r.agent = agent;
    r.day = day;
    r.queue = queue;
    r.handleSeconds = handle;
    r.fcr = 1;
    r.repeat = repeat;
    r.escalated = 0;
    r.defects = defects;
    return r;
}

FeedbackTicket fixedTicket(const char* id, const char* queue, QDate fixedOn)
{
    FeedbackTicket t;
    t.id = id;
    t.raisedOn = QDate(2026, 7, 1);
    t.category = "tool";
    t.friction = "tool lag";
    t.title = "Billing console freezes";
    t.scopeQueue = queue;
    t.status = "fixed";
    t.decidedOn = QDate(2026, 7, 3);
    t.owner = "Priya Shah";
    t.fixedOn = fixedOn;
    t.fixWhat = "Patched the query";
    return t;
}

void fill(ProgramCells& cells)
{
    static const char* const agents[] = {"A0", "A1", "A2", "A3", "A4", "A5", "A6"};
    for (int i = 0; i < 1000; ++i) {
        cells.add(row("2026-07-13", "billing", i % 2 ? 600 : 400, i < 140 ? 1 : 0, i < 30 ? 1 : 0, agents[i % 7]));
        cells.add(row("2026-08-10", "billing", i % 3 ? 550 : 350, i < 80 ? 1 : 0, i < 10 ? 1 : 0, agents[i % 7]));
    }
    for (int i = 0; i < 500; ++i) {
        cells.add(row("2026-07-13", "general", i % 2 ? 700 : 500, i < 50 ? 1 : 0, i < 10 ? 1 : 0, agents[i % 7]));
        cells.add(row("2026-08-10", "general", i % 2 ? 700 : 500, i < 50 ? 1 : 0, i < 10 ? 1 : 0, agents[i % 7]));
    }
}

const AttributionRow& find(const FixCheck& check, ProgramMetric m)
{
    for (const auto& r : check.rows)
        if (r.metric == m)
            return r;
    static const AttributionRow none;
    return none;
}

} // namespace

class TestFeedbackFixCheck : public QObject {
    Q_OBJECT

private slots:
    void matchesStatsmodels();
    void sentencesSayWhatMoved();
    void csvColumns();
    void refusals();
    void anotherFixInTheQueueIsRefused();
};

void TestFeedbackFixCheck::matchesStatsmodels()
{
    const auto t = fixedTicket("T0007", "billing", QDate(2026, 8, 3));
    QCOMPARE(fixCheckRefusal(t, QDate(2026, 8, 30)), QString());
    auto cells = fixCheckCells(t, {t});
    QCOMPARE(cells.start(), QDate(2026, 7, 6));
    QCOMPARE(cells.end(), QDate(2026, 8, 31));
    fill(cells);
    const auto check = checkFix(t, cells);
    QCOMPARE(check.ticketId, std::string("T0007"));
    QCOMPARE(check.queue, std::string("billing"));
    QCOMPARE(check.from, QDate(2026, 7, 6));
    QCOMPARE(check.to, QDate(2026, 8, 31));
    QVERIFY(check.others.empty());
    QCOMPARE(check.rows.size(), size_t(6));
    const auto& rework = find(check, ProgramMetric::Rework);
    QCOMPARE(rework.fixId, qint64(7));
    QVERIFY(rework.did && rework.low && rework.high && rework.p && rework.pHolm);
    QVERIFY(close(*rework.did, -0.05999999999999437, 1e-9));
    QVERIFY(close(*rework.low, -0.06351680600528718, 1e-9));
    QVERIFY(close(*rework.high, -0.05648319399470156, 1e-9));
    QVERIFY(close(*rework.p, 1.2637423084930551e-08, 1e-9));
    QCOMPARE(rework.n, (std::array<qint64, 4>{1000, 1000, 500, 500}));
    QCOMPARE(rework.agents, qint64(7));
    const auto& dpti = find(check, ProgramMetric::Dpti);
    QVERIFY(close(*dpti.did, -19.99999999999364, 1e-9));
    QVERIFY(close(*dpti.low, -22.45677148870775, 1e-9));
    QVERIFY(close(*dpti.high, -17.54322851127953, 1e-9));
    QVERIFY(close(*dpti.p, 1.0386992559581214e-06, 1e-9));
    const auto& aht = find(check, ProgramMetric::Aht);
    QVERIFY(close(*aht.did, -16.79999999999936, 1e-9));
    QVERIFY(close(*aht.low, -17.748271665220575, 1e-9));
    QVERIFY(close(*aht.high, -15.851728334778146, 1e-9));
    QVERIFY(close(*aht.p, 1.0085574735143194e-08, 1e-9));
    QVERIFY(close(*rework.pHolm, 3 * 1.0085574735143194e-08, 1e-12));
    QVERIFY(close(*aht.pHolm, 3 * 1.0085574735143194e-08, 1e-12));
    QVERIFY(close(*dpti.pHolm, 1.0386992559581214e-06, 1e-12));
    const auto& fcr = find(check, ProgramMetric::Fcr);
    QVERIFY(fcr.did && !fcr.p && !fcr.pHolm);
    QCOMPARE(*fcr.did, 0.0);
    const auto& csat = find(check, ProgramMetric::Csat);
    QVERIFY(!csat.did);
    QCOMPARE(csat.note,
             QStringLiteral("too little data: in scope before the fix has 0; in scope on or after the fix has 0; "
                            "untouched by every fix before the fix has 0; untouched by every fix on or after "
                            "the fix has 0; each of the four cells needs at least 100 interactions, so no "
                            "effect is claimed"));
}

void TestFeedbackFixCheck::sentencesSayWhatMoved()
{
    const auto t = fixedTicket("T0007", "billing", QDate(2026, 8, 3));
    auto cells = fixCheckCells(t, {t});
    fill(cells);
    const auto check = checkFix(t, cells);
    // Rework 14.0 % -> 8.0 % in billing, 10.0 % on both sides elsewhere; -6.0 points,
    // the interval -6.35 to -5.65 rounded to one decimal, Holm-adjusted p 3.0e-8.
    QCOMPARE(
        fixCheckSentence(find(check, ProgramMetric::Rework), check.queue, format::file()),
        QStringLiteral("Rework in billing: 14.0% before, 8.0% from the fix (n 1000, 1000); untouched queues 10.0% and "
                       "10.0% (n 500, 500): the fix accounts for -6.0 points (95% CI -6.4 to -5.6, Holm-adjusted "
                       "p < 0.001, 7 agents)."));
    // Handle time: billing 500 s before, 483.33 s after; elsewhere 600 s on both sides.
    QCOMPARE(fixCheckSentence(find(check, ProgramMetric::Aht), check.queue, format::file()),
             QStringLiteral("Handle time in billing: 500 s before, 483 s from the fix (n 1000, 1000); untouched queues "
                            "600 s and 600 s (n 500, 500): the fix accounts for -17 seconds (95% CI -18 to -16, "
                            "Holm-adjusted p < 0.001, 7 agents)."));
    QCOMPARE(
        fixCheckSentence(find(check, ProgramMetric::Csat), check.queue, format::file()),
        QStringLiteral("CSAT top-2-box in billing: — before, — from the fix (n 0, 0); untouched queues — and — (n 0, "
                       "0): not credited: too little data: in scope before the fix has 0; in scope on or after the fix "
                       "has 0; untouched by every fix before the fix has 0; untouched by every fix on or after the fix "
                       "has 0; each of the four cells needs at least 100 interactions, so no effect is claimed."));
}

void TestFeedbackFixCheck::csvColumns()
{
    const auto t = fixedTicket("T0007", "billing", QDate(2026, 8, 3));
    auto cells = fixCheckCells(t, {t});
    fill(cells);
    const auto table = exporting::feedbackFixCheckCsv(checkFix(t, cells));
    QCOMPARE(table.header,
             (std::vector<std::string>{"ticket_id", "metric", "in_before", "n_in_before", "in_after", "n_in_after",
                                       "untouched_before", "n_untouched_before", "untouched_after", "n_untouched_after",
                                       "did", "did_low", "did_high", "p_value", "p_holm", "agents", "note", "method"}));
    QCOMPARE(table.rows.size(), size_t(6));
    const auto& rework = table.rows[2];
    QCOMPARE(rework[0], std::string("T0007"));
    QCOMPARE(rework[1], std::string("rework"));
    QCOMPARE(rework[2], std::string("0.14"));
    QCOMPARE(rework[3], std::string("1000"));
    QCOMPARE(rework[4], std::string("0.08"));
    QCOMPARE(rework[6], std::string("0.1"));
    QCOMPARE(rework[9], std::string("500"));
    QCOMPARE(rework[15], std::string("7"));
    QCOMPARE(rework[16], std::string());
    QCOMPARE(rework[17], std::string(kMethodClusterOls));
}

void TestFeedbackFixCheck::refusals()
{
    auto t = fixedTicket("T0007", "billing", QDate(2026, 8, 3));
    QCOMPARE(fixCheckRefusal(t, QDate(2026, 8, 29)),
             QStringLiteral("not enough data yet: the four weeks after the fix of 2026-08-03 end on 2026-08-30, the "
                            "interactions on 2026-08-29"));
    QCOMPARE(fixCheckRefusal(t, QDate()), QStringLiteral("there are no interactions to compare"));
    auto siteWide = t;
    siteWide.scopeQueue.clear();
    QCOMPARE(
        fixCheckRefusal(siteWide, QDate(2026, 9, 30)),
        QStringLiteral("ticket T0007 has no queue scope: a site-wide fix leaves no untouched queue to compare with"));
    auto accepted = t;
    accepted.status = "accepted";
    accepted.fixedOn = QDate();
    QCOMPARE(fixCheckRefusal(accepted, QDate(2026, 9, 30)),
             QStringLiteral("ticket T0007 is accepted, not fixed: there is no fix day to compare before and after"));
}

void TestFeedbackFixCheck::anotherFixInTheQueueIsRefused()
{
    // A second billing ticket fixed inside the window: the two cannot be told apart.
    const auto t = fixedTicket("T0007", "billing", QDate(2026, 8, 3));
    const auto other = fixedTicket("T0012", "billing", QDate(2026, 7, 20));
    const auto before = fixedTicket("T0002", "billing", QDate(2026, 6, 1)); // outside the window: no matter
    auto cells = fixCheckCells(t, {before, t, other});
    fill(cells);
    const auto check = checkFix(t, cells);
    QCOMPARE(check.others, std::vector<std::string>{"T0012"});
    QCOMPARE(check.rows.size(), size_t(6));
    for (const auto& r : check.rows) {
        QVERIFY(!r.did && !r.p && !r.pHolm);
        QCOMPARE(r.note,
                 QStringLiteral("scope overlaps fix 12 (ticket T0012, tool lag) in time and queue: their effects "
                                "cannot be told apart, so none is attributed"));
    }
}

QTEST_GUILESS_MAIN(TestFeedbackFixCheck)
#include "tst_feedbackfixcheck.moc"
