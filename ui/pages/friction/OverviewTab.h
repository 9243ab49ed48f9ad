#pragma once

#include <QWidget>

class QLabel;

namespace fb::analytics {
struct ProgramReport;
}

namespace fb::ui {

// Friction to flow, first tab: what each phase still needs, and the program in plain words.
class OverviewTab final : public QWidget {
    Q_OBJECT
public:
    explicit OverviewTab(QWidget* parent = nullptr);
    void present(const analytics::ProgramReport& r);
    void showNoProgram();

private:
    QLabel* m_needs;
    QLabel* m_summary;
};

} // namespace fb::ui
