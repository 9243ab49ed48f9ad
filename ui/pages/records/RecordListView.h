#pragma once

#include "pages/records/RecordDialog.h" // QPointer<RecordDialog> needs the whole type
#include "store/AgentDirectory.h"
#include "store/RecordStore.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <set>
#include <string>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace fb::ui {

class DatabaseJobs;
class RecordFilterBar;
class RecordUndo;

// What the evaluation and coaching note lists share: the filter bar (team,
// agent, person, dates, plus each list's own boxes), the count, Open…, the
// table, Enter and double-click to open a record on its form, and the undo of
// a delete. A list reads its rows in the background (read()) and shows them
// with show(); a reply older than the last filter change is dropped.
class RecordListView : public QWidget {
    Q_OBJECT
public:
    // The list's words: the person filter's label and "any person" choice, the
    // Open button's tooltip and the table's accessible name.
    struct Words final {
        QString person, everyone, openTip, tableName;
    };

    void reload();          // nothing until setDirectory has run
    void reloadFromStart(); // after the filters changed: the first page again
    void open(const QString& id);

    [[nodiscard]] RecordFilterBar* filters() const { return m_filters; }
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QString countText() const;
    [[nodiscard]] RecordUndo* undo() const { return m_undo; }
    [[nodiscard]] QPushButton* moreButton() const { return m_more; }

signals:
    void listed();  // a list arrived (tests)
    void changed(); // a record was edited, deleted or restored

protected:
    RecordListView(DatabaseJobs& jobs, store::RecordKind kind, const QStringList& headers, const Words& words,
                   QWidget* parent);
    // Starts reading the list for the current filters; the reply goes to show(serial, …).
    virtual void read(int serial) = 0;
    [[nodiscard]] virtual RecordDialog* makeDialog(const QString& id) = 0;

    void setDirectory(const AgentDirectory& directory, QDate dataEnd);
    // `total` rows match; `rows` are the newest of them, at most limit().
    void show(int serial, const std::vector<std::string>& people, const std::vector<QStringList>& rows,
              const std::set<int>& numeric, const QString& count, qint64 total);
    void showError(int serial, const QString& message);

    // How many rows to read: a page more for every Show more since the filters last changed.
    [[nodiscard]] int limit() const { return m_limit; }
    [[nodiscard]] DatabaseJobs& jobs() const { return m_jobs; }
    [[nodiscard]] const AgentDirectory& directory() const { return m_directory; }
    [[nodiscard]] RecordDialog* dialog() const { return m_dialog; }

private:
    void openCurrent();

    DatabaseJobs& m_jobs;
    AgentDirectory m_directory;
    RecordFilterBar* m_filters;
    QLabel* m_count;
    QTableWidget* m_table;
    QPushButton* m_open;
    QPushButton* m_more;
    RecordUndo* m_undo;
    QPointer<RecordDialog> m_dialog;
    int m_serial = 0;
    int m_limit = store::kRecordListLimit;
    bool m_ready = false;
};

} // namespace fb::ui
