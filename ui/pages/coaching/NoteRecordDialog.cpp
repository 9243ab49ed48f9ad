#include "pages/coaching/NoteRecordDialog.h"

#include "background/DatabaseJobs.h"
#include "pages/coaching/CoachingNoteForm.h"
#include "pages/records/RecordRows.h"

namespace fb::ui {

NoteRecordDialog::NoteRecordDialog(DatabaseJobs& jobs, const AgentDirectory& directory,
                                   const std::vector<std::string>& attributes, const QString& noteId, QWidget* parent)
    : RecordDialog(noteId, tr("Coaching note %1").arg(noteId), parent), m_jobs(jobs)
{
    m_form = new CoachingNoteForm(jobs, this);
    m_form->setDirectory(directory, attributes);
    m_form->setReadOnly(true);
    setForm(m_form);
    connect(m_form, &CoachingNoteForm::saved, this, [this] { editSaved(); });
    load();
}

QString NoteRecordDialog::deleteQuestion() const
{
    return tr("Delete coaching note %1 of %2, coached by %3 on %4?\n\nUndo delete (or Ctrl+Z) in the list brings "
              "it back, with its follow-up.")
        .arg(recordId(), QString::fromStdString(m_current.agentId), QString::fromStdString(m_current.coach),
             m_current.coachedOn.toString(Qt::ISODate));
}

void NoteRecordDialog::load()
{
    struct Loaded {
        analytics::CoachingNote note;
        std::vector<store::HistoryEntry> history;
    };
    const std::string id = recordId().toStdString();
    m_jobs.run(
        this,
        [id](store::Database& db) -> Result<Loaded> {
            auto note = store::loadCoachingNote(db, id);
            if (!note)
                return note.error();
            auto history = store::recordHistory(db, store::RecordKind::CoachingNote, id);
            if (!history)
                return history.error();
            return Loaded{std::move(note.value()), std::move(history.value())};
        },
        [this](Result<Loaded> r) {
            if (!r)
                return showError(r.error().toString());
            m_current = r->note;
            m_history = r->history;
            m_form->setEditing(QString());
            m_form->setNote(m_current);
            m_form->setReadOnly(true);
            showLoaded(historyLine(m_history), versionChoices(m_history));
        });
}

void NoteRecordDialog::showVersion(int index)
{
    if (index <= 0 || index > static_cast<int>(m_history.size())) {
        m_form->setNote(m_current);
        return;
    }
    auto earlier = store::noteSnapshot(m_history[static_cast<size_t>(index - 1)]);
    if (!earlier)
        return showError(earlier.error().toString());
    m_form->setNote(earlier.value());
}

void NoteRecordDialog::startEdit()
{
    m_form->setNote(m_current);
    m_form->setEditing(recordId());
    m_form->setReadOnly(false);
}

} // namespace fb::ui
