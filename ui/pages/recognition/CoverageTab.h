#pragma once

// The Coverage tab of the Recognition page: per team, how many agents were
// recognised in the last 8 weeks and this week, and the agents doing well on
// a behaviour whom nobody has recognised for 8 weeks ("unseen at target").
#include "pages/recognition/RecognitionView.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace fb::ui {

class CoverageTab final : public QWidget {
    Q_OBJECT
public:
    explicit CoverageTab(QWidget* parent = nullptr);
    void present(const RecognitionView& view);
    [[nodiscard]] QTableWidget* coverageTable() const { return m_coverage; }
    [[nodiscard]] QTableWidget* unseenTable() const { return m_unseen; }
    [[nodiscard]] QString unseenEmptyText() const;

private:
    QTableWidget* m_coverage;
    QLabel* m_unseenEmpty;
    QTableWidget* m_unseen;
};

} // namespace fb::ui
