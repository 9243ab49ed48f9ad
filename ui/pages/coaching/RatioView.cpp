#include "pages/coaching/RatioView.h"

#include "Theme.h"
#include "background/DatabaseJobs.h"
#include "charts/CoachingTimelineChart.h"
#include "common/Format.h"
#include "common/IsoWeek.h"
#include "pages/coaching/ReportParts.h"
#include "store/AgentDirectory.h"
#include "store/CoachingStore.h"
#include "store/MentoringStore.h"
#include "store/ScorecardStore.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace fb::ui {

RatioView::RatioView(DatabaseJobs& worker, QWidget* parent) : QWidget(parent), m_worker(worker)
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
    m_table = makeReportTable(this, {tr("Team"), tr("Week"), tr("Coaching min"), tr("Handled min"), tr("Ratio"),
                                     tr("Defects /1000 (prior 4 wk)"), tr("Flag"), tr("Team trend")});
    m_table->setAccessibleName(tr("Coaching ratio by team and week"));
    m_table->setAccessibleDescription(tr("One row per team and week: coaching minutes against handled minutes, the "
                                         "defect rate before, and a flag where they part."));
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
    layout->addWidget(
        explainLabel(tr("Ratio = coaching minutes logged in the week / minutes handled (interactions). A week "
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
            [this](const Status& st) {
                if (!st)
                    m_status->setText(tr("⚠ %1").arg(st.error().toString()));
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
            auto mentoring = store::mentoringMinutes(db);
            if (!mentoring)
                return mentoring.error();
            out.cells = analytics::coachingRatios(notes.value(), teams.value(), data.value(), from, to, out.floor,
                                                  mentoring.value());
            std::map<std::string, std::vector<analytics::RatioCell>> byTeam;
            for (const auto& c : out.cells)
                byTeam[c.team].push_back(c);
            for (const auto& [team, cells] : byTeam)
                out.slopes[team] = analytics::ratioSlope(cells);
            return out;
        },
        [this](Result<Out> r) {
            if (!r) {
                m_status->setText(tr("⚠ %1").arg(r.error().toString()));
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
                m_table->setItem(i, 0, reportCell(QString::fromStdString(c.team), Qt::AlignLeft | Qt::AlignVCenter));
                m_table->setItem(i, 1,
                                 reportCell(IsoWeek::fromKey(c.week).toString(), Qt::AlignLeft | Qt::AlignVCenter));
                m_table->setItem(i, 2, reportCell(format::number(c.coachingMinutes, 0)));
                m_table->setItem(i, 3, reportCell(format::number(c.handledMinutes, 0)));
                m_table->setItem(i, 4, reportCell(c.ratio ? format::percent(*c.ratio, 2) : QStringLiteral("—")));
                m_table->setItem(
                    i, 5,
                    reportCell(c.dpti ? QStringLiteral("%1 (%2)").arg(format::number(*c.dpti, 1),
                                                                      c.priorDpti ? format::number(*c.priorDpti, 1)
                                                                                  : QStringLiteral("—"))
                                      : QStringLiteral("—")));
                QString flag;
                if (c.flagged)
                    flag = tr("⚑ under floor, defects recur");
                else if (c.underFloor)
                    flag = tr("under floor");
                auto* f = reportCell(flag, Qt::AlignLeft | Qt::AlignVCenter);
                if (c.flagged) {
                    f->setForeground(theme::text(theme::TextRole::Worse, palette()));
                    ++flagged;
                }
                m_table->setItem(i, 6, f);
                const auto slope = out.slopes.at(c.team);
                QString trend = tr("not enough weeks");
                if (slope) {
                    const double perWeek = *slope * 100;
                    trend = std::abs(perWeek) < 0.05 ? tr("→ flat")
                            : perWeek > 0            ? tr("▲ rising %1 pt/week").arg(format::number(perWeek, 2))
                                                     : tr("▼ falling %1 pt/week").arg(format::number(-perWeek, 2));
                }
                m_table->setItem(i, 7, reportCell(trend, Qt::AlignLeft | Qt::AlignVCenter));
            }
            m_table->resizeColumnsToContents();
            m_status->setText(tr("Floor %1; weeks flagged: %2.").arg(format::percent(out.floor, 1)).arg(flagged));
            emit loaded();
        });
}

} // namespace fb::ui
