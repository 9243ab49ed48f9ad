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
