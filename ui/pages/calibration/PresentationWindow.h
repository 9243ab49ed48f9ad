#pragma once

// The shared screen of a calibration meeting: full screen, type scaled for
// a meeting room, high contrast, one interaction's reveal table at a time
// and one chart at a time. Agent names are masked (Agent A, Agent B …) and
// participants shown by initials unless the facilitator turns that off.
// Keys: ← → ↑ ↓ PgUp PgDn Space between interactions, Home/End, C next
// chart, M agent names, I initials, F11 or Esc to leave.
#include "analytics/CalibrationHistory.h"
#include "pages/calibration/RevealModel.h"

#include <QWidget>

#include <memory>

class QLabel;
class QScreen;
class QTableView;
class QVBoxLayout;

namespace fb::ui::calibration {

class PresentationWindow final : public QWidget {
    Q_OBJECT
public:
    enum class Chart { SessionDeviation, DeviationHistory, AlphaHistory, None };

    explicit PresentationWindow(SessionViewPtr view, QWidget* parent = nullptr);

    // Full screen (else maximised, a window) on screen, the type scaled to it;
    // placed there before it is first drawn, so nothing shows on another screen first.
    void showOn(QScreen* screen, bool fullScreen = true);
    void setView(SessionViewPtr view);
    void setHistory(std::shared_ptr<const analytics::CalibrationHistory> history);
    void showUnit(std::size_t unit);
    void nextChart();
    void setMaskAgents(bool masked);
    void setInitialsOnly(bool initials);

    [[nodiscard]] std::size_t unit() const { return m_unit; }
    [[nodiscard]] Chart chart() const { return m_chart; }
    [[nodiscard]] const RevealDisplay& display() const { return m_model->display(); }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] RevealModel* model() const { return m_model; }
    [[nodiscard]] QString titleText() const;
    [[nodiscard]] double fontScale() const { return m_scale; }

signals:
    void unitChanged(std::size_t unit); // the page follows along

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyStyle();
    void refresh();
    void fitTable();
    void rebuildChart();

    SessionViewPtr m_view;
    std::shared_ptr<const analytics::CalibrationHistory> m_history;
    std::size_t m_unit = 0;
    Chart m_chart = Chart::SessionDeviation;
    double m_scale = 2.0;

    QLabel* m_session = nullptr;
    QLabel* m_title = nullptr;
    QTableView* m_table = nullptr;
    RevealModel* m_model = nullptr;
    QWidget* m_chartHost = nullptr;
    QVBoxLayout* m_chartLayout = nullptr;
    QLabel* m_keys = nullptr;
};

} // namespace fb::ui::calibration
