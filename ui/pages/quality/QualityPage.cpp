#include "pages/quality/QualityPage.h"

#include "background/DatabaseJobs.h"
#include "pages/PageParts.h"
#include "pages/quality/AgentQualityView.h"
#include "pages/quality/EvaluationForm.h"
#include "pages/quality/RubricEditor.h"
#include "store/AgentDirectory.h"
#include "store/RubricStore.h"

#include <QLabel>
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
    m_tabs->addTab(scroll, tr("&Evaluate"));
    m_tabs->addTab(m_agentView, tr("A&gent quality"));
    m_tabs->addTab(m_rubric, tr("&Rubric"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makePageTitle(tr("Quality"), this));
    layout->addWidget(makePageSubtitle(tr("Score interactions against the rubric and see each agent's weakest "
                                          "behaviour."),
                                       this));
    layout->addWidget(m_tabs, 1);
    connect(m_rubric, &RubricEditor::rubricSaved, this, &QualityPage::reload);
    connect(m_form, &EvaluationForm::saved, m_agentView, &AgentQualityView::reload);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (m_tabs->widget(i) == m_agentView)
            m_agentView->reload();
    });
    reload();
}

QualityPage::~QualityPage() = default;

void QualityPage::reload()
{
    m_worker->run(
        this,
        [](store::Database& db) -> Result<std::pair<AgentDirectory, store::FullRubric>> {
            auto d = readAgentDirectory(db);
            if (!d)
                return d.error();
            auto r = store::loadRubric(db);
            if (!r)
                return r.error();
            return std::make_pair(std::move(d.value()), std::move(r.value()));
        },
        [this](Result<std::pair<AgentDirectory, store::FullRubric>> r) {
            if (!r)
                return;
            m_form->setDirectory(r->first);
            m_form->setRubric(r->second);
            m_agentView->setDirectory(r->first);
            emit ready();
        });
    m_rubric->reload();
}

} // namespace fb::ui
