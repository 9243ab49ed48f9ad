#include "pages/coaching/CoachingPage.h"

#include "background/DatabaseJobs.h"
#include "pages/PageParts.h"
#include "pages/coaching/CoachingNoteForm.h"
#include "pages/coaching/EffectivenessView.h"
#include "pages/coaching/FollowUpQueue.h"
#include "pages/coaching/NoteListView.h"
#include "pages/coaching/RatioView.h"
#include "pages/coaching/TimelineView.h"
#include "store/AgentDirectory.h"
#include "store/CoachingStore.h"
#include "store/DataEnd.h"

#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fb::ui {

CoachingPage::CoachingPage(const QString& databasePath, QWidget* parent)
    : QWidget(parent), m_worker(std::make_unique<DatabaseJobs>(databasePath))
{
    m_tabs = new QTabWidget(this);
    m_form = new CoachingNoteForm(*m_worker, this);
    auto* formScroll = new QScrollArea(this);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    m_queue = new FollowUpQueue(*m_worker, this);
    m_effect = new EffectivenessView(*m_worker, this);
    m_ratio = new RatioView(*m_worker, this);
    m_timeline = new TimelineView(*m_worker, this);
    m_notes = new NoteListView(*m_worker, this);
    m_tabs->addTab(formScroll, tr("&New note"));
    m_tabs->addTab(m_notes, tr("Note&s"));
    m_tabs->addTab(m_queue, tr("F&ollow-ups"));
    m_tabs->addTab(m_effect, tr("&Effectiveness"));
    m_tabs->addTab(m_ratio, tr("Coaching &ratio"));
    m_tabs->addTab(m_timeline, tr("Agent t&imeline"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makePageTitle(tr("Coaching"), this));
    layout->addWidget(makePageSubtitle(tr("Every note names a quality attribute and a measurable target; follow-ups "
                                          "show whether it moved."),
                                       this));
    layout->addWidget(m_tabs, 1);
    connect(m_form, &CoachingNoteForm::saved, m_queue, &FollowUpQueue::reload);
    connect(m_form, &CoachingNoteForm::saved, m_notes, &NoteListView::reload);
    connect(m_notes, &NoteListView::changed, m_queue, &FollowUpQueue::reload);
    connect(m_queue, &FollowUpQueue::completed, m_effect, &EffectivenessView::reload);
    connect(m_effect, &EffectivenessView::notesRequested, this,
            [this](analytics::Grouping by, const QString& group, QDate from, QDate to) {
                m_notes->showGroup(by, group, from, to);
                m_tabs->setCurrentWidget(m_notes);
            });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        QWidget* w = m_tabs->widget(index);
        if (w == m_effect)
            m_effect->reload();
        else if (w == m_ratio)
            m_ratio->reload();
        else if (w == m_timeline)
            m_timeline->reload();
    });
    reload();
}

CoachingPage::~CoachingPage() = default;

void CoachingPage::reload()
{
    struct Dir {
        AgentDirectory directory;
        std::vector<std::string> attributes;
        QDate dataEnd;
    };
    m_worker->run(
        this,
        [](store::Database& db) -> Result<Dir> {
            auto d = readAgentDirectory(db);
            if (!d)
                return d.error();
            auto a = store::rubricAttributeNames(db);
            if (!a)
                return a.error();
            auto end = readDataEnd(db);
            if (!end)
                return end.error();
            return Dir{std::move(d.value()), std::move(a.value()), end.value()};
        },
        [this](Result<Dir> r) {
            if (!r)
                return;
            m_form->setDirectory(r->directory, r->attributes);
            m_form->setDataEnd(r->dataEnd);
            m_effect->setDataEnd(r->dataEnd);
            m_timeline->setDirectory(r->directory, r->attributes);
            m_notes->setDirectory(r->directory, r->attributes, r->dataEnd);
            emit directoryLoaded();
        });
    m_queue->reload();
}

} // namespace fb::ui
