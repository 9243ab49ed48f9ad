#pragma once

#include "pages/ContactsRequest.h"
#include "store/InteractionQuery.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace fb::ui {

class BrowsePanel;
class DatabaseJobs;
class InteractionFilterBar;
class KindTableModel;

// Every contact handled, newest first, with the agent's name beside the id:
// filters (InteractionFilterBar), orders on the indexed columns (click a
// header), the number of matching rows, export of exactly what is shown, and
// the contacts behind a figure of another page (showContacts) under a banner.
class InteractionsPage final : public QWidget {
    Q_OBJECT
public:
    explicit InteractionsPage(DatabaseJobs& worker, QWidget* parent = nullptr);

    [[nodiscard]] KindTableModel* model() const { return m_model; }
    [[nodiscard]] BrowsePanel* panel() const { return m_panel; }
    [[nodiscard]] InteractionFilterBar* filterBar() const { return m_bar; }
    // The filters and order in force: what the table shows and export writes.
    [[nodiscard]] const store::InteractionQuery& query() const { return m_query; }
    // The rows that match, -1 while counting.
    [[nodiscard]] qint64 matchCount() const { return m_count; }
    [[nodiscard]] QString bannerText() const;
    [[nodiscard]] QString countText() const;

    // Shows only this agent's interactions (empty = everyone's), even before
    // the agent list has arrived from the database.
    void setAgent(const QString& agentId);
    void setSearchText(const QString& text);
    // Filters and orders as asked, with a banner that says what is shown.
    void showContacts(const ContactsRequest& request);
    void setQuery(const store::InteractionQuery& query);
    void reload();

signals:
    void exportRequested();
    void counted(qint64 rows); // the total of the filters in force is known

private:
    void prepareIndexes();
    void applyFilter();
    void loadChoices();
    void sortOn(int column, Qt::SortOrder order);
    void showSortIndicator();
    void clearBanner();

    DatabaseJobs& m_worker;
    KindTableModel* m_model;
    BrowsePanel* m_panel = nullptr;
    InteractionFilterBar* m_bar;
    QWidget* m_banner;
    QLabel* m_bannerText;
    QLabel* m_countLabel;
    store::InteractionQuery m_query;
    qint64 m_count = -1;
    quint64 m_generation = 0; // counts of a filter already replaced are dropped
};

} // namespace fb::ui
