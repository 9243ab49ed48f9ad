#pragma once

// The Scorecards page: balanced scorecards of the agents of a team, the
// teams or the site for a week or the last 4/8/13 weeks, with an agent card,
// "Happiness and results", a definition editor and CSV/PDF export.
// Self-contained: it opens its own database connection on a worker thread.
#include "analytics/Happiness.h"
#include "analytics/Scorecard.h"
#include "pages/ContactsRequest.h"

#include <QImage>
#include <QWidget>

#include <memory>

class QComboBox;
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
    // One page per team: its agents and the team row, black-and-white readable.
    void exportPdf(const QString& file);
    void showHappiness();
    // The first page of the last PDF written (for a preview); null before any.
    [[nodiscard]] QImage lastPrintPreview() const;

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
    void choosePdf();
    void levelChanged();
    [[nodiscard]] int toWeek() const;
    [[nodiscard]] int fromWeek() const;
    [[nodiscard]] int definitionVersion() const;

    QString m_path;
    std::unique_ptr<DatabaseJobs> m_worker;
    std::shared_ptr<std::atomic_int> m_generation;
    int m_pending = 0;
    bool m_loaded = false;

    QTabWidget* m_tabs = nullptr;
    QComboBox* m_week = nullptr;
    QComboBox* m_span = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_team = nullptr;
    QComboBox* m_definition = nullptr;
    QPushButton* m_card = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_legend = nullptr;
    QProgressBar* m_busy = nullptr;
    QTableView* m_table = nullptr;
    ScorecardModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;

    HappinessTab* m_happiness = nullptr;
    bool m_happinessStale = true;
    std::shared_ptr<const analytics::Scorecard> m_printAgents;
    std::shared_ptr<const analytics::Scorecard> m_printTeams;
};

} // namespace fb::ui::scorecards
