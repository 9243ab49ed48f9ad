#include "pages/quality/QualityPage.h"

#include "background/DatabaseJobs.h"
#include "pages/PageParts.h"
#include "pages/quality/AgentQualityView.h"
#include "pages/quality/EvaluationForm.h"
#include "pages/quality/EvaluationListView.h"
#include "pages/quality/RubricEditor.h"
#include "pages/quality/SampleDialog.h"
#include "store/AgentDirectory.h"
#include "store/DataEnd.h"
#include "store/RubricStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fb::ui {

QualityPage::QualityPage(const QString& databasePath, QWidget* parent)
    : QWidget(parent), m_worker(std::make_unique<DatabaseJobs>(databasePath))
{
    m_tabs = new QTabWidget(this);
    m_form = new EvaluationForm(*m_worker, this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_agentView = new AgentQualityView(*m_worker, this);
    m_rubric = new RubricEditor(*m_worker, this);
    m_list = new EvaluationListView(*m_worker, this);
    m_tabs->addTab(scroll, tr("&Evaluate"));
    m_tabs->addTab(m_list, tr("Evaluation&s"));
    m_tabs->addTab(m_agentView, tr("A&gent quality"));
    m_tabs->addTab(m_rubric, tr("&Rubric"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makePageTitle(tr("Quality"), this));
    m_sampleButton = new QPushButton(tr("Evaluate a random sa&mple…"), this);
    m_sampleButton->setToolTip(tr("Draws contacts of your team in one week at random, with a seed, and opens the "
                                  "form for each"));
    auto* head = new QHBoxLayout;
    head->addWidget(makePageSubtitle(tr("Score interactions against the rubric, find evaluations again and see each "
                                        "agent's weakest behaviour."),
                                     this),
                    1);
    head->addWidget(m_sampleButton);
    layout->addLayout(head);
    layout->addWidget(m_tabs, 1);
    connect(m_rubric, &RubricEditor::rubricSaved, this, &QualityPage::reload);
    connect(m_form, &EvaluationForm::saved, m_agentView, &AgentQualityView::reload);
    connect(m_form, &EvaluationForm::saved, m_list, &EvaluationListView::reload);
    connect(m_list, &EvaluationListView::changed, m_agentView, &AgentQualityView::reload);
    connect(m_sampleButton, &QPushButton::clicked, this, &QualityPage::openSample);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (m_tabs->widget(i) == m_agentView)
            m_agentView->reload();
    });
    reload();
}

QualityPage::~QualityPage() = default;

void QualityPage::reload()
{
    struct Loaded {
        AgentDirectory directory;
        store::FullRubric rubric;
        QDate dataEnd;
    };
    m_worker->run(
        this,
        [](store::Database& db) -> Result<Loaded> {
            auto d = readAgentDirectory(db);
            if (!d)
                return d.error();
            auto r = store::loadRubric(db);
            if (!r)
                return r.error();
            auto end = readDataEnd(db);
            if (!end)
                return end.error();
            return Loaded{std::move(d.value()), std::move(r.value()), end.value()};
        },
        [this](Result<Loaded> r) {
            if (!r)
                return;
            m_directory = r->directory;
            m_dataEnd = r->dataEnd;
            m_form->setDirectory(r->directory);
            m_form->setRubric(r->rubric);
            m_agentView->setDirectory(r->directory);
            m_list->setDirectory(r->directory, r->dataEnd);
            emit ready();
        });
    m_rubric->reload();
}

SampleDialog* QualityPage::sampleDialog() const
{
    return m_sample;
}

void QualityPage::openSample()
{
    if (m_sample) {
        m_sample->raise();
        m_sample->activateWindow();
        return;
    }
    m_sample = new SampleDialog(*m_worker, m_directory, m_dataEnd, this);
    m_sample->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_sample, &SampleDialog::evaluateRequested, this, [this](const QString& interactionId) {
        m_tabs->setCurrentIndex(0);
        m_form->startFor(interactionId);
    });
    // A saved evaluation marks its contact in the sample.
    connect(m_form, &EvaluationForm::saved, m_sample, [this] {
        if (m_sample && !m_sample->sample().empty())
            m_sample->draw();
    });
    m_sample->show();
}

} // namespace fb::ui
