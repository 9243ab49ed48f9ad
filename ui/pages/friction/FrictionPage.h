#pragma once

// "Friction to flow": the eight-week program page (docs/friction-to-flow.md).
// Construct it with the database path; it opens its own connection on a
// worker thread (DatabaseJobs), so the one scan of interactions a report needs
// never runs on the GUI thread. The main window only has to add it:
//     auto* page = new fb::ui::FrictionPage(databasePath, this);
#include "analytics/ProgramReport.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QToolButton;
class QVBoxLayout;

namespace fb::ui {

class DatabaseJobs;
class PhaseTimeline;

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
    [[nodiscard]] QTableWidget* comparisonTable() const { return m_compTable; }
    [[nodiscard]] QTableWidget* attributionTable() const { return m_attrTable; }
    [[nodiscard]] QString summaryText() const;

    // Exports without dialogs (the menu asks for the file first).
    bool exportPdf(const QString& path, QString* error = nullptr) const;
    bool exportCsv(const QString& dir, QString* error = nullptr) const; // one file per table
    bool exportDigest(const QString& path, QString* error = nullptr) const;

    // Adds a fix to the current program's log (as the form does); the form's
    // "what changed" text is cleared once the fix is saved, kept if it fails.
    void addFix(const store::ProgramFix& fix);

signals:
    void programsLoaded();
    void reportShown();

private:
    QWidget* buildOverview();
    QWidget* buildBaseline();
    QWidget* buildFixes();
    QWidget* buildRecognition();
    QWidget* buildComparison();
    QWidget* buildCharts();
    void loadPrograms(const QString& select = {});
    void loadReport();
    void present(std::shared_ptr<analytics::ProgramReport> report);
    void showError(const QString& message);
    void newProgram();
    void confirmFrictions();
    void addFixFromForm();
    void exportPdfAsk();
    void exportCsvAsk();
    void exportDigestAsk();

    DatabaseJobs* m_worker;
    QDate m_today;
    std::shared_ptr<analytics::ProgramReport> m_report;
    int m_generation = 0;

    QComboBox* m_program = nullptr;
    QPushButton* m_new = nullptr;
    QToolButton* m_export = nullptr;
    QLabel* m_status = nullptr;
    PhaseTimeline* m_timeline = nullptr;
    QTabWidget* m_tabs = nullptr;
    // overview
    QLabel* m_needs = nullptr;
    QLabel* m_overviewSummary = nullptr;
    // baseline
    QTableWidget* m_pulseTable = nullptr;
    QTableWidget* m_frictionTable = nullptr;
    QComboBox* m_confirm[3] = {};
    QComboBox* m_confirmDim[3] = {};
    QLabel* m_confirmState = nullptr;
    // fixes
    QTableWidget* m_fixTable = nullptr;
    QDateEdit* m_fixDate = nullptr;
    QComboBox* m_fixFriction = nullptr;
    QLineEdit* m_fixScope = nullptr;
    QLineEdit* m_fixWhat = nullptr;
    QLineEdit* m_fixOwner = nullptr;
    // recognition
    QTableWidget* m_recTable = nullptr;
    QTableWidget* m_youSaid = nullptr;
    // comparison
    QLabel* m_sentences = nullptr;
    QTableWidget* m_compTable = nullptr;
    QTableWidget* m_attrTable = nullptr;
    // charts
    QWidget* m_chartsHost = nullptr;
    QVBoxLayout* m_chartsLayout = nullptr;
};

} // namespace fb::ui
