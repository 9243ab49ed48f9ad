#include "pages/coaching/CoachingReports.h"

#include "charts/CoachingTimelineChart.h"
#include "common/IsoWeek.h"
#include "export/ScorecardCsv.h"
#include "store/AgentDirectory.h"
#include "store/CoachingStore.h"
#include "store/DbWorker.h"
#include "store/ScorecardStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace fb::ui {

namespace {

constexpr qint64 kSmallGroup = 5; // fewer measured notes than this: "small sample"

QString pts(const std::optional<double>& v)
{
    return v ? QString::asprintf("%+.1f", *v) : QStringLiteral("—");
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignRight | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QTableWidget* makeTable(QWidget* parent, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setAlternatingRowColors(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QLabel* explain(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setForegroundRole(QPalette::PlaceholderText);
    return l;
}

} // namespace

// ---------------------------------------------------------------- effectiveness

EffectivenessView::EffectivenessView(DbWorker& worker, QWidget* parent) : QWidget(parent), m_worker(worker)
{
    m_by = new QComboBox(this);
    m_by->addItem(tr("Coach"), QStringLiteral("coach"));
    m_by->addItem(tr("Attribute"), QStringLiteral("attribute"));
    m_by->addItem(tr("Team"), QStringLiteral("team"));
    m_by->setAccessibleName(tr("Group by"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-6), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (auto* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    auto* exportButton = new QPushButton(tr("&Export CSV…"), this);
    m_table = makeTable(this, {tr("Group"), tr("Notes"), tr("Follow-ups done"), tr("Met"), tr("Met share"),
                               tr("Measured n"), tr("Change (pts)"), tr("Control change (pts)"),
                               tr("Difference in differences (pts)"), tr("95% interval")});
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    auto* byLabel = new QLabel(tr("&Group by"), this);
    byLabel->setBuddy(m_by);
    auto* fromLabel = new QLabel(tr("Coached &from"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    for (QWidget* w : std::initializer_list<QWidget*>{byLabel, m_by, fromLabel, m_from, toLabel, m_to, refresh})
        bar->addWidget(w);
    bar->addStretch();
    bar->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(explain(tr("Change: the target metric in the 4 weeks after the note minus the 4 weeks before, "
                                 "in points (0 = the scorecard floor, 100 = its target; attributes 0–100), positive "
                                 "= better. Control: the same change for agents of the same team not coached on that "
                                 "attribute then. Difference in differences = change − control change; the interval "
                                 "is 95% (t). Rows with fewer than %1 measured notes are marked small sample. See "
                                 "docs/coaching.md.")
                                  .arg(kSmallGroup),
                              this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    connect(refresh, &QPushButton::clicked, this, &EffectivenessView::reload);
    connect(m_by, &QComboBox::currentIndexChanged, this, &EffectivenessView::reload);
    connect(exportButton, &QPushButton::clicked, this, &EffectivenessView::exportCsv);
}

void EffectivenessView::reload()
{
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    const auto by = *analytics::groupingFromKey(m_by->currentData().toString().toStdString());
    m_status->setText(tr("Computing…"));
    m_worker.run(
        this,
        [from, to, by](store::Database& db) -> Result<std::vector<analytics::EffectRow>> {
            auto in = store::loadEffectInput(db, from, to);
            if (!in)
                return in.error();
            return analytics::effectiveness(in.value(), from, to, by);
        },
        [this](Result<std::vector<analytics::EffectRow>> r) {
            if (!r) {
                m_status->setText(tr("⚠ %1").arg(r.error().reason));
                return;
            }
            m_rows = std::move(r.value());
            m_table->setRowCount(int(m_rows.size()));
            qint64 notes = 0;
            for (int i = 0; i < int(m_rows.size()); ++i) {
                const auto& e = m_rows[size_t(i)];
                notes += e.notes;
                m_table->setItem(i, 0, cell(QString::fromStdString(e.group), Qt::AlignLeft | Qt::AlignVCenter));
                m_table->setItem(i, 1, cell(QString::number(e.notes)));
                m_table->setItem(i, 2, cell(QString::number(e.followUpsDone)));
                m_table->setItem(i, 3, cell(QString::number(e.met)));
                m_table->setItem(i, 4,
                                 cell(e.metShare
                                          ? tr("%1% of %2").arg(*e.metShare * 100, 0, 'f', 0).arg(e.followUpsDone)
                                          : QStringLiteral("—")));
                m_table->setItem(i, 5,
                                 cell(e.measured < kSmallGroup ? tr("%1 · small sample").arg(e.measured)
                                                               : QString::number(e.measured)));
                m_table->setItem(i, 6, cell(pts(e.change)));
                m_table->setItem(i, 7, cell(pts(e.controlChange)));
                auto* did = cell(pts(e.did));
                if (e.did && e.didLow && e.didHigh) {
                    const bool better = *e.didLow > 0;
                    const bool worse = *e.didHigh < 0;
                    if (better || worse) {
                        did->setText(did->text() + (better ? tr("  ▲ better") : tr("  ▼ worse")));
                        did->setForeground(better ? QColor(0x1b, 0x5e, 0x20) : QColor(0xa4, 0x00, 0x0f));
                    }
                }
                m_table->setItem(i, 8, did);
                m_table->setItem(i, 9,
                                 cell(e.didLow ? QStringLiteral("%1 to %2").arg(pts(e.didLow), pts(e.didHigh))
                                               : tr("needs 2+ measured")));
            }
            m_table->resizeColumnsToContents();
            m_status->setText(tr("Groups: %1; notes: %2.").arg(m_rows.size()).arg(notes));
            emit loaded();
        });
}

void EffectivenessView::exportCsv()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export coaching effectiveness"),
                                     QStringLiteral("coaching-effectiveness.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto written = exporting::writeCsv(exporting::effectivenessCsv(m_rows), path); !written)
        m_status->setText(tr("⚠ Could not write %1: %2").arg(path, written.error().reason));
    else
        m_status->setText(tr("✓ Written to %1").arg(path));
}

// ---------------------------------------------------------------- ratio

RatioView::RatioView(DbWorker& worker, QWidget* parent) : QWidget(parent), m_worker(worker)
{
    m_weeks = new QComboBox(this);
    for (int n : {4, 8, 13, 26})
        m_weeks->addItem(tr("Last %1 weeks").arg(n), n);
    m_weeks->setCurrentIndex(1);
    m_floor = new QDoubleSpinBox(this);
    m_floor->setRange(0, 100);
    m_floor->setDecimals(1);
    m_floor->setSingleStep(0.5);
    m_floor->setSuffix(QStringLiteral(" %"));
    m_floor->setValue(2.0);
    m_floor->setAccessibleName(tr("Floor"));
    auto* save = new QPushButton(tr("Save &floor"), this);
    m_table = makeTable(this, {tr("Team"), tr("Week"), tr("Coaching min"), tr("Handled min"), tr("Ratio"),
                               tr("Defects /1000 (prior 4 wk)"), tr("Flag"), tr("Team trend")});
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    auto* floorLabel = new QLabel(tr("F&loor"), this);
    floorLabel->setBuddy(m_floor);
    bar->addWidget(m_weeks);
    bar->addWidget(floorLabel);
    bar->addWidget(m_floor);
    bar->addWidget(save);
    bar->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(explain(tr("Ratio = coaching minutes logged in the week / minutes handled (interactions). A week "
                                 "under the floor is flagged ⚑ when the team's defects recur: defects that week at or "
                                 "above the rate of the 4 weeks before."),
                              this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    connect(m_weeks, &QComboBox::currentIndexChanged, this, &RatioView::reload);
    connect(save, &QPushButton::clicked, this, [this] {
        const double floor = m_floor->value() / 100.0;
        m_worker.run(
            this, [floor](store::Database& db) { return store::setCoachingRatioFloor(db, floor); },
            [this](Status st) {
                if (!st)
                    m_status->setText(tr("⚠ %1").arg(st.error().reason));
                else
                    reload();
            });
    });
}

void RatioView::reload()
{
    const int span = m_weeks->currentData().toInt();
    m_status->setText(tr("Computing…"));
    struct Out {
        std::vector<analytics::RatioCell> cells;
        double floor = 0.02;
        std::map<std::string, std::optional<double>> slopes;
    };
    m_worker.run(
        this,
        [span](store::Database& db) -> Result<Out> {
            Out out;
            auto floor = store::coachingRatioFloor(db);
            if (!floor)
                return floor.error();
            out.floor = floor.value();
            auto weeks = store::rollupWeeks(db);
            if (!weeks)
                return weeks.error();
            if (weeks->empty())
                return out;
            const int to = weeks->back();
            const int from = IsoWeek::fromKey(to).next(1 - span).key();
            auto notes = store::loadCoachingNotes(db);
            if (!notes)
                return notes.error();
            auto teams = store::agentTeams(db);
            if (!teams)
                return teams.error();
            auto data =
                store::loadCoachingData(db, IsoWeek::fromKey(from).next(-analytics::kCoachingWindowWeeks).key(), to);
            if (!data)
                return data.error();
            out.cells = analytics::coachingRatios(notes.value(), teams.value(), data.value(), from, to, out.floor);
            std::map<std::string, std::vector<analytics::RatioCell>> byTeam;
            for (const auto& c : out.cells)
                byTeam[c.team].push_back(c);
            for (const auto& [team, cells] : byTeam)
                out.slopes[team] = analytics::ratioSlope(cells);
            return out;
        },
        [this](Result<Out> r) {
            if (!r) {
                m_status->setText(tr("⚠ %1").arg(r.error().reason));
                return;
            }
            const Out& out = r.value();
            {
                const QSignalBlocker block(m_floor);
                m_floor->setValue(out.floor * 100.0);
            }
            m_table->setRowCount(int(out.cells.size()));
            int flagged = 0;
            for (int i = 0; i < int(out.cells.size()); ++i) {
                const auto& c = out.cells[size_t(i)];
                m_table->setItem(i, 0, cell(QString::fromStdString(c.team), Qt::AlignLeft | Qt::AlignVCenter));
                m_table->setItem(i, 1, cell(IsoWeek::fromKey(c.week).toString(), Qt::AlignLeft | Qt::AlignVCenter));
                m_table->setItem(i, 2, cell(QString::number(c.coachingMinutes, 'f', 0)));
                m_table->setItem(i, 3, cell(QString::number(c.handledMinutes, 'f', 0)));
                m_table->setItem(
                    i, 4, cell(c.ratio ? QStringLiteral("%1 %").arg(*c.ratio * 100, 0, 'f', 2) : QStringLiteral("—")));
                m_table->setItem(
                    i, 5,
                    cell(c.dpti ? QStringLiteral("%1 (%2)")
                                      .arg(*c.dpti, 0, 'f', 1)
                                      .arg(c.priorDpti ? QString::number(*c.priorDpti, 'f', 1) : QStringLiteral("—"))
                                : QStringLiteral("—")));
                QString flag;
                if (c.flagged)
                    flag = tr("⚑ under floor, defects recur");
                else if (c.underFloor)
                    flag = tr("under floor");
                auto* f = cell(flag, Qt::AlignLeft | Qt::AlignVCenter);
                if (c.flagged) {
                    f->setForeground(QColor(0xa4, 0x00, 0x0f));
                    ++flagged;
                }
                m_table->setItem(i, 6, f);
                const auto slope = out.slopes.at(c.team);
                QString trend = tr("not enough weeks");
                if (slope) {
                    const double perWeek = *slope * 100;
                    trend = std::abs(perWeek) < 0.05 ? tr("→ flat")
                            : perWeek > 0            ? tr("▲ rising %1 pt/week").arg(perWeek, 0, 'f', 2)
                                                     : tr("▼ falling %1 pt/week").arg(-perWeek, 0, 'f', 2);
                }
                m_table->setItem(i, 7, cell(trend, Qt::AlignLeft | Qt::AlignVCenter));
            }
            m_table->resizeColumnsToContents();
            m_status->setText(tr("Floor %1 %; weeks flagged: %2.").arg(out.floor * 100, 0, 'f', 1).arg(flagged));
            emit loaded();
        });
}

// ---------------------------------------------------------------- timeline

TimelineView::TimelineView(DbWorker& worker, QWidget* parent) : QWidget(parent), m_worker(worker)
{
    m_agent = new QComboBox(this);
    m_agent->setAccessibleName(tr("Agent"));
    m_metric = new QComboBox(this);
    m_metric->setAccessibleName(tr("Metric"));
    m_chart = new CoachingTimelineChart(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    auto* al = new QLabel(tr("A&gent"), this);
    al->setBuddy(m_agent);
    auto* ml = new QLabel(tr("&Metric"), this);
    ml->setBuddy(m_metric);
    bar->addWidget(al);
    bar->addWidget(m_agent, 1);
    bar->addWidget(ml);
    bar->addWidget(m_metric);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_status);
    connect(m_agent, &QComboBox::currentIndexChanged, this, &TimelineView::reload);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &TimelineView::reload);
}

void TimelineView::setDirectory(const AgentDirectory& directory, const std::vector<std::string>& attributes)
{
    const QSignalBlocker b1(m_agent), b2(m_metric);
    m_agent->clear();
    for (const auto& a : directory.agents)
        m_agent->addItem(QStringLiteral("%1 — %2 (%3)").arg(a.id, a.name, a.team), a.id);
    m_metric->clear();
    m_metric->addItem(tr("The metric of the agent's notes"), QString());
    for (const auto& m : analytics::targetableMetrics())
        m_metric->addItem(analytics::metricLabel(m), QString::fromStdString(analytics::metricKey(m)));
    for (const auto& a : attributes)
        m_metric->addItem(QString::fromStdString(a), QString::fromStdString(a));
}

void TimelineView::showAgent(const QString& agentId, const QString& metric)
{
    const int a = m_agent->findData(agentId);
    if (a >= 0)
        m_agent->setCurrentIndex(a);
    const int m = m_metric->findData(metric);
    if (m >= 0)
        m_metric->setCurrentIndex(m);
    reload();
}

void TimelineView::reload()
{
    const std::string agent = m_agent->currentData().toString().toStdString();
    if (agent.empty())
        return;
    const std::string wanted = m_metric->currentData().toString().toStdString();
    m_status->setText(tr("Loading…"));
    struct Out {
        QString title, unit;
        std::vector<CoachingTimelineChart::Point> points;
        std::vector<CoachingTimelineChart::Marker> markers;
        std::optional<double> target;
        int notes = 0;
    };
    m_worker.run(
        this,
        [agent, wanted](store::Database& db) -> Result<Out> {
            Out out;
            auto notes = store::loadCoachingNotes(db);
            if (!notes)
                return notes.error();
            auto attrs = store::rubricAttributeNames(db);
            if (!attrs)
                return attrs.error();
            auto weeks = store::rollupWeeks(db);
            if (!weeks)
                return weeks.error();
            std::string metricKey = wanted;
            std::vector<const analytics::CoachingNote*> mine;
            for (const auto& n : notes.value())
                if (n.agentId == agent)
                    mine.push_back(&n);
            if (metricKey.empty())
                metricKey = mine.empty() ? std::string("qa") : mine.back()->targetMetric;
            const auto metric = analytics::parseTargetMetric(metricKey, attrs.value());
            if (!metric)
                return Error::plain(QStringLiteral("unknown metric %1").arg(QString::fromStdString(metricKey)));
            int to = weeks->empty() ? IsoWeek::ofDate(QDate::currentDate()).key() : weeks->back();
            for (const auto* n : mine)
                to = std::max(to, IsoWeek::ofDate(n->followUpOn).key());
            const int from = IsoWeek::fromKey(to).next(-25).key();
            auto data = store::loadCoachingData(db, from, to);
            if (!data)
                return data.error();
            const auto& agentWeeks = data.value()[agent];
            // Proportions are plotted in percent.
            const bool percent = !metric->isAttribute && analytics::isProportion(metric->metric);
            const double plotScale = percent ? 100.0 : 1.0;
            for (int w = from; w <= to; w = IsoWeek::fromKey(w).next(1).key()) {
                auto v = analytics::targetValue(*metric, agentWeeks, w, w);
                if (v.value)
                    *v.value *= plotScale;
                out.points.push_back({IsoWeek::fromKey(w).monday(), v.value, v.n, !v.enough});
            }
            for (const auto* n : mine) {
                if (n->targetMetric != metricKey && n->attribute != metricKey)
                    continue;
                ++out.notes;
                out.markers.push_back({n->coachedOn,
                                       QStringLiteral("%1 %2").arg(QString::fromStdString(n->noteId),
                                                                   QString::fromStdString(n->attribute)),
                                       false});
                out.markers.push_back({n->followedUpOn.isValid() ? n->followedUpOn : n->followUpOn,
                                       QString::fromStdString(n->noteId), true});
                if (n->targetMetric == metricKey && n->target)
                    out.target = *n->target / analytics::noteScale(*n, *metric) * plotScale;
            }
            out.title = QStringLiteral("%1 — %2").arg(QString::fromStdString(agent), metric->label());
            out.unit = percent ? tr("percent") : metric->unitText();
            return out;
        },
        [this](Result<Out> r) {
            if (!r) {
                m_status->setText(tr("⚠ %1").arg(r.error().reason));
                return;
            }
            const Out& o = r.value();
            m_chart->setData(o.title, o.unit, o.points, o.markers, o.target);
            m_status->setText(tr("Coaching notes on this metric: %1. ▲ note, ■ follow-up, hollow points: fewer than "
                                 "the metric's minimum sample that week.")
                                  .arg(o.notes));
            emit loaded();
        });
}

} // namespace fb::ui
