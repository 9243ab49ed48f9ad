#pragma once

// "Friction to flow": the eight-week program page (docs/friction-to-flow.md).
// Construct it with the database path; it opens its own connection on a
// worker thread (DatabaseJobs), so the one scan of interactions a report needs
// never runs on the GUI thread. The main window only has to add it:
//     auto* page = new fb::ui::FrictionPage(databasePath, this);
// Each tab is a widget of its own (pages/friction/*Tab); this class reads,
// writes and exports, and hands each report to the tabs.
#include "analytics/ProgramReport.h"
#include "pages/ContactsRequest.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QToolButton;

namespace fb::ui {

class BaselineTab;
class ChartsTab;
class ComparisonTab;
class DatabaseJobs;
class FixesTab;
class OverviewTab;
class PhaseTimeline;
class RecognitionTab;

class FrictionPage final : public QWidget {
    Q_OBJECT
public:
    explicit FrictionPage(const QString& databasePath, QWidget* parent = nullptr);
    ~FrictionPage() override;

    // The day that decides the current phase (default: today); tests and screenshots set it.
    void setToday(QDate today);
    // Re-reads the programs and the selected program's report (after an import).
    void reload();

    [[nodiscard]] const analytics::ProgramReport* report() const { return m_report.get(); }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] QTableWidget* comparisonTable() const;
    [[nodiscard]] QTableWidget* attributionTable() const;
    [[nodiscard]] QString summaryText() const;

    // Exports without dialogs (the menu asks for the file first).
    bool exportPdf(const QString& path, QString* error = nullptr) const;
    bool exportCsv(const QString& dir, QString* error = nullptr) const; // one file per table
    bool exportDigest(const QString& path, QString* error = nullptr) const;

    // Adds a fix to the current program's log (as the form does); the form's
    // "what changed" text is cleared once the fix is saved, kept if it fails.
    void addFix(const ProgramFix& fix);

signals:
    void programsLoaded();
    void reportShown();
    // The contacts behind a comparison figure (the main window shows them).
    void contactsRequested(const fb::ui::ContactsRequest& request);

private:
    void loadPrograms(const QString& select = {});
    void loadReport();
    void present(std::shared_ptr<analytics::ProgramReport> report);
    void showError(const QString& message);
    void newProgram();
    void confirmFrictions(const std::vector<ConfirmedFriction>& chosen);
    void exportPdfAsk();
    void exportCsvAsk();
    void exportDigestAsk();

    DatabaseJobs* m_worker;
    QDate m_today;
    bool m_todayGiven = false; // setToday() was called (tests); else new programs count from the data
    std::shared_ptr<analytics::ProgramReport> m_report;
    int m_generation = 0;

    QComboBox* m_program = nullptr;
    QPushButton* m_new = nullptr;
    QToolButton* m_export = nullptr;
    QLabel* m_status = nullptr;
    PhaseTimeline* m_timeline = nullptr;
    QTabWidget* m_tabs = nullptr;
    OverviewTab* m_overview = nullptr;
    BaselineTab* m_baseline = nullptr;
    FixesTab* m_fixes = nullptr;
    RecognitionTab* m_recognition = nullptr;
    ComparisonTab* m_comparison = nullptr;
    ChartsTab* m_charts = nullptr;
};

} // namespace fb::ui
