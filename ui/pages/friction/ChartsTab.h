#pragma once

#include <QScrollArea>

class QVBoxLayout;

namespace fb::analytics {
struct ProgramReport;
}

namespace fb::ui {

// Friction to flow: weekly charts of the program's metrics and pulse, rebuilt for each report.
class ChartsTab final : public QScrollArea {
    Q_OBJECT
public:
    explicit ChartsTab(QWidget* parent = nullptr);
    void present(const analytics::ProgramReport& r);

private:
    QWidget* m_host;
    QVBoxLayout* m_layout;
};

} // namespace fb::ui
