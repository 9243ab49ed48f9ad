#pragma once

#include <QWidget>

#include <memory>

class QTabWidget;

namespace fb::ui {

class CoachingNoteForm;
class DatabaseJobs;
class EffectivenessView;
class FollowUpQueue;
class NoteListView;
class RatioView;
class TimelineView;

// The coaching log: a new note, the follow-up queue, effectiveness, the
// coaching-to-production ratio and an agent's timeline. Reads and writes
// run on the page's own DatabaseJobs (a connection on its own thread).
//
// Wiring: `new CoachingPage(databasePath, parent)`; call reload() after an
// import so the lists and agents are read again.
class CoachingPage final : public QWidget {
    Q_OBJECT
public:
    explicit CoachingPage(const QString& databasePath, QWidget* parent = nullptr);
    ~CoachingPage() override;

    void reload();
    [[nodiscard]] CoachingNoteForm* noteForm() const { return m_form; }
    [[nodiscard]] FollowUpQueue* queue() const { return m_queue; }
    [[nodiscard]] EffectivenessView* effectiveness() const { return m_effect; }
    [[nodiscard]] RatioView* ratio() const { return m_ratio; }
    [[nodiscard]] TimelineView* timeline() const { return m_timeline; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] NoteListView* notes() const { return m_notes; }

signals:
    void directoryLoaded();

private:
    std::unique_ptr<DatabaseJobs> m_worker;
    QTabWidget* m_tabs;
    CoachingNoteForm* m_form;
    FollowUpQueue* m_queue;
    EffectivenessView* m_effect;
    RatioView* m_ratio;
    TimelineView* m_timeline;
    NoteListView* m_notes;
};

} // namespace fb::ui
