#include "pages/InteractionsPage.h"

#include "background/DatabaseJobs.h"
#include "models/KindTableModel.h"
#include "pages/BrowsePanel.h"
#include "pages/InteractionFilterBar.h"
#include "pages/PageParts.h"
#include "store/AgentDirectory.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

#include <optional>

namespace fb::ui {

using namespace Qt::StringLiterals;
using Q = store::InteractionQuery;

namespace {

// Columns of interactionBrowseSpec() a click can order by (those an index serves).
std::optional<Q::Sort> sortOfColumn(const KindSpec& spec, int column)
{
    if (column < 0 || column >= int(spec.columns.size()))
        return std::nullopt;
    const std::string& name = spec.columns[size_t(column)].name;
    if (name == "started_at")
        return Q::Sort::Started;
    if (name == "interaction_id")
        return Q::Sort::InteractionId;
    if (name == "agent_id" || name == "agent_name")
        return Q::Sort::Agent;
    return std::nullopt;
}

int columnOfSort(const KindSpec& spec, Q::Sort sort)
{
    const char* name = sort == Q::Sort::Started ? "started_at"
                       : sort == Q::Sort::Agent ? "agent_name"
                                                : "interaction_id";
    for (size_t i = 0; i < spec.columns.size(); ++i)
        if (spec.columns[i].name == name)
            return int(i);
    return 0;
}

} // namespace

InteractionsPage::InteractionsPage(DatabaseJobs& worker, QWidget* parent)
    : QWidget(parent), m_worker(worker), m_model(new KindTableModel(worker, store::interactionBrowseSpec(), this)),
      m_bar(new InteractionFilterBar(this)), m_banner(new QFrame(this)), m_bannerText(new QLabel(m_banner)),
      m_countLabel(new QLabel(this))
{
    m_panel =
        new BrowsePanel(m_model,
                        {tr("No interactions yet.<br>Use <b>File ▸ Import CSV…</b> to import an interactions export, "
                            "or <b>File ▸ Create demo site…</b> to try Floorboard with sample data."),
                         tr("No interactions match these filters."),
                         [](int n) { return tr("%Ln interaction(s) shown", nullptr, n); }, tr("— scroll for more")},
                        this);
    m_panel->view()->setAccessibleName(tr("Interactions"));
    m_panel->view()->setAccessibleDescription(tr("One row per contact that matches the filters; scroll for more."));

    auto* bannerFrame = static_cast<QFrame*>(m_banner);
    bannerFrame->setFrameShape(QFrame::StyledPanel);
    bannerFrame->setBackgroundRole(QPalette::AlternateBase);
    bannerFrame->setAutoFillBackground(true);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* showAll = new QPushButton(tr("Show &all contacts"), m_banner);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(showAll);
    m_banner->hide();

    QFont countFont = m_countLabel->font();
    countFont.setBold(true);
    m_countLabel->setFont(countFont);
    auto* exportButton = new QPushButton(tr("&Export CSV…"), this);
    exportButton->setToolTip(tr("Writes the interactions that match, in the order shown"));
    auto* countBar = new QHBoxLayout;
    countBar->addWidget(m_countLabel, 1);
    countBar->addWidget(exportButton);

    auto* layout = makePageLayout(this, tr("Interactions"),
                                  tr("Calls, chats and emails, newest first. Click the Interaction ID, Agent or "
                                     "Started at header to order by it."));
    layout->addWidget(m_bar);
    layout->addWidget(m_banner);
    layout->addLayout(countBar);
    layout->addWidget(m_panel, 1);

    QHeaderView* header = m_panel->view()->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &InteractionsPage::sortOn);
    showSortIndicator();

    connect(m_bar, &InteractionFilterBar::changed, this, [this] {
        clearBanner();
        applyFilter();
    });
    connect(showAll, &QPushButton::clicked, this, [this] { setQuery(Q{}); });
    connect(m_panel, &BrowsePanel::clearFiltersRequested, this, [this] {
        Q plain;
        plain.sort = m_query.sort;
        plain.descending = m_query.descending;
        setQuery(plain);
    });
    connect(exportButton, &QPushButton::clicked, this, &InteractionsPage::exportRequested);

    prepareIndexes(); // before the first page: jobs run in order
    applyFilter();    // before the choices: the queues are a scan of the whole table
    loadChoices();
}

QString InteractionsPage::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

QString InteractionsPage::countText() const
{
    return m_countLabel->text();
}

void InteractionsPage::setAgent(const QString& agentId)
{
    Q q;
    q.agentId = agentId.toStdString();
    setQuery(q);
}

void InteractionsPage::setSearchText(const QString& text)
{
    Q q = m_bar->query();
    q.contains = text.toStdString();
    q.sort = m_query.sort;
    q.descending = m_query.descending;
    setQuery(q);
}

void InteractionsPage::setQuery(const Q& query)
{
    clearBanner();
    m_bar->setQuery(query);
    m_query.sort = query.sort;
    m_query.descending = query.descending;
    showSortIndicator();
    applyFilter();
}

void InteractionsPage::showContacts(const ContactsRequest& request)
{
    setQuery(request.query);
    m_bannerText->setText(request.banner);
    m_banner->show();
}

void InteractionsPage::clearBanner()
{
    m_banner->hide();
    m_bannerText->clear();
}

void InteractionsPage::reload()
{
    prepareIndexes();
    applyFilter();
    loadChoices();
}

void InteractionsPage::sortOn(int column, Qt::SortOrder order)
{
    const auto sort = sortOfColumn(m_model->spec(), column);
    if (!sort) {
        showSortIndicator(); // not an indexed column: the order stays as it was
        return;
    }
    const bool descending = order == Qt::DescendingOrder;
    if (*sort == m_query.sort && descending == m_query.descending)
        return;
    m_query.sort = *sort;
    m_query.descending = descending;
    applyFilter();
}

void InteractionsPage::showSortIndicator()
{
    QHeaderView* header = m_panel->view()->horizontalHeader();
    const QSignalBlocker block(header);
    header->setSortIndicator(columnOfSort(m_model->spec(), m_query.sort),
                             m_query.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void InteractionsPage::applyFilter()
{
    Q q = m_bar->query();
    q.sort = m_query.sort;
    q.descending = m_query.descending;
    m_query = q;
    m_model->setFetch([q](store::Database& db, const std::string& after,
                          int limit) { return store::browseInteractions(db, q, after, limit); },
                      q.narrows());
    m_count = -1;
    m_countLabel->setText(tr("Counting…"));
    const quint64 generation = ++m_generation;
    m_worker.run(
        this, [q](store::Database& db) { return store::countInteractions(db, q); },
        [this, generation](Result<qint64> count) {
            if (generation != m_generation)
                return;
            if (!count.ok()) {
                m_countLabel->setText(tr("Could not count: %1").arg(count.error().toString()));
                return;
            }
            m_count = count.value();
            m_countLabel->setText(tr("%Ln interaction(s) match", nullptr, int(std::min<qint64>(m_count, INT_MAX))));
            emit counted(m_count);
        });
}

void InteractionsPage::prepareIndexes()
{
    // An import into an empty table leaves the indexes this page walks
    // unbuilt, so that it stays fast (store::buildInteractionIndexes): they
    // are built here, once, before the page reads. Quick when there is
    // nothing to build (the dialog shows only after 400 ms).
    m_worker.runWithProgress(
        this, tr("Interactions"), tr("Preparing the contact list for fast filtering…"),
        [](store::Database& db, const JobProgress& job) -> Status {
            auto pending = store::interactionIndexesPending(db);
            if (!pending.ok() || !pending.value() || db.isReadOnly())
                return {};
            return store::buildInteractionIndexes(
                db, [&job](qint64 done, qint64 total) { job.progress(done, total); }, job.cancelFlag());
        },
        // Cancelled, or it failed: the page reads the same rows without the
        // indexes (scans, sorts) and the next visit builds them again.
        [](const Status&) {});
}

void InteractionsPage::loadChoices()
{
    m_worker.run(this, readAgentDirectory, [this](Result<AgentDirectory> directory) {
        if (directory.ok())
            m_bar->setDirectory(directory.value());
    });
    m_worker.run(this, store::interactionDays, [this](Result<store::InteractionDays> days) {
        if (!days.ok() || days->first.empty())
            return;
        const Q before = m_bar->query();
        m_bar->setDataDays(QDate::fromString(QString::fromStdString(days->first), Qt::ISODate),
                           QDate::fromString(QString::fromStdString(days->last), Qt::ISODate));
        if (!(m_bar->query() == before)) // the range followed new data
            applyFilter();
    });
    // One scan of the table: after the first page and its count, not before them.
    m_worker.run(this, store::interactionQueues, [this](Result<std::vector<std::string>> queues) {
        if (!queues.ok())
            return;
        QStringList list;
        for (const auto& q : queues.value())
            list << QString::fromStdString(q);
        m_bar->setQueues(list);
    });
}

} // namespace fb::ui
