#include "pages/coaching/FollowUpQueue.h"

#include "ScorecardFormat.h"
#include "Settings.h"
#include "Theme.h"
#include "analytics/CalibrationText.h"
#include "background/DatabaseJobs.h"
#include "common/DateFormat.h"
#include "common/Format.h"
#include "common/IsoWeek.h"
#include "store/AgentDirectory.h"
#include "store/CoachingStore.h"
#include "store/DataEnd.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace fb::ui {

namespace {

// A value in the metric's own unit as the scorecard writes it ("64.5 %",
// "425 s"); rubric attributes as a score with two decimals.
QString shown(const std::optional<analytics::Metric>& metric, const std::optional<double>& v)
{
    if (!v)
        return QStringLiteral("—");
    return metric ? fb::scorecards::formatValue(*metric, *v) : format::number(*v, 2);
}

// A note's baseline or target in the metric's unit (notes imported in percent have scale 100).
std::optional<double> inMetricUnit(const std::optional<double>& v, double scale)
{
    return v ? std::optional<double>(*v / scale) : std::nullopt;
}

} // namespace

FollowUpQueue::FollowUpQueue(DatabaseJobs& worker, QWidget* parent) : QWidget(parent), m_worker(worker)
{
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(9);
    m_tree->setHeaderLabels({tr("Status"), tr("Follow-up on"), tr("Agent"), tr("Coach"), tr("Attribute"),
                             tr("Target metric"), tr("Baseline"), tr("Target"), tr("Now (n)")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAccessibleName(tr("Follow-ups"));
    m_tree->setAccessibleDescription(tr("One row per follow-up, overdue, due or upcoming: the agent, the target "
                                        "metric, its baseline, target and value now."));
    m_tree->header()->setStretchLastSection(true);
    m_outcome = new QComboBox(this);
    m_outcome->setAccessibleName(tr("Outcome"));
    for (const auto& o : analytics::followUpOutcomes())
        m_outcome->addItem(analytics::outcomeLabel(o), QString::fromStdString(o));
    m_complete = new QPushButton(tr("Record follow-up"), this);
    m_complete->setAutoDefault(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_coach = new QComboBox(this);
    m_coach->setAccessibleName(tr("Coach"));
    m_coach->addItem(tr("All coaches"), QString());
    auto* coachLabel = new QLabel(tr("&Coach:"), this);
    coachLabel->setBuddy(m_coach);
    auto* filter = new QHBoxLayout;
    filter->addWidget(coachLabel);
    filter->addWidget(m_coach);
    filter->addStretch();
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Selected follow-up — &outcome:"), this));
    static_cast<QLabel*>(bar->itemAt(0)->widget())->setBuddy(m_outcome);
    bar->addWidget(m_outcome);
    bar->addWidget(m_complete);
    bar->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filter);
    layout->addWidget(m_tree, 1);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    connect(m_complete, &QPushButton::clicked, this, &FollowUpQueue::complete);
    connect(m_coach, &QComboBox::activated, this, &FollowUpQueue::fill);
}

void FollowUpQueue::setToday(QDate today)
{
    m_today = today;
}

void FollowUpQueue::reload()
{
    const QDate fixed = m_today;
    const int serial = ++m_serial;
    m_status->setText(tr("Loading…"));
    struct Loaded {
        std::vector<Row> rows;
        QDate today;
        QString note;
    };
    m_worker.run(
        this,
        [fixed](store::Database& db) -> Result<Loaded> {
            QDate today = fixed;
            QString note;
            if (!today.isValid()) { // counted from the data when they end before today
                auto end = readDataEnd(db);
                if (!end)
                    return end.error();
                today = workingDay(end.value());
                note = dataEndNote(end.value());
            }
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
                    r.unit = t->unitText();
                    if (!t->isAttribute)
                        r.metricKind = t->metric;
                    r.metric = t->label();
                }
                rows.push_back(std::move(r));
            }
            return Loaded{std::move(rows), today, note};
        },
        [this, serial](Result<Loaded> r) {
            if (serial != m_serial)
                return; // a newer reload is on its way
            if (!r) {
                m_tree->clear();
                m_status->setText(tr("⚠ %1").arg(r.error().toString()));
                return;
            }
            m_rows = std::move(r->rows);
            m_shownToday = r->today;
            m_dataNote = r->note;
            const QString chosen =
                std::exchange(m_firstLoad, false) ? Settings::myName() : m_coach->currentData().toString();
            m_coach->clear();
            m_coach->addItem(tr("All coaches"), QString());
            QStringList coaches;
            for (const auto& row : m_rows)
                coaches << QString::fromStdString(row.note.coach);
            coaches.removeDuplicates();
            coaches.sort(Qt::CaseInsensitive);
            for (const QString& c : std::as_const(coaches))
                m_coach->addItem(c, c);
            m_coach->setCurrentIndex(std::max(0, m_coach->findData(chosen)));
            fill();
            emit loaded();
        });
}

void FollowUpQueue::fill()
{
    const QDate today = m_shownToday;
    const QString coach = m_coach->currentData().toString();
    m_tree->clear();
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
            if (analytics::followUpStatus(row.note, today) != group ||
                (!coach.isEmpty() && QString::fromStdString(row.note.coach) != coach))
                continue;
            ++n;
            auto* item = new QTreeWidgetItem(m_tree);
            QString status = analytics::followUpStatusLabel(group);
            if (group == S::Overdue)
                status = tr("⚠ Overdue %n day(s)", nullptr, int(row.note.followUpOn.daysTo(today)));
            else if (group == S::DueThisWeek)
                status = tr("● Due this week");
            else
                status = tr("○ Upcoming");
            const QString now = row.now.value ? tr("%1 (n = %2)%3")
                                                    .arg(shown(row.metricKind, row.now.value))
                                                    .arg(row.now.n)
                                                    .arg(row.now.enough ? QString() : tr(", small sample"))
                                              : tr("no data yet");
            const QStringList cells{
                status,
                format::date(row.note.followUpOn),
                QStringLiteral("%1 %2").arg(QString::fromStdString(row.note.agentId), row.agentName),
                QString::fromStdString(row.note.coach),
                analytics::attributeLabel(row.note.attribute),
                QStringLiteral("%1 (%2)").arg(
                    row.metric.isEmpty() ? QString::fromStdString(row.note.targetMetric) : row.metric, row.unit),
                shown(row.metricKind, inMetricUnit(row.note.baseline, row.scale)),
                shown(row.metricKind, inMetricUnit(row.note.target, row.scale)),
                now};
            for (int c = 0; c < cells.size(); ++c)
                item->setText(c, cells[c]);
            item->setData(0, Qt::UserRole, int(i));
            if (group == S::Overdue)
                for (int c = 0; c < cells.size(); ++c)
                    item->setForeground(c, theme::text(theme::TextRole::Overdue, palette()));
        }
        counts[int(group) - 1] = n;
        head->setText(0, tr("%1 — %n follow-up(s)", nullptr, n).arg(analytics::followUpStatusLabel(group)));
        if (group == S::Overdue)
            head->setForeground(0, theme::text(theme::TextRole::Overdue, palette()));
    }
    for (int c = 0; c < m_tree->columnCount(); ++c)
        m_tree->resizeColumnToContents(c);
    m_status->setText(tr("As of %1%5: %2 overdue, %3 due this week, %4 upcoming.")
                          .arg(format::date(today))
                          .arg(counts[0])
                          .arg(counts[1])
                          .arg(counts[2])
                          .arg(m_dataNote.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_dataNote)) +
                      (m_pending.isEmpty() ? QString() : QStringLiteral("\n") + m_pending));
    m_pending.clear();
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
    const QDate today = m_shownToday;
    m_worker.run(
        this,
        [row, outcome, today](store::Database& db) {
            return store::completeFollowUp(db, row.note.noteId, today, outcome, row.now);
        },
        [this, row, outcome](const Status& st) {
            if (!st) {
                m_status->setText(tr("⚠ %1").arg(st.error().toString()));
                return;
            }
            const QString id = QString::fromStdString(row.note.noteId);
            m_pending = tr("✓ Follow-up of %1 recorded: %2; baseline %3, target %4, now %5.")
                            .arg(id, analytics::outcomeLabel(outcome),
                                 shown(row.metricKind, inMetricUnit(row.note.baseline, row.scale)),
                                 shown(row.metricKind, inMetricUnit(row.note.target, row.scale)),
                                 shown(row.metricKind, row.now.value));
            reload();
            emit completed(id);
        });
}

} // namespace fb::ui
