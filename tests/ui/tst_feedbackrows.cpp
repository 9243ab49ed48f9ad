// The Feedback page's rows from values made by hand: the queue's words and
// dashes, the SLA table's group names and day figures, the long tail, all tickets.
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

    // Every status listed; filters match exactly, the words any part of the
    // title in any case; +1s leave the raiser out, an anonymous raiser too.
    void allTicketsRows()
    {
        FeedbackTicket fixed;
        fixed.id = "T0003";
        fixed.status = "fixed";
        fixed.category = "tool";
        fixed.team = "Billing";
        fixed.owner = "Priya Shah";
        fixed.agentId = "A0001";
        fixed.agents = 3;
        fixed.title = "CRM search is slow";
        fixed.raisedOn = QDate(2026, 10, 1);
        fixed.decidedOn = QDate(2026, 10, 5);
        fixed.fixedOn = QDate(2026, 10, 20);
        FeedbackTicket declined;
        declined.id = "T0004";
        declined.status = "declined";
        declined.category = "policy";
        declined.agents = 2; // anonymous raiser, two +1s
        declined.title = "Refund limit unclear";
        declined.raisedOn = QDate(2026, 10, 2);
        declined.decidedOn = QDate(2026, 10, 9);
        const std::vector<FeedbackTicket> tickets{fixed, declined};

        const auto all = FeedbackRows::allTickets(tickets, {});
        QCOMPARE(all.size(), size_t(2));
        QCOMPARE(all[0], (QStringList{u"T0003"_s, u"fixed"_s, u"tool"_s, u"Billing"_s, u"Priya Shah"_s, u"2026-10-01"_s,
                                      u"2026-10-05"_s, u"2026-10-20"_s, u"2"_s, u"CRM search is slow"_s}));
        QCOMPARE(all[1], (QStringList{u"T0004"_s, u"declined"_s, u"policy"_s, u"—"_s, u"—"_s, u"2026-10-02"_s,
                                      u"2026-10-09"_s, u"—"_s, u"2"_s, u"Refund limit unclear"_s}));
        QCOMPARE(FeedbackRows::allTicketsHeaders().size(), all[0].size());

        QCOMPARE(FeedbackRows::allTickets(tickets, {"declined", "", "", "", {}}).size(), size_t(1));
        QCOMPARE(FeedbackRows::allTickets(tickets, {"", "tool", "", "", {}})[0][0], u"T0003"_s);
        QCOMPARE(FeedbackRows::allTickets(tickets, {"", "", "Billing", "", {}}).size(), size_t(1));
        QCOMPARE(FeedbackRows::allTickets(tickets, {"", "", "", "Priya Shah", {}}).size(), size_t(1));
        QCOMPARE(FeedbackRows::allTickets(tickets, {"", "", "", "", u"REFUND"_s})[0][0], u"T0004"_s);
        QCOMPARE(FeedbackRows::allTickets(tickets, {"fixed", "policy", "", "", {}}).size(), size_t(0));
    }

    void filterChoicesOfferEachOwnerOnce()
    {
        std::vector<FeedbackTicket> tickets(4);
        tickets[0].owner = "Lena Vogel";
        tickets[1].owner = "Ada Ruiz";
        tickets[2].owner = "Lena Vogel";
        // tickets[3] has no owner: not offered.
        std::vector<FeedbackCategory> categories(2);
        categories[0].name = "tool";
        categories[1].name = "policy";
        const auto c = FeedbackRows::filterChoices({"Billing", "Retention"}, categories, tickets);
        QCOMPARE(c.teams, QStringList({u"Billing"_s, u"Retention"_s}));
        QCOMPARE(c.categories, QStringList({u"tool"_s, u"policy"_s}));
        QCOMPARE(c.owners, QStringList({u"Ada Ruiz"_s, u"Lena Vogel"_s}));
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
