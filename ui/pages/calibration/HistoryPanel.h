#pragma once

// Whether calibration converges over the months: each participant's mean
// absolute deviation across sessions and each attribute's alpha over time,
// as charts (ui/charts/CalibrationCharts) and in plain words.
#include "analytics/CalibrationHistory.h"

#include <QWidget>

#include <memory>

class QLabel;
class QVBoxLayout;

namespace fb::ui {
class DatabaseJobs;
}

namespace fb::ui::calibration {

class HistoryPanel final : public QWidget {
    Q_OBJECT
public:
    HistoryPanel(DatabaseJobs& worker, QWidget* parent = nullptr);

    void reload(); // re-reads every session (after scores or agreements)
    [[nodiscard]] std::shared_ptr<const analytics::CalibrationHistory> history() const { return m_history; }
    [[nodiscard]] QString summaryText() const;

signals:
    void loaded();

private:
    void present();

    DatabaseJobs& m_worker;
    std::shared_ptr<analytics::CalibrationHistory> m_history;
    QLabel* m_summary = nullptr;
    QWidget* m_charts = nullptr;
    QVBoxLayout* m_chartsLayout = nullptr;
    int m_generation = 0;
};

// One sentence per participant: first and latest deviation and the direction.
QStringList convergenceSentences(const analytics::CalibrationHistory& history);

} // namespace fb::ui::calibration
