#pragma once

#include <QWidget>

#include <string>
#include <vector>

class QLabel;
class QTableWidget;

namespace fb::ui {

struct MentoringView;

// Mentoring, first tab: "Where are customers hurt most, and by whom?" Each
// row links to the behaviour it suggests (Enter or double-click shows that
// behaviour's suggestions).
class TriggersTab final : public QWidget {
    Q_OBJECT
public:
    explicit TriggersTab(QWidget* parent = nullptr);
    void present(const MentoringView& v);
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QString emptyText() const;

signals:
    void behaviorChosen(const std::string& behavior);

private:
    QTableWidget* m_table;
    QLabel* m_empty;
    std::vector<std::string> m_behaviors; // per row
};

} // namespace fb::ui
