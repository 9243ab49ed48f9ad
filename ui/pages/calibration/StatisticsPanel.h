#pragma once

// The agreement statistics of one session: per attribute Krippendorff's
// alpha with its 95% bootstrap interval (and Gwet's AC1 on yes/no
// attributes), the share of scores within tolerance with its n, and each
// participant's mean absolute deviation and leaning per attribute.
#include "pages/calibration/SessionView.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace fb::ui::calibration {

class DeviationScoresDialog;

class StatisticsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit StatisticsPanel(QWidget* parent = nullptr);
    void setView(const SessionViewPtr& view, bool initialsOnly, bool maskAgents = false);
    // The scores behind row `row` of the deviation table (double-click or
    // Enter opens it); nullptr when there is no such row.
    DeviationScoresDialog* openDeviationScores(int row);

    [[nodiscard]] QTableWidget* agreementTable() const { return m_agreement; }
    [[nodiscard]] QTableWidget* deviationTable() const { return m_deviation; }

private:
    SessionViewPtr m_view;
    bool m_initialsOnly = false;
    bool m_maskAgents = false;
    QLabel* m_summary = nullptr;
    QTableWidget* m_agreement = nullptr;
    QTableWidget* m_deviation = nullptr;
};

// "0.62 (0.41 to 0.79)", or "undefined" with the reason in the tooltip.
QString alphaText(const analytics::AgreementRow& row);
// "87% (35 of 40)".
QString withinText(const analytics::AgreementRow& row);
// "lenient", "strict", "neutral", translated.
QString leaningText(analytics::Leaning leaning);

} // namespace fb::ui::calibration
