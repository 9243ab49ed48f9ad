#pragma once

// Recognition (docs/recognition-and-incentives.md): nominate with evidence,
// the week's huddle list, coverage with the agents unseen at target, and the
// fixers. The page reads and computes everything for the chosen week and team
// in one job on its own DatabaseJobs and hands the view to the tabs; a
// nomination is written through the same worker, then the page re-reads.
//     auto* page = new fb::ui::RecognitionPage(databasePath, this);
#include "pages/recognition/RecognitionView.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QTabWidget;

namespace fb::ui {

class BehaviorsDialog;
class CoverageTab;
class DatabaseJobs;
class FixersTab;
class HuddleTab;
class NominateTab;

class RecognitionPage final : public QWidget {
    Q_OBJECT
public:
    explicit RecognitionPage(const QString& databasePath, QWidget* parent = nullptr);
    ~RecognitionPage() override;

    // The day the page works as of (default: today, or the last day of the
    // interactions when they end before today); the week shown is its ISO week.
    void setToday(QDate today);
    void reload();
    // Writes coverage.csv, unseen.csv, nominations.csv, huddle.csv and fixers.csv into dir.
    bool exportCsv(const QString& dir, QString* error = nullptr) const;

    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] NominateTab* nominate() const { return m_nominate; }
    [[nodiscard]] HuddleTab* huddle() const { return m_huddle; }
    [[nodiscard]] CoverageTab* coverage() const { return m_coverage; }
    [[nodiscard]] FixersTab* fixers() const { return m_fixers; }
    [[nodiscard]] QComboBox* teamBox() const { return m_team; }
    [[nodiscard]] const RecognitionView* view() const { return m_view.get(); }
    [[nodiscard]] QString statusText() const;
    // "Behaviours…": reads the list and every nomination's behaviour, then
    // opens the editor (behaviorsDialogShown hands it over).
    void editBehaviors();

signals:
    void loaded();
    void written();
    void behaviorsDialogShown(fb::ui::BehaviorsDialog* dialog);

private:
    void present(std::shared_ptr<RecognitionView> view);
    void save(const Recognition& recognition);
    void checkEvidence(const Recognition& recognition);
    void savePdf();
    void exportCsvAsk();
    void saveBehaviors(BehaviorsDialog* dialog, const std::vector<RecognitionBehavior>& behaviors);

    std::unique_ptr<DatabaseJobs> m_worker;
    std::shared_ptr<RecognitionView> m_view;
    QDate m_today;
    bool m_todayGiven = false;
    int m_generation = 0;
    int m_evidenceGeneration = 0;
    QDateEdit* m_week;
    QComboBox* m_team;
    QLabel* m_status;
    QTabWidget* m_tabs;
    NominateTab* m_nominate;
    HuddleTab* m_huddle;
    CoverageTab* m_coverage;
    FixersTab* m_fixers;
};

} // namespace fb::ui
