#pragma once

#include <QWidget>

class QTableWidget;

namespace fb::analytics {
struct ProgramReport;
}

namespace fb::ui {

// Friction to flow: micro-recognitions per behaviour and week, and "you said / we did".
class RecognitionTab final : public QWidget {
    Q_OBJECT
public:
    explicit RecognitionTab(QWidget* parent = nullptr);
    void present(const analytics::ProgramReport& r);

private:
    QTableWidget* m_recognitions;
    QTableWidget* m_youSaid;
};

} // namespace fb::ui
