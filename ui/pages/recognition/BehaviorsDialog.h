#pragma once

// "Behaviours…" on the Recognition page: the list a nomination picks its
// behaviour from, each tied to a rubric attribute or a scorecard metric (or to
// nothing). Keyboard only: the list, a name field, a "tied to" box, Add and
// Remove. Save hands the whole list to the page, which writes it with
// store::setRecognitionBehaviors (the function the CLI's `recognition
// behaviors --set` uses), all or nothing; a refusal stays in the dialog.
//     auto* d = new BehaviorsDialog(view.input.behaviors, view.input.attributes, uses, this);
#include "domain/Recognition.h"

#include <QDialog>

#include <map>
#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace fb::ui {

class BehaviorsDialog final : public QDialog {
    Q_OBJECT
public:
    // uses: how many nominations cite each behaviour name (to warn before a
    // rename or removal: the nominations keep the name they were given with).
    BehaviorsDialog(std::vector<RecognitionBehavior> behaviors, const std::vector<std::string>& attributes,
                    std::map<std::string, int> uses, QWidget* parent = nullptr);

    [[nodiscard]] const std::vector<RecognitionBehavior>& behaviors() const { return m_items; }
    // The page's answer to saveRequested: the store's refusal, shown in the dialog.
    void failed(const QString& message);

    [[nodiscard]] QListWidget* list() const { return m_list; }
    [[nodiscard]] QLineEdit* nameEdit() const { return m_name; }
    [[nodiscard]] QComboBox* measureBox() const { return m_measure; }
    [[nodiscard]] QPushButton* addButton() const { return m_add; }
    [[nodiscard]] QPushButton* removeButton() const { return m_remove; }
    [[nodiscard]] QPushButton* saveButton() const { return m_save; }
    [[nodiscard]] QLabel* noteLabel() const { return m_note; }

signals:
    void saveRequested(const std::vector<RecognitionBehavior>& behaviors);

private:
    void select(int row);
    void edited();
    void addBehavior();
    void removeBehavior();
    [[nodiscard]] QString itemText(const RecognitionBehavior& b) const;
    [[nodiscard]] QString usedNote(const std::string& name) const;

    std::vector<RecognitionBehavior> m_items;
    std::vector<std::string> m_original; // each item's name when the dialog opened; empty for an added one
    std::map<std::string, int> m_uses;
    QListWidget* m_list;
    QLineEdit* m_name;
    QComboBox* m_measure;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_save;
    QLabel* m_note;
};

} // namespace fb::ui
