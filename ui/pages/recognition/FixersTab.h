#pragma once

// The Fixers tab of the Recognition page: agents whose feedback tickets led
// to fixes in the last 8 weeks, celebrated as such, one row per fix.
#include "pages/recognition/RecognitionView.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace fb::ui {

class FixersTab final : public QWidget {
    Q_OBJECT
public:
    explicit FixersTab(QWidget* parent = nullptr);
    void present(const RecognitionView& view);
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QString emptyText() const;

private:
    QLabel* m_empty;
    QTableWidget* m_table;
};

} // namespace fb::ui
