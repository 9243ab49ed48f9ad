#pragma once

#include <QWidget>

#include <memory>

class QTabWidget;

namespace fb::ui {

class AgentQualityView;
class DatabaseJobs;
class EvaluationForm;
class RubricEditor;

// Quality: score an interaction (evaluation form), an agent's quality by
// attribute against the team, and the versioned rubric. Reads and writes run
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

signals:
    void ready(); // directory and rubric loaded into the form

private:
    std::unique_ptr<DatabaseJobs> m_worker;
    QTabWidget* m_tabs;
    EvaluationForm* m_form;
    AgentQualityView* m_agentView;
    RubricEditor* m_rubric;
};

} // namespace fb::ui
