#pragma once

#include "store/RubricStore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace fb::ui {

class DatabaseJobs;
struct AgentDirectory;

// Per rubric attribute: the agent's mean (0-100) and n against the rest of
// the team over the last 13 weeks with data, with each side's trend (earlier
// half vs recent half); the weakest behaviour is marked and listed first.
class AgentQualityView final : public QWidget {
    Q_OBJECT
public:
    explicit AgentQualityView(DatabaseJobs& worker, QWidget* parent = nullptr);
    void setDirectory(const AgentDirectory& directory);
    void showAgent(const QString& agentId);
    void reload();
    [[nodiscard]] QTableWidget* table() const { return m_table; }
signals:
    void loaded();

private:
    DatabaseJobs& m_worker;
    QComboBox* m_agent;
    QTableWidget* m_table;
    QLabel* m_status;
};

// The rubric: attributes with description, weight, scale, NA allowed,
// critical, and the anchored description of each level. Saving an edit
// makes a new version; earlier versions stay readable (and their
// evaluations keep them).
class RubricEditor final : public QWidget {
    Q_OBJECT
public:
    explicit RubricEditor(DatabaseJobs& worker, QWidget* parent = nullptr);
    void reload(int version = 0);
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QTableWidget* rulingsTable() const { return m_rulings; }
signals:
    void rubricSaved(int version);
    void loaded();
    void rulingsShown(); // the selected attribute's calibration rulings are listed

private:
    void show(const store::FullRubric& rubric, bool latest);
    void selectAttribute(int row);
    void storeAnchors();
    void showRulings(const QString& attribute);
    store::FullRubric edited() const;
    void save();

    DatabaseJobs& m_worker;
    QComboBox* m_version;
    QTableWidget* m_table;
    QTableWidget* m_anchors;
    QLabel* m_anchorTitle;
    QTableWidget* m_rulings = nullptr;
    QLabel* m_rulingsTitle = nullptr;
    QLineEdit* m_note;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_save;
    QLabel* m_status;
    store::FullRubric m_shown;
    int m_anchorRow = -1; // the attribute whose anchors are shown (anchors live in column 0's UserRole)
    bool m_latest = true;
};

} // namespace fb::ui
