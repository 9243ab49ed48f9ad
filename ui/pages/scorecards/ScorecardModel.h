#pragma once

#include "ScorecardFormat.h"
#include "Theme.h"
#include "analytics/Scorecard.h"

#include <QAbstractTableModel>

#include <optional>

namespace fb::ui::scorecards {

// A score band's cell colours for the palette in use; none for "not enough data" and "no data".
[[nodiscard]] std::optional<theme::Tint> bandTint(fb::scorecards::Band band);

// One row per agent, team or site; columns: name, team, interactions, one per
// metric, composite, weights, gate. Qt::UserRole sorts (scores for metrics,
// rows without enough data last). Banded cells carry both their background and
// a foreground that reads on it (light or dark palette).
class ScorecardModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ScorecardModel(QObject* parent = nullptr);

    enum FixedColumn { NameColumn = 0, TeamColumn = 1, InteractionsColumn = 2, FirstMetricColumn = 3 };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;

    void setScorecard(analytics::Scorecard card);
    [[nodiscard]] const analytics::Scorecard& scorecard() const { return m_card; }
    [[nodiscard]] int compositeColumn() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    [[nodiscard]] bool isTeamPulse(int metric) const;

    analytics::Scorecard m_card;
};

} // namespace fb::ui::scorecards
