#pragma once

#include "store/InteractionQuery.h"

#include <QDate>
#include <QWidget>

#include <string>
#include <vector>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace fb::ui {

struct AgentDirectory;

// The Interactions page's filters: days, team, agent (by name or id), queue,
// channel, CSAT, FCR, escalation, defects and a text search. Reads and
// writes a store::InteractionQuery (its order is the page's, not the bar's).
class InteractionFilterBar final : public QWidget {
    Q_OBJECT
public:
    explicit InteractionFilterBar(QWidget* parent = nullptr);

    // The filters as a query; the days are left open while they span the data.
    [[nodiscard]] store::InteractionQuery query() const;
    // Shows a query's filters (a drill-down, a test), without sending changed().
    void setQuery(const store::InteractionQuery& query);
    void setDirectory(const AgentDirectory& directory);
    void setQueues(const QStringList& queues);
    // The data's first and last day: the default (and the whole) date range.
    void setDataDays(QDate first, QDate last);
    void clear();

    [[nodiscard]] QComboBox* agentBox() const { return m_agent; }
    [[nodiscard]] QLineEdit* searchBox() const { return m_search; }

signals:
    void changed();

private:
    void addRow(QWidget* label, QWidget* box);
    [[nodiscard]] QString selectedAgent() const;
    static void selectData(QComboBox* box, const QVariant& data);
    [[nodiscard]] QString teamsText() const;

    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_team;
    QComboBox* m_agent;
    QComboBox* m_queue;
    QComboBox* m_channel;
    QComboBox* m_csat;
    QComboBox* m_fcr;
    QComboBox* m_escalated;
    QComboBox* m_repeat;
    QComboBox* m_defects;
    QTimer* m_debounce = nullptr; // before m_search: makeSearchBox() sets it
    QLineEdit* m_search;
    QDate m_first; // the data's days; a range that covers them is no filter
    QDate m_last;
    QString m_agentId;                // the agent in force, even before the list has arrived
    std::vector<std::string> m_teams; // several teams asked by a drill-down, shown as one choice
    bool m_quiet = false;             // setQuery() in progress: no changed()
    bool m_datesChosen = false;       // days asked for before the data's days arrived
};

} // namespace fb::ui
