#pragma once

// Print PDF of the Scorecards page: what is on screen (the chosen team, level
// and period) or every team's agents, drawn by report/ScorecardPdf on the
// page's database thread and saved atomically.
#include "ScorecardPdf.h"
#include "analytics/Scorecard.h"

#include <QImage>
#include <QPushButton>
#include <QStringList>

#include <memory>

namespace fb::ui {
class DatabaseJobs;
}

namespace fb::ui::scorecards {

class ScorecardFilters;

enum class PrintScope {
    Shown,   // the level, team and period on screen
    AllTeams // the agents of every team, each team on its own pages
};

// The "Print PDF" button: its menu offers "This team" / "All teams" (at the
// agents level of one team) or the teams or sites shown.
class ScorecardPrint final : public QPushButton {
    Q_OBJECT
public:
    ScorecardPrint(DatabaseJobs* jobs, const ScorecardFilters* filters, QWidget* parent = nullptr);

    // Reads and writes in the background; finished() tells the outcome.
    void exportPdf(const QString& file, PrintScope scope);
    // The first page of the last PDF written (null before any) and the title of each of its pages.
    [[nodiscard]] QImage lastPreview() const;
    [[nodiscard]] QStringList lastPageTitles() const { return m_titles; }

signals:
    void started(const QString& what);
    // message: where it went, or the whole error.
    void finished(const QString& file, bool ok, const QString& message);

private:
    void choose(PrintScope scope);
    void updateMenu();

    DatabaseJobs* m_jobs;
    const ScorecardFilters* m_filters;
    QAction* m_shown = nullptr;
    QAction* m_all = nullptr;
    std::shared_ptr<const analytics::Scorecard> m_agents;
    std::shared_ptr<const analytics::Scorecard> m_totals;
    QStringList m_titles;
};

} // namespace fb::ui::scorecards
