#pragma once

// The Scorecards page: balanced scorecards of the agents of a team, the
// teams or the site for a week or the last 4/8/13 weeks, with an agent card,
// "Happiness and results", a definition editor and CSV/PDF export.
// Self-contained: it opens its own database connection on a worker thread.
#include "analytics/Happiness.h"
#include "analytics/Scorecard.h"
#include "pages/ContactsRequest.h"
#include "pages/scorecards/ScorecardPrint.h"

#include <QImage>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace fb::ui {
class DatabaseJobs;
}

namespace fb::ui::scorecards {

class HappinessTab;
class ScorecardFilters;
class ScorecardModel;
class AgentCardDialog;

class ScorecardPage final : public QWidget {
    Q_OBJECT
public:
    // databasePath: an existing Floorboard database (the page migrates nothing it does not own).
    explicit ScorecardPage(const QString& databasePath, QWidget* parent = nullptr);
    ~ScorecardPage() override;

    // Period: 1, 4, 8 or 13 weeks ending at the selected week.
    void setSpan(int weeks);
    void setLevel(analytics::Level level, const QString& team = {});
    [[nodiscard]] bool isComputing() const { return m_pending > 0; }
    [[nodiscard]] const analytics::Scorecard& scorecard() const;
    [[nodiscard]] QTableView* table() const { return m_table; }

    // Writes the shown scorecard as CSV (the columns of floorboard-cli scorecard).
    bool exportCsv(const QString& file, QString* error = nullptr);
    // What is on screen (one team's agents with the team row, or the teams, or
    // the sites), or every team's agents, one page per team; black-and-white readable.
    void exportPdf(const QString& file, PrintScope scope = PrintScope::Shown);
    void showHappiness();
    // The first page of the last PDF written (for a preview); null before any.
    [[nodiscard]] QImage lastPrintPreview() const;
    // The title of each page of the last PDF written.
    [[nodiscard]] QStringList lastPrintTitles() const;
    [[nodiscard]] ScorecardFilters* filters() const { return m_filters; }

public slots:
    // Re-reads weeks, teams and definitions (after an import) and recomputes.
    void reload();

signals:
    void computed();          // the table shows a new scorecard
    void happinessComputed(); // the Happiness and results tab is filled
    void pdfWritten(const QString& file, bool ok);
    // A figure was double-clicked (or "Contacts behind this figure…" chosen):
    // the main window shows these contacts on the Interactions page.
    void contactsRequested(const fb::ui::ContactsRequest& request);

private:
    void buildUi();
    void compute();
    void computeHappiness();
    void setBusy(bool busy, const QString& what = {});
    void openAgentCard(const QModelIndex& index);
    void editDefinition();
    void chooseCsv();
    void filtersChanged(bool weekOrDefinition);
    [[nodiscard]] int toWeek() const;
    [[nodiscard]] int definitionVersion() const;

    QString m_path;
    std::unique_ptr<DatabaseJobs> m_worker;
    std::shared_ptr<std::atomic_int> m_generation;
    int m_pending = 0;
    bool m_loaded = false;

    QTabWidget* m_tabs = nullptr;
    ScorecardFilters* m_filters = nullptr;
    ScorecardPrint* m_print = nullptr;
    QPushButton* m_card = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_legend = nullptr;
    QProgressBar* m_busy = nullptr;
    QTableView* m_table = nullptr;
    ScorecardModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;

    HappinessTab* m_happiness = nullptr;
    bool m_happinessStale = true;
};

} // namespace fb::ui::scorecards
