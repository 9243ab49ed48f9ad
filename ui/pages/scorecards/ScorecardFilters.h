#pragma once

// The Scorecards page's choices: the week, the period, the level, the team and
// the definition version. Kept apart from the page so that what is on screen
// (and what Print PDF prints) is read in one place.
#include "analytics/Scorecard.h"

#include <QWidget>

class QComboBox;

namespace fb::ui::scorecards {

struct ScorecardMeta;

class ScorecardFilters final : public QWidget {
    Q_OBJECT
public:
    explicit ScorecardFilters(QWidget* parent = nullptr);

    // Fills the choices, keeping what was chosen (else "my team", else the first team); emits nothing.
    void setMeta(const ScorecardMeta& meta);
    [[nodiscard]] bool hasWeeks() const;
    [[nodiscard]] int toWeek() const;
    [[nodiscard]] int fromWeek() const; // the first week of the period: 1, 4, 8 or 13 weeks up to toWeek()
    [[nodiscard]] int definitionVersion() const;
    [[nodiscard]] analytics::Level level() const;
    // The team chosen at the agents level; empty for all teams (and at the other levels).
    [[nodiscard]] QString team() const;

    void setSpan(int weeks);
    // Chooses the level and the team (agents level) and emits changed() once.
    void setLevel(analytics::Level level, const QString& team);
    // A definition just saved: listed first and chosen, without a signal.
    void addDefinition(int version);

signals:
    // The scorecard must be computed again; weekOrDefinition: the happiness tab too.
    void changed(bool weekOrDefinition);

private:
    void levelChanged();

    QComboBox* m_week = nullptr;
    QComboBox* m_span = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_team = nullptr;
    QComboBox* m_definition = nullptr;
};

} // namespace fb::ui::scorecards
