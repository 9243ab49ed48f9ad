#pragma once

#include "analytics/Mentoring.h"
#include "domain/Mentoring.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace fb::ui {

struct MentoringView;

// Mentoring, second tab: the suggested pairs with their reasons. The lead
// drops, swaps or adds pairs by hand, then confirms: the pairs start.
class SuggestionsTab final : public QWidget {
    Q_OBJECT
public:
    explicit SuggestionsTab(QWidget* parent = nullptr);
    void present(const MentoringView& v, const analytics::MentoringOptions& options);
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] const std::vector<analytics::SuggestedPair>& pairs() const { return m_pairs; }
    [[nodiscard]] QString emptyText() const;

    // What the buttons do, for tests and the keyboard alike.
    void dropSelected();
    void swapSelected();
    // Adds a pair by hand; refuses (message in the status line) a forbidden one.
    void addPair(const std::string& menteeId, const std::string& mentorId);
    void confirm();

signals:
    void confirmRequested(const std::vector<MentoringPair>& pairs);
    void capacityRequested(const std::string& mentorId, int mentees);
    void status(const QString& text);

private:
    void refill();
    [[nodiscard]] std::vector<int> selectedRows() const;

    const MentoringView* m_view = nullptr; // owned by the page, valid while shown
    analytics::MentoringOptions m_options;
    std::vector<analytics::SuggestedPair> m_pairs;
    QTableWidget* m_table;
    QLabel* m_empty;
    QComboBox* m_mentee;
    QComboBox* m_mentor;
    QPushButton* m_confirm;
    QComboBox* m_capacityMentor;
    QSpinBox* m_capacity;
};

} // namespace fb::ui
