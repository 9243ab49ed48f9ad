#pragma once

#include "store/AgentDirectory.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <memory>

class QPushButton;
class QTabWidget;

namespace fb::ui {

class AgentQualityView;
class DatabaseJobs;
class EvaluationForm;
class EvaluationListView;
class SampleDialog;
class RubricEditor;

// Quality: score an interaction (evaluation form), find stored evaluations
// again (view, edit, delete), draw a random sample of my team's contacts to
// evaluate, an agent's quality by attribute against the team, and the
// versioned rubric. Reads and writes run
// on the page's own DatabaseJobs.
//
// Wiring: `new QualityPage(databasePath, parent)`; call reload() after an import.
class QualityPage final : public QWidget {
    Q_OBJECT
public:
    explicit QualityPage(const QString& databasePath, QWidget* parent = nullptr);
    ~QualityPage() override;

    void reload();
    [[nodiscard]] EvaluationForm* evaluationForm() const { return m_form; }
    [[nodiscard]] AgentQualityView* agentQuality() const { return m_agentView; }
    [[nodiscard]] RubricEditor* rubricEditor() const { return m_rubric; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] EvaluationListView* evaluations() const { return m_list; }
    [[nodiscard]] QPushButton* sampleButton() const { return m_sampleButton; }
    [[nodiscard]] SampleDialog* sampleDialog() const;
    // "Evaluate a random sample…": opens the sample dialog (or raises it).
    void openSample();

signals:
    void ready(); // directory and rubric loaded into the form

private:
    std::unique_ptr<DatabaseJobs> m_worker;
    QTabWidget* m_tabs;
    EvaluationForm* m_form;
    AgentQualityView* m_agentView;
    RubricEditor* m_rubric;
    EvaluationListView* m_list;
    QPushButton* m_sampleButton;
    QPointer<SampleDialog> m_sample;
    AgentDirectory m_directory;
    QDate m_dataEnd;
};

} // namespace fb::ui
