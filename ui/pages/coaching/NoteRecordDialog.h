#pragma once

#include "analytics/Coaching.h"
#include "pages/records/RecordDialog.h"
#include "store/AgentDirectory.h"
#include "store/RecordStore.h"

namespace fb::ui {

class CoachingNoteForm;
class DatabaseJobs;

// One stored coaching note on the note form, read-only, with its history;
// Edit makes the form editable and Save replaces the note with the earlier
// version kept; its follow-up (done, outcome) is not changed here (RecordDialog).
class NoteRecordDialog final : public RecordDialog {
    Q_OBJECT
public:
    NoteRecordDialog(DatabaseJobs& jobs, const AgentDirectory& directory, const std::vector<std::string>& attributes,
                     const QString& noteId, QWidget* parent);
    [[nodiscard]] CoachingNoteForm* form() const { return m_form; }

protected:
    QString deleteQuestion() const override;
    void load() override;
    void showVersion(int index) override;
    void startEdit() override;

private:
    DatabaseJobs& m_jobs;
    CoachingNoteForm* m_form;
    analytics::CoachingNote m_current;
    std::vector<store::HistoryEntry> m_history;
};

} // namespace fb::ui
