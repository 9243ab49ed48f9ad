#include "pages/coaching/FollowUpQueue.h"

#include "background/DatabaseJobs.h"
#include "common/Format.h"
#include "common/IsoWeek.h"
#include "store/AgentDirectory.h"
#include "store/CoachingStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fb::ui {

namespace {

QString num(const std::optional<double>& v)
{
    return v ? format::significant(*v, 4) : QStringLiteral("—");
}

} // namespace

FollowUpQueue::FollowUpQueue(DatabaseJobs& worker, QWidget* parent)
    : QWidget(parent), m_worker(worker), m_today(QDate::currentDate())
{
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(9);
    m_tree->setHeaderLabels({tr("Status"), tr("Follow-up on"), tr("Agent"), tr("Coach"), tr("Attribute"),
                             tr("Target metric"), tr("Baseline"), tr("Target"), tr("Now (n)")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAccessibleName(tr("Follow-ups"));
    m_tree->header()->setStretchLastSection(true);
    m_outcome = new QComboBox(this);
    m_outcome->setAccessibleName(tr("Outcome"));
    for (const auto& o : analytics::followUpOutcomes())
        m_outcome->addItem(analytics::outcomeLabel(o), QString::fromStdString(o));
    m_complete = new QPushButton(tr("Record follow-up"), this);
    m_complete->setAutoDefault(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Selected follow-up — &outcome:"), this));
    static_cast<QLabel*>(bar->itemAt(0)->widget())->setBuddy(m_outcome);
    bar->addWidget(m_outcome);
    bar->addWidget(m_complete);
    bar->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    connect(m_complete, &QPushButton::clicked, this, &FollowUpQueue::complete);
}

void FollowUpQueue::setToday(QDate today)
{
    m_today = today;
}

void FollowUpQueue::reload()
{
    const QDate today = m_today;
    const int serial = ++m_serial;
    m_status->setText(tr("Loading…"));
    m_worker.run(
        this,
        [today](store::Database& db) -> Result<std::vector<Row>> {
            auto notes = store::loadCoachingNotes(db);
            if (!notes)
                return notes.error();
            auto dir = readAgentDirectory(db);
            if (!dir)
                return dir.error();
            auto attrs = store::rubricAttributeNames(db);
            if (!attrs)
                return attrs.error();
            std::vector<Row> rows;
            QDate first;
            for (const auto& n : notes.value())
                if (!n.followUpDone() && n.coachedOn.isValid() && (!first.isValid() || n.coachedOn < first))
                    first = n.coachedOn;
            analytics::WeeklyData data;
            if (first.isValid()) {
                auto d =
                    store::loadCoachingData(db, analytics::noteWindows(first).afterFrom, IsoWeek::ofDate(today).key());
                if (!d)
                    return d.error();
                data = std::move(d.value());
            }
            for (const auto& n : notes.value()) {
                if (n.followUpDone())
                    continue;
                Row r;
                r.note = n;
                for (const auto& a : dir->agents)
                    if (a.id.toStdString() == n.agentId)
                        r.agentName = a.name;
                if (const auto t = analytics::parseTargetMetric(n.targetMetric, attrs.value())) {
                    r.now = analytics::valueAtFollowUp(*t, data[n.agentId], n.coachedOn, today);
                    r.scale = analytics::noteScale(n, *t);
                    r.unit = r.scale == 100.0 ? tr("percent") : t->unitText();
                }
                rows.push_back(std::move(r));
            }
            return rows;
        },
        [this, today, serial](Result<std::vector<Row>> r) {
            if (serial != m_serial)
                return; // a newer reload is on its way
            m_tree->clear();
            if (!r) {
                m_status->setText(tr("⚠ %1").arg(r.error().toString()));
                return;
            }
            m_rows = std::move(r.value());
            using S = analytics::FollowUpStatus;
            int counts[3] = {0, 0, 0};
            for (S group : {S::Overdue, S::DueThisWeek, S::Upcoming}) {
                auto* head = new QTreeWidgetItem(m_tree);
                head->setFirstColumnSpanned(true);
                QFont bold = head->font(0);
                bold.setBold(true);
                head->setFont(0, bold);
                head->setFlags(Qt::ItemIsEnabled);
                int n = 0;
                for (size_t i = 0; i < m_rows.size(); ++i) {
                    const auto& row = m_rows[i];
                    if (analytics::followUpStatus(row.note, today) != group)
                        continue;
                    ++n;
                    auto* item = new QTreeWidgetItem(m_tree);
                    QString status = analytics::followUpStatusLabel(group);
                    if (group == S::Overdue)
                        status = row.note.followUpOn.daysTo(today) == 1
                                     ? tr("⚠ Overdue 1 day")
                                     : tr("⚠ Overdue %1 days").arg(row.note.followUpOn.daysTo(today));
                    else if (group == S::DueThisWeek)
                        status = tr("● Due this week");
                    else
                        status = tr("○ Upcoming");
                    const QString now =
                        row.now.value ? tr("%1 (n = %2)%3")
                                            .arg(num(row.now.value ? std::optional<double>(*row.now.value * row.scale)
                                                                   : std::nullopt))
                                            .arg(row.now.n)
                                            .arg(row.now.enough ? QString() : tr(", small sample"))
                                      : tr("no data yet");
                    const QStringList cells{
                        status,
                        row.note.followUpOn.toString(Qt::ISODate),
                        QStringLiteral("%1 %2").arg(QString::fromStdString(row.note.agentId), row.agentName),
                        QString::fromStdString(row.note.coach),
                        QString::fromStdString(row.note.attribute),
                        QStringLiteral("%1 (%2)").arg(QString::fromStdString(row.note.targetMetric), row.unit),
                        num(row.note.baseline),
                        num(row.note.target),
                        now};
                    for (int c = 0; c < cells.size(); ++c)
                        item->setText(c, cells[c]);
                    item->setData(0, Qt::UserRole, int(i));
                    if (group == S::Overdue)
                        for (int c = 0; c < cells.size(); ++c)
                            item->setForeground(c, QColor(0xa4, 0x00, 0x0f));
                }
                counts[int(group) - 1] = n;
                head->setText(0, tr("%1 — %2").arg(analytics::followUpStatusLabel(group),
                                                   n == 1 ? tr("1 follow-up") : tr("%1 follow-ups").arg(n)));
                if (group == S::Overdue)
                    head->setForeground(0, QColor(0xa4, 0x00, 0x0f));
            }
            for (int c = 0; c < m_tree->columnCount(); ++c)
                m_tree->resizeColumnToContents(c);
            m_status->setText(tr("As of %1: %2 overdue, %3 due this week, %4 upcoming.")
                                  .arg(today.toString(Qt::ISODate))
                                  .arg(counts[0])
                                  .arg(counts[1])
                                  .arg(counts[2]) +
                              (m_pending.isEmpty() ? QString() : QStringLiteral("\n") + m_pending));
            m_pending.clear();
            emit loaded();
        });
}

void FollowUpQueue::complete()
{
    auto* item = m_tree->currentItem();
    if (!item || !item->data(0, Qt::UserRole).isValid()) {
        m_status->setText(tr("⚠ Select a follow-up first (arrow keys in the list)."));
        return;
    }
    const Row row = m_rows[size_t(item->data(0, Qt::UserRole).toInt())];
    const std::string outcome = m_outcome->currentData().toString().toStdString();
    const QDate today = m_today;
    m_worker.run(
        this,
        [row, outcome, today](store::Database& db) {
            return store::completeFollowUp(db, row.note.noteId, today, outcome, row.now);
        },
        [this, row, outcome](Status st) {
            if (!st) {
                m_status->setText(tr("⚠ %1").arg(st.error().toString()));
                return;
            }
            const QString id = QString::fromStdString(row.note.noteId);
            m_pending = tr("✓ Follow-up of %1 recorded: %2; baseline %3, target %4, now %5.")
                            .arg(id, analytics::outcomeLabel(outcome), num(row.note.baseline), num(row.note.target),
                                 num(row.now.value ? std::optional<double>(*row.now.value * row.scale) : std::nullopt));
            reload();
            emit completed(id);
        });
}

} // namespace fb::ui
