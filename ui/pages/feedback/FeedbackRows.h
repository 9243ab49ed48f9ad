#pragma once

// The text of the Feedback page, built from analytics values without any
// widget: the queue, the SLA table, the long tail and the states' words.
// Kept apart from the page so each is tested with values made by hand.
#include "analytics/FeedbackQueue.h"
#include "analytics/FeedbackSla.h"
#include "analytics/FeedbackTrend.h"
#include "domain/Feedback.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace fb::ui {

class FeedbackRows final {
    Q_DECLARE_TR_FUNCTIONS(fb::ui::FeedbackRows)
public:
    using Rows = std::vector<QStringList>;

    static QStringList queueHeaders();
    // state, ticket, category, team, owner, raised, due, over by (working days), agents, title
    static Rows queue(const std::vector<analytics::QueueItem>& items);
    static QString stateText(analytics::QueueState state);

    static QStringList slaHeaders();
    // group, tickets, decided, median, p90, breached, fixed, median, p90, longest open
    // by: what the rows group (a category reads as choiceLabel says).
    static Rows sla(const std::vector<analytics::SlaRow>& rows,
                    analytics::SlaGroupBy by = analytics::SlaGroupBy::Owner);

    static QStringList longTailHeaders();
    // ticket, category, owner, status, open (working days), title
    static Rows longTail(const std::vector<analytics::OpenTicket>& open);

    // A month of the trend chart: "2026-10: 7 · 3" (n decided · fixed), the
    // unfinished month "2026-11*: 3 · 1".
    static QString trendLabel(const analytics::TrendMonth& month);

    // Every ticket, any status: empty fields match everything; words is a
    // case-insensitive part of the title.
    struct TicketFilter final {
        std::string status, category, team, owner;
        QString words;
    };
    static QStringList allTicketsHeaders();
    // ticket, status, category, team, owner, raised, decided, fixed, +1s, title; by id
    static Rows allTickets(const std::vector<FeedbackTicket>& tickets, const TicketFilter& filter);

    // What the team, category and owner filters offer: the site's teams and
    // categories, and every owner named on a ticket (sorted, once each).
    struct FilterChoices final {
        QStringList teams, categories, owners;
    };
    static FilterChoices filterChoices(const std::vector<std::string>& teams,
                                       const std::vector<FeedbackCategory>& categories,
                                       const std::vector<FeedbackTicket>& tickets);

    static QStringList historyHeaders();
    // day, change, by, text, recorded (UTC)
    static Rows history(const std::vector<FeedbackEvent>& events);
    // The ticket in a few lines: what, who raised it, status, decision, owner, fix.
    static QString ticketSummary(const FeedbackTicket& t);
};

} // namespace fb::ui
