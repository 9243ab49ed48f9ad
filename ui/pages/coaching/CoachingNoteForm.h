#pragma once

#include "analytics/Coaching.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace fb::ui {

class DatabaseJobs;
struct AgentDirectory;

// A new coaching note, keyboard only: every part the method needs is on the
// form in order (Tab moves on, Enter on Save saves). The baseline is filled
// from the agent's data of the 4 weeks before the note's week whenever
// agent, date or target metric change, until the user types their own.
// A note missing a part is refused with a message naming each missing part.
class CoachingNoteForm final : public QWidget {
    Q_OBJECT
public:
    explicit CoachingNoteForm(DatabaseJobs& worker, QWidget* parent = nullptr);

    void setDirectory(const AgentDirectory& directory, const std::vector<std::string>& attributes);
    // When the data end before today the dates start on the data's last day
    // (a coaching baseline needs weeks with data), and the form says so.
    void setDataEnd(QDate dataEnd);
    [[nodiscard]] QString message() const;
    [[nodiscard]] QComboBox* agentBox() const { return m_agent; }
    [[nodiscard]] QPushButton* saveButton() const { return m_save; }
    [[nodiscard]] QLineEdit* baselineEdit() const { return m_baseline; }
    // The note as entered (for tests and saving).
    [[nodiscard]] analytics::CoachingNote note() const;

    // A stored note on the form, in the form's units (65 % for a share).
    void setNote(const analytics::CoachingNote& note);
    // Viewing: every field read-only and no Save button.
    void setReadOnly(bool readOnly);
    // Editing note `id`: Save replaces the parts the form holds
    // (store::updateCoachingNote), the earlier version kept in its history.
    void setEditing(const QString& id);

signals:
    void saved(const QString& noteId);
    void baselineReady(); // after a prefill arrived (tests)

private:
    void save();
    void prefillBaseline();
    void showMessage(const QString& text, bool error);
    void showBaselineInfo(const QString& text); // hidden when empty
    void clearForNext();

    DatabaseJobs& m_worker;
    QComboBox* m_agent;
    QLineEdit* m_coach;
    QLabel* m_dateNote = nullptr;
    QDateEdit* m_date;
    QComboBox* m_attribute;
    QComboBox* m_metric;
    QLineEdit* m_baseline;
    QLabel* m_baselineInfo;
    QLineEdit* m_target;
    QDateEdit* m_followUp;
    QComboBox* m_stage;
    QPlainTextEdit* m_commitment;
    QLineEdit* m_minutes;
    QPushButton* m_save;
    QLabel* m_message;
    QString m_editing; // the note being edited; empty for a new one
    bool m_baselineTyped = false;
    int m_prefillSerial = 0;
};

} // namespace fb::ui
