#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace fb::ui {

struct MentoringView;

// Mentoring, fourth tab: did it work? The program's effect in plain words,
// then the table: the whole program on each pair's behaviour, on CSAT and on
// the QA total, and each behaviour (docs/mentoring.md, "The effect").
class EffectTab final : public QWidget {
    Q_OBJECT
public:
    explicit EffectTab(QWidget* parent = nullptr);
    void present(const MentoringView& v);
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QString summaryText() const;

private:
    QLabel* m_summary;
    QTableWidget* m_table;
};

} // namespace fb::ui
