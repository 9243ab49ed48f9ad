#pragma once

#include "domain/Mentoring.h"

#include <QDate>
#include <QWidget>

#include <string>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace fb::ui {

struct MentoringView;

// Mentoring, third tab: the active pairs with their sessions and minutes,
// a form to log a session of the selected pair and one to end it.
class PairsTab final : public QWidget {
    Q_OBJECT
public:
    explicit PairsTab(QDate today, QWidget* parent = nullptr);
    void present(const MentoringView& v);
    void setToday(QDate today);
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QString emptyText() const;
    [[nodiscard]] QString summaryText() const;

    // What the buttons do: for the selected pair, from the form's fields.
    void logSession();
    void endPair();
    void showChart();
    // The form's fields, for tests that drive it by the keyboard's way.
    [[nodiscard]] QSpinBox* minutesField() const { return m_minutes; }
    [[nodiscard]] QLineEdit* practisedField() const { return m_practised; }
    // After a session was stored: clears what was practised and the next step.
    void sessionSaved();

signals:
    void logRequested(const MentoringSession& session);
    void endRequested(const std::string& pairId, QDate on, const std::string& outcome);
    void chartRequested(const std::string& pairId); // the selected pair's weeks on the Pair progress tab
    void status(const QString& text);

private:
    [[nodiscard]] std::string selectedPair() const;

    std::vector<std::string> m_ids; // per row
    QTableWidget* m_table;
    QLabel* m_empty;
    QLabel* m_summary;
    QDateEdit* m_sessionDate;
    QSpinBox* m_minutes;
    QLineEdit* m_practised;
    QLineEdit* m_next;
    QDateEdit* m_endDate;
    QComboBox* m_outcome;
};

} // namespace fb::ui
