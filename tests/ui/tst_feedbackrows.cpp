// The Feedback page's rows from values made by hand: the queue's words and
// dashes, the SLA table's group names and day figures, the long tail.
#include "pages/feedback/FeedbackRows.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fb;
using namespace fb::analytics;
using ui::FeedbackRows;

class TestFeedbackRows final : public QObject {
    Q_OBJECT

private slots:
    void queueRows()
    {
        FeedbackTicket t;
        t.id = "T0012";
        t.category = "tool";
        t.title = "CRM search is slow";
        t.raisedOn = QDate(2026, 10, 1);
        QueueItem overdue{t, QueueState::OverdueReview, QDate(2026, 10, 8), 6};
        t.owner = "Priya Shah";
        t.team = "Billing";
        t.agents = 3;
        QueueItem waiting{t, QueueState::WaitingOnOwner, QDate(2026, 10, 29), 0};
        const auto rows = FeedbackRows::queue({overdue, waiting});
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[0], (QStringList{u"Overdue review"_s, u"T0012"_s, u"tool"_s, u"—"_s, u"—"_s, u"2026-10-01"_s,
                                       u"2026-10-08"_s, u"6"_s, u"anonymous"_s, u"CRM search is slow"_s}));
        QCOMPARE(rows[1], (QStringList{u"Waiting on owner"_s, u"T0012"_s, u"tool"_s, u"Billing"_s, u"Priya Shah"_s,
                                       u"2026-10-01"_s, u"2026-10-29"_s, u"—"_s, u"3"_s, u"CRM search is slow"_s}));
        QCOMPARE(FeedbackRows::queueHeaders().size(), rows[0].size());
    }

    void slaRows()
    {
        SlaRow owner{kNoOwner, 4, 2, 6.5, 8.5, 2, 0, std::nullopt, std::nullopt, 16};
        SlaRow all{kAllGroups, 8, 6, 4.5, 7.0, 3, 2, 14.0, 18.8, std::nullopt};
        const auto rows = FeedbackRows::sla({owner, all});
        QCOMPARE(rows[0], (QStringList{u"(no owner)"_s, u"4"_s, u"2"_s, u"6.5"_s, u"8.5"_s, u"2"_s, u"0"_s, u"—"_s,
                                       u"—"_s, u"16"_s}));
        QCOMPARE(rows[1], (QStringList{u"All tickets"_s, u"8"_s, u"6"_s, u"4.5"_s, u"7"_s, u"3"_s, u"2"_s, u"14"_s,
                                       u"18.8"_s, u"—"_s}));
        QCOMPARE(FeedbackRows::slaHeaders().size(), rows[0].size());
    }

    void longTailRows()
    {
        FeedbackTicket t;
        t.id = "T0005";
        t.category = "policy";
        t.status = "deferred";
        t.title = "Late fee waivers";
        const auto rows = FeedbackRows::longTail({{t, 16}});
        QCOMPARE(rows[0], (QStringList{u"T0005"_s, u"policy"_s, u"(no owner)"_s, u"deferred"_s, u"16"_s,
                                       u"Late fee waivers"_s}));
    }

    void trendLabels()
    {
        analytics::TrendMonth done{QDate(2026, 10, 1), false, 7, 4.0, 3, 13.0};
        QCOMPARE(FeedbackRows::trendLabel(done), u"2026-10: 7 · 3"_s);
        analytics::TrendMonth current{QDate(2026, 11, 1), true, 3, 3.0, 1, std::nullopt};
        QCOMPARE(FeedbackRows::trendLabel(current), u"2026-11*: 3 · 1"_s);
    }
};

QTEST_GUILESS_MAIN(TestFeedbackRows)
#include "tst_feedbackrows.moc"
