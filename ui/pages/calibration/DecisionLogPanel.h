#pragma once

// The searchable log of decision notes beside the rubric: how earlier
// sessions ruled a case, so the next session can look it up. Searches run on
// the page's worker thread 250 ms after the last keystroke.
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;
class QTimer;

namespace fb::ui {
class DatabaseJobs;
}

namespace fb::ui::calibration {

class DecisionLogPanel final : public QWidget {
    Q_OBJECT
public:
    DecisionLogPanel(DatabaseJobs& worker, QWidget* parent = nullptr);

    void search(const QString& text);
    void reload(); // repeats the current search (after an agreement)
    [[nodiscard]] QLineEdit* searchBox() const { return m_search; }
    [[nodiscard]] QTableWidget* table() const { return m_table; }

signals:
    void searched(); // the table shows the results of the last search

private:
    DatabaseJobs& m_worker;
    QLineEdit* m_search = nullptr;
    QTimer* m_debounce = nullptr;
    QLabel* m_count = nullptr;
    QTableWidget* m_table = nullptr;
    int m_generation = 0;
};

} // namespace fb::ui::calibration
