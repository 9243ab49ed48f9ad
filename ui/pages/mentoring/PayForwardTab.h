#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace fb::ui {

struct MentoringView;

// Mentoring, sixth tab: pay it forward. Former mentees at or above target
// for 4 weeks in a row since their pair ended, as mentor candidates
// (docs/mentoring.md, "Pay it forward"); exported as payforward.csv.
class PayForwardTab final : public QWidget {
    Q_OBJECT
public:
    explicit PayForwardTab(QWidget* parent = nullptr);
    void present(const MentoringView& v);
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QString emptyText() const;

private:
    QLabel* m_empty;
    QTableWidget* m_table;
};

} // namespace fb::ui
