#pragma once

// "Calibration": supervisors and QA leads score the same interactions blind,
// reveal, see where and how much they disagree, and agree on the official
// score with a decision note (docs/calibration.md). The page owns a DatabaseJobs:
// reads, statistics (bootstrap intervals) and writes run off the GUI thread.
// Tabs: Blind scoring, Reveal and agree, Agreement, History, Decision log.
// F11 (or Present) opens the shared-screen presentation.
#include "pages/calibration/SessionView.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QToolButton;

namespace fb::ui {
class DatabaseJobs;
}

namespace fb::ui::calibration {

class BlindScoringPanel;
class DecisionLogPanel;
class HistoryPanel;
class PresentationWindow;
class RevealPanel;
class StatisticsPanel;
struct SessionRequest;

class CalibrationPage final : public QWidget {
    Q_OBJECT
public:
    explicit CalibrationPage(const QString& databasePath, QWidget* parent = nullptr);
    ~CalibrationPage() override;

    void reload();                                     // sessions, the shown session, history and the decision log
    void createSession(const SessionRequest& request); // as the New session dialog does
    void present();                                    // the presentation window (F11)

    // Session report without dialogs (the Export menu asks for the file first).
    bool exportPdf(const QString& path, QString* error = nullptr) const;
    bool exportCsv(const QString& dir, QString* error = nullptr) const;

    [[nodiscard]] SessionViewPtr view() const { return m_view; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] QComboBox* sessionCombo() const { return m_session; }
    [[nodiscard]] BlindScoringPanel* scoring() const { return m_scoring; }
    [[nodiscard]] RevealPanel* revealPanel() const { return m_reveal; }
    [[nodiscard]] StatisticsPanel* statistics() const { return m_statistics; }
    [[nodiscard]] HistoryPanel* history() const { return m_history; }
    [[nodiscard]] DecisionLogPanel* decisionLog() const { return m_log; }
    [[nodiscard]] PresentationWindow* presentation() const;
    [[nodiscard]] QString headerText() const;

signals:
    void sessionsLoaded();
    void sessionShown();
    void message(const QString& text);

private:
    void loadSessions(const QString& select = {});
    void loadView();
    void showView(SessionViewPtr view);
    void applyDisplay();
    void newSession();
    void exportPdfAsk();
    void exportCsvAsk();

    std::unique_ptr<DatabaseJobs> m_worker;
    SessionViewPtr m_view;
    int m_generation = 0;

    QComboBox* m_session = nullptr;
    QPushButton* m_new = nullptr;
    QToolButton* m_present = nullptr;
    QToolButton* m_export = nullptr;
    QCheckBox* m_mask = nullptr;
    QCheckBox* m_initials = nullptr;
    QLabel* m_header = nullptr;
    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    BlindScoringPanel* m_scoring = nullptr;
    RevealPanel* m_reveal = nullptr;
    StatisticsPanel* m_statistics = nullptr;
    HistoryPanel* m_history = nullptr;
    DecisionLogPanel* m_log = nullptr;
    QPointer<PresentationWindow> m_presentation;
};

} // namespace fb::ui::calibration
