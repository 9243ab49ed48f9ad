#pragma once

#include "store/QaStore.h"
#include "store/RubricStore.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fb::ui {

class DatabaseJobs;
struct AgentDirectory;

// Scores one interaction against the current rubric, keyboard only: type the
// agent's id in the agent box, the interaction id (its facts appear beside
// the form), the evaluator, then for each attribute a score (type 0-4, or N
// for NA) and an optional comment; Tab moves on, Enter on Save saves. The
// total updates as scores change; a 0 on a critical attribute shows why the
// total is 0.
class EvaluationForm final : public QWidget {
    Q_OBJECT
public:
    explicit EvaluationForm(DatabaseJobs& worker, QWidget* parent = nullptr);
    void setDirectory(const AgentDirectory& directory);
    void setRubric(const store::FullRubric& rubric);
    [[nodiscard]] QString totalText() const;
    [[nodiscard]] QString message() const;
    [[nodiscard]] QComboBox* agentBox() const { return m_agent; }
    [[nodiscard]] QPushButton* saveButton() const { return m_save; }
    [[nodiscard]] QLineEdit* interactionEdit() const { return m_interaction; }

    // A stored evaluation on the form (after setRubric with its rubric version).
    void setEvaluation(const store::Evaluation& evaluation);
    // Viewing: every field read-only and no Save button.
    void setReadOnly(bool readOnly);
    // Editing evaluation `id`: Save replaces it (store::updateEvaluation), the
    // earlier version kept in its history, and the form keeps what was saved.
    void setEditing(const QString& id);
    // A new evaluation of this interaction (the random sample's "Evaluate").
    void startFor(const QString& interactionId);

signals:
    void saved(const QString& evaluationId);
    void factsShown();

private:
    void updateTotal();
    void updateAnchor(size_t index);
    void loadFacts();
    void save();
    void showMessage(const QString& text, bool error);

    DatabaseJobs& m_worker;
    store::FullRubric m_rubric;
    QComboBox* m_agent;
    QLineEdit* m_interaction;
    QLineEdit* m_evaluator;
    QDateTimeEdit* m_when;
    QGridLayout* m_grid;
    QWidget* m_gridHost;
    struct Row {
        QComboBox* score;
        QLabel* anchor;
        QLineEdit* comment;
    };
    std::vector<Row> m_rows;
    QLineEdit* m_comment;
    QLabel* m_total;
    QLabel* m_facts;
    QLabel* m_message;
    QPushButton* m_save;
    QString m_editing;    // the evaluation being edited; empty for a new one
    QString m_storedWhen; // its evaluated_at, with the seconds the form does not show
};

} // namespace fb::ui
