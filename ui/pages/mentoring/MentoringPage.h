#pragma once

// "Mentoring": peer mentoring (docs/mentoring.md). Construct it with the
// database path; it opens its own connection on a worker thread
// (DatabaseJobs). The page only wires: it reads a MentoringView for the chosen
// behaviour, team and window, hands it to one widget per tab (triggers,
// suggestions, active pairs, effect), and writes what the tabs ask for.
#include "analytics/Mentoring.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QTabWidget;
class QToolButton;

namespace fb::ui {

class DatabaseJobs;
class EffectTab;
class PairChartTab;
class PairsTab;
class PayForwardTab;
class SuggestionsTab;
class TriggersTab;
struct MentoringView;

class MentoringPage final : public QWidget {
    Q_OBJECT
public:
    explicit MentoringPage(const QString& databasePath, QWidget* parent = nullptr);
    ~MentoringPage() override;

    // The day that decides the default window and the dates of new pairs (default: today).
    void setToday(QDate today);
    // Shows a behaviour (a rubric attribute or a metric key).
    void showBehavior(const std::string& behavior);
    void reload();

    [[nodiscard]] const MentoringView* view() const { return m_view.get(); }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] TriggersTab* triggersTab() const { return m_triggers; }
    [[nodiscard]] SuggestionsTab* suggestionsTab() const { return m_suggestions; }
    [[nodiscard]] PairsTab* pairsTab() const { return m_pairs; }
    [[nodiscard]] EffectTab* effectTab() const { return m_effect; }
    [[nodiscard]] PairChartTab* pairChartTab() const { return m_pairChart; }
    [[nodiscard]] PayForwardTab* payForwardTab() const { return m_payForward; }
    [[nodiscard]] QString statusText() const;

    // Writes triggers.csv, suggestions.csv, pairs.csv, effect.csv and
    // payforward.csv into the folder (the button asks for it first).
    bool exportCsv(const QString& dir, QString* error = nullptr) const;
    // The site manager's one-page PDF from what the page shows (the button asks for the file).
    bool exportPdf(const QString& path, QString* error = nullptr) const;

signals:
    void viewShown();
    void written();       // a pair started or ended, or a session logged
    void progressShown(); // the Pair progress tab drew a pair's weeks

private:
    void load();
    void present(std::shared_ptr<MentoringView> view);
    void showError(const QString& message);
    void startPairs(std::vector<MentoringPair> pairs);
    void logSession(const MentoringSession& session);
    void endPair(const std::string& pairId, QDate on, const std::string& outcome);
    void setCapacity(const std::string& mentorId, int mentees);
    void exportCsvAsk();
    void exportPdfAsk();
    void loadProgress(const std::string& pairId);
    [[nodiscard]] analytics::MentoringOptions options() const;

    DatabaseJobs* m_worker;
    QDate m_today;
    std::string m_behavior = "empathy";
    std::shared_ptr<MentoringView> m_view;
    int m_generation = 0;

    QComboBox* m_behaviorBox = nullptr;
    QComboBox* m_team = nullptr;
    QCheckBox* m_crossTeam = nullptr;
    QToolButton* m_export = nullptr; // menu: the one-page PDF, CSV of every table
    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    TriggersTab* m_triggers = nullptr;
    SuggestionsTab* m_suggestions = nullptr;
    PairsTab* m_pairs = nullptr;
    EffectTab* m_effect = nullptr;
    PairChartTab* m_pairChart = nullptr;
    PayForwardTab* m_payForward = nullptr;
};

} // namespace fb::ui
