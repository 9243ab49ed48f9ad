// The trend by month of time to decision and to fix (docs/feedback.md "The
// trend by month"): per month, the median working days of the tickets decided
// (fixed) in it, n per month, fewer than 3 "not enough data", every month from
// the first decision to today's, today's month marked unfinished.
//
// The tickets are the worked example of docs/feedback.md "SLAs" (holiday Monday
// 2026-10-12) with T9-T14 added, as of Tuesday 2026-11-10. The reference values
// were computed with Python 3's standard library, independent of the code: the
// working days by walking datetime.date (docs/feedback.md "Checking the
// numbers", wd()), grouped by (decided.year, decided.month), statistics.median:
//   2026-09: decided [4]                      -> n 1, not enough data; fixed none
//   2026-10: decided [1, 1, 1, 4, 5, 5, 9]   -> n 7, median 4;  fixed [8, 13, 20] -> n 3, median 13
//   2026-11: decided [2, 3, 4] (T13 decided 11-11, after today: not counted) -> n 3, median 3;
//            fixed [15] (T3, Sat 10-10 to Mon 11-02) -> n 1, not enough data
#include "analytics/FeedbackTrend.h"

#include <QTest>

using namespace fb;
using namespace fb::analytics;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

FeedbackTicket ticket(const char* id, const char* raised, const char* decided, const char* fixed)
{
    FeedbackTicket t;
    t.id = id;
    t.category = "tool";
    t.raisedOn = d(raised);
    t.decidedOn = decided ? d(decided) : QDate();
    t.fixedOn = fixed ? d(fixed) : QDate();
    t.status = fixed ? "fixed" : decided ? "accepted" : "new";
    return t;
}

std::vector<FeedbackTicket> tickets()
{
    return {ticket("T1", "2026-10-05", "2026-10-06", "2026-10-16"),
            ticket("T2", "2026-10-09", "2026-10-13", nullptr),
            ticket("T3", "2026-10-10", "2026-10-19", "2026-11-02"),
            ticket("T4", "2026-10-02", "2026-10-16", nullptr),
            ticket("T5", "2026-10-07", "2026-10-14", nullptr),
            ticket("T6", "2026-10-01", "2026-10-08", "2026-10-30"),
            ticket("T7", "2026-10-14", nullptr, nullptr),
            ticket("T8", "2026-10-27", nullptr, nullptr),
            ticket("T9", "2026-09-21", "2026-09-25", nullptr),
            ticket("T10", "2026-11-02", "2026-11-04", nullptr),
            ticket("T11", "2026-11-03", "2026-11-09", nullptr),
            ticket("T12", "2026-11-05", "2026-11-10", nullptr),
            ticket("T13", "2026-11-05", "2026-11-11", nullptr),
            ticket("T14", "2026-10-01", "2026-10-02", "2026-10-21")};
}

} // namespace

class TestFeedbackTrend : public QObject {
    Q_OBJECT

private slots:
    void mediansByMonthOfTheEvent();
    void monthsWithoutDecisionsStay();
    void nothingDecidedIsEmpty();
};

void TestFeedbackTrend::mediansByMonthOfTheEvent()
{
    const WorkingCalendar calendar({d("2026-10-12")});
    const auto months = timeToFixTrend(tickets(), calendar, d("2026-11-10"));
    QCOMPARE(months.size(), size_t(3));
    QCOMPARE(months[0].month, d("2026-09-01"));
    QVERIFY(!months[0].unfinished);
    QCOMPARE(months[0].decided, 1);
    QVERIFY(!months[0].medianDaysToDecision);
    QCOMPARE(months[0].fixed, 0);
    QVERIFY(!months[0].medianDaysToFix);

    QCOMPARE(months[1].month, d("2026-10-01"));
    QVERIFY(!months[1].unfinished);
    QCOMPARE(months[1].decided, 7);
    QCOMPARE(*months[1].medianDaysToDecision, 4.0);
    QCOMPARE(months[1].fixed, 3);
    QCOMPARE(*months[1].medianDaysToFix, 13.0);

    QCOMPARE(months[2].month, d("2026-11-01"));
    QVERIFY(months[2].unfinished);
    QCOMPARE(months[2].decided, 3);
    QCOMPARE(*months[2].medianDaysToDecision, 3.0);
    QCOMPARE(months[2].fixed, 1);
    QVERIFY(!months[2].medianDaysToFix);
}

void TestFeedbackTrend::monthsWithoutDecisionsStay()
{
    // Decided in September and December only; as of the last day of December,
    // which is over: October and November show n = 0 rather than vanish.
    const std::vector<FeedbackTicket> ts = {ticket("T1", "2026-09-01", "2026-09-03", nullptr),
                                            ticket("T2", "2026-11-30", "2026-12-02", nullptr)};
    const auto months = timeToFixTrend(ts, WorkingCalendar(), d("2026-12-31"));
    QCOMPARE(months.size(), size_t(4));
    QCOMPARE(months[1].month, d("2026-10-01"));
    QCOMPARE(months[1].decided, 0);
    QCOMPARE(months[2].decided, 0);
    QCOMPARE(months[3].month, d("2026-12-01"));
    QCOMPARE(months[3].decided, 1);
    QVERIFY(!months[3].unfinished);
}

void TestFeedbackTrend::nothingDecidedIsEmpty()
{
    const std::vector<FeedbackTicket> ts = {ticket("T1", "2026-09-01", nullptr, nullptr),
                                            ticket("T2", "2026-09-01", "2026-12-02", nullptr)};
    QVERIFY(timeToFixTrend(ts, WorkingCalendar(), d("2026-11-30")).empty());
}

QTEST_GUILESS_MAIN(TestFeedbackTrend)
#include "tst_feedbacktrend.moc"
