#include "pages/InteractionsPage.h"

#include "background/DatabaseJobs.h"
#include "models/KindTableModel.h"
#include "pages/BrowsePanel.h"
#include "pages/PageParts.h"
#include "store/AgentDirectory.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace fb::ui {

using namespace Qt::StringLiterals;

InteractionsPage::InteractionsPage(DatabaseJobs& worker, QWidget* parent)
    : QWidget(parent), m_worker(worker), m_model(new KindTableModel(worker, kindSpec(Kind::Interactions), this)),
      m_search(makeSearchBox(tr("Search queues, reasons, IDs…"), this, &m_debounce)), m_agent(new QComboBox(this))
{
    m_panel =
        new BrowsePanel(m_model,
                        {tr("No interactions yet.<br>Use <b>File ▸ Import CSV…</b> to import an interactions export, "
                            "or <b>File ▸ Create demo site…</b> to try Floorboard with sample data."),
                         tr("No interactions match these filters."),
                         [](int n) { return tr("%Ln interaction(s) shown", nullptr, n); }, tr("— scroll for more")},
                        this);

    // Editable so a lead can type part of a name or id among hundreds of agents.
    m_agent->setEditable(true);
    m_agent->setInsertPolicy(QComboBox::NoInsert);
    m_agent->setMinimumContentsLength(28);
    m_agent->setAccessibleName(tr("Agent"));
    m_agent->completer()->setFilterMode(Qt::MatchContains);
    m_agent->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_agent->addItem(tr("All agents"), QString());

    auto* agentLabel = new QLabel(tr("&Agent:"), this);
    agentLabel->setBuddy(m_agent);
    auto* filters = new QHBoxLayout;
    filters->addWidget(agentLabel);
    filters->addWidget(m_agent);
    filters->addSpacing(12);
    filters->addWidget(m_search, 1);

    auto* layout =
        makePageLayout(this, tr("Interactions"), tr("Calls, chats and emails as imported, in interaction ID order."));
    layout->addLayout(filters);
    layout->addWidget(m_panel, 1);

    connect(m_debounce, &QTimer::timeout, this, &InteractionsPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        applyFilter();
    });
    connect(m_agent, &QComboBox::activated, this, [this] {
        m_agentId = selectedAgent();
        applyFilter();
    });
    connect(m_panel, &BrowsePanel::clearFiltersRequested, this, [this] {
        m_search->clear();
        m_debounce->stop();
        setAgent(QString());
    });

    loadAgents();
    applyFilter();
}

void InteractionsPage::setAgent(const QString& agentId)
{
    m_agentId = agentId;
    const int i = m_agent->findData(agentId);
    if (i >= 0)
        m_agent->setCurrentIndex(i);
    else
        m_agent->setEditText(agentId);
    applyFilter();
}

void InteractionsPage::setSearchText(const QString& text)
{
    m_search->setText(text);
    m_debounce->stop();
    applyFilter();
}

void InteractionsPage::reload()
{
    loadAgents();
    m_model->reload();
}

QString InteractionsPage::selectedAgent() const
{
    // An id typed by hand that is not in the list is taken as is: the table says "no match".
    const int i = m_agent->findText(m_agent->currentText());
    if (i >= 0)
        return m_agent->itemData(i).toString();
    return m_agent->currentText().trimmed();
}

void InteractionsPage::applyFilter()
{
    store::BrowseFilter filter;
    filter.contains = m_search->text().trimmed().toStdString();
    if (!m_agentId.isEmpty()) {
        filter.column = "agent_id";
        filter.equals = m_agentId.toStdString();
    }
    m_model->setFilter(std::move(filter));
}

void InteractionsPage::loadAgents()
{
    m_worker.run(this, readAgentDirectory, [this](Result<AgentDirectory> directory) {
        if (!directory.ok())
            return;
        m_agent->clear();
        m_agent->addItem(tr("All agents"), QString());
        for (const AgentEntry& agent : directory->agents) {
            const QString label =
                agent.name.isEmpty() || agent.name == agent.id ? agent.id : u"%1 — %2"_s.arg(agent.id, agent.name);
            m_agent->addItem(label, agent.id);
        }
        const int i = m_agent->findData(m_agentId);
        if (i >= 0)
            m_agent->setCurrentIndex(i);
        else
            m_agent->setEditText(m_agentId);
    });
}

} // namespace fb::ui
