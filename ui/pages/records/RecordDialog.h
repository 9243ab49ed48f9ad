#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;

namespace fb::ui {

// The frame both record dialogs share (an evaluation, a coaching note): the
// record's form read-only in a scroll area, the history line ("Edited 2
// times — last by …"), a box of the earlier versions to view, and Edit,
// Delete and Close. Delete asks first; the list then deletes it with undo.
class RecordDialog : public QDialog {
    Q_OBJECT
public:
    [[nodiscard]] QPushButton* editButton() const { return m_edit; }
    [[nodiscard]] QPushButton* deleteButton() const { return m_delete; }
    [[nodiscard]] QComboBox* versionBox() const { return m_versions; }
    [[nodiscard]] QString historyText() const;
    [[nodiscard]] const QString& recordId() const { return m_id; }

signals:
    void loaded();                           // the record (and its history) is on the form
    void changed(const QString& id);         // an edit was saved
    void deleteConfirmed(const QString& id); // the user said yes to Delete

protected:
    RecordDialog(QString id, const QString& title, QWidget* parent);
    void setForm(QWidget* form);
    // Called by the subclass once the record arrived: history and versions.
    void showLoaded(const QString& historyLine, const QStringList& versions);
    void showError(const QString& text);
    // The question Delete asks ("Delete evaluation E1 of Ann?").
    virtual QString deleteQuestion() const = 0;
    virtual void load() = 0;
    virtual void showVersion(int index) = 0; // 0: current; i: before edit i
    virtual void startEdit() = 0;
    // After an edit was saved: back to viewing, history read again.
    void editSaved();

private:
    void askDelete();

    QString m_id;
    QScrollArea* m_scroll;
    QLabel* m_history;
    QComboBox* m_versions;
    QPushButton* m_edit;
    QPushButton* m_delete;
};

} // namespace fb::ui
