#include "pages/scorecards/HappinessTab.h"

#include "ScorecardFormat.h"
#include "Theme.h"
#include "common/Format.h"
#include "models/NaturalOrder.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace fb::ui::scorecards {

using namespace fb::scorecards; // report/ScorecardFormat.h: how the numbers read

HappinessTab::HappinessTab(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* hbar = new QHBoxLayout;
    m_weeks = new QComboBox;
    m_weeks->addItem(tr("Last 13 weeks"), 13);
    m_weeks->addItem(tr("Last 26 weeks"), 26);
    m_weeks->addItem(tr("Last 52 weeks"), 52);
    m_outcome = new QComboBox;
    for (auto m : {analytics::Metric::Fcr, analytics::Metric::Csat, analytics::Metric::Qa, analytics::Metric::Aht,
                   analytics::Metric::Rework, analytics::Metric::Escalation, analytics::Metric::Dpti})
        m_outcome->addItem(analytics::metricLabel(m), int(m));
    hbar->addWidget(new QLabel(tr("Team-weeks:")));
    hbar->addWidget(m_weeks);
    hbar->addSpacing(12);
    hbar->addWidget(new QLabel(tr("Learning labs by:")));
    hbar->addWidget(m_outcome);
    hbar->addStretch(1);
    layout->addLayout(hbar);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    // The table below stretches; the explanation (three lines, see present())
    // must keep its height.
    m_status->setMinimumHeight(3 * m_status->fontMetrics().lineSpacing() + 4);
    layout->addWidget(m_status);
    m_correlations = new QTableWidget;
    m_correlations->setAccessibleName(tr("Correlations of pulse dimensions with outcomes"));
    m_correlations->setAccessibleDescription(tr(
        "One row per pulse dimension and outcome: how strongly they move together, in the same week and weeks later."));
    m_correlations->verticalHeader()->hide();
    m_correlations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_correlations, 3);
    auto* labs = new QLabel(
        tr("<b>Learning labs</b>: teams whose outcome sits far (one residual SD or more; at least 3 teams) from "
           "what their pulse predicts — places to learn from, not failures."));
    labs->setWordWrap(true);
    layout->addWidget(labs);
    m_teams = new QTableWidget;
    m_teams->setAccessibleName(tr("Learning labs"));
    m_teams->setAccessibleDescription(
        tr("Teams whose outcome sits far from what their pulse predicts, to learn from."));
    m_teams->verticalHeader()->hide();
    m_teams->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_labs = new QHBoxLayout;
    m_labs->addWidget(m_teams, 1);
    m_chart = charts::makeHappinessChart(charts::HappinessPlot{});
    m_labs->addWidget(m_chart, 1);
    layout->addLayout(m_labs, 2);
    connect(m_weeks, &QComboBox::currentIndexChanged, this, &HappinessTab::settingsChanged);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &HappinessTab::settingsChanged);
}

int HappinessTab::weeks() const
{
    return m_weeks->currentData().toInt();
}

analytics::Metric HappinessTab::outcome() const
{
    return analytics::Metric(m_outcome->currentData().toInt());
}

void HappinessTab::showComputing(int from, int to)
{
    m_status->setText(tr("Computing correlations over %1…").arg(weekRangeText(from, to).toHtmlEscaped()));
}

void HappinessTab::showError(const Error& error)
{
    m_status->setText(tr("Cannot compute: %1").arg(error.toString().toHtmlEscaped()));
}

void HappinessTab::present(const analytics::Happiness& h, int from, int to)
{
    // How many cells chance alone would mark: 5% of the tests without any
    // adjustment; with the q < 0.05 rule, about 5% of the marks at most.
    // Three short lines: the tab's stack does not pass height-for-width on, so a
    // wrapped label would keep one line's height and lose the rest.
    m_status->setText(tr("%1: how each pulse dimension moves with each outcome inside a team, the same week to 4 "
                         "weeks later (Spearman ρ within teams; n = team-weeks paired).<br><b>Bold</b>: q &lt; 0.05 "
                         "(Benjamini–Hochberg): %3 of "
                         "%2 tests; about %5 of these marks may still be chance.<br>With no link at all, chance alone "
                         "would put about %4 of the %2 cells below p = 0.05. Correlation is not cause.")
                          .arg(weekRangeText(from, to).toHtmlEscaped())
                          .arg(h.tests)
                          .arg(h.marked)
                          .arg(format::number(0.05 * double(h.tests), 1))
                          .arg(format::number(0.05 * double(h.marked), 1)));
    m_status->setToolTip(tr("Team-weeks with ≥ 5 pulse responses. Each team's weekly series is centred on its own "
                            "mean, so a difference in level between teams is no link; ranks with ties averaged. p: "
                            "exact over every within-team permutation for n ≤ 10, else t = ρ √(df/(1−ρ²)) with df = "
                            "n − teams − 1. q: Benjamini–Hochberg over the grid. See docs/scorecard.md."));
    showCorrelations(h);
    showTeams(h);
    QWidget* chart = charts::makeHappinessChart(happinessPlot(h, from, to));
    m_labs->replaceWidget(m_chart, chart);
    delete m_chart;
    m_chart = chart;
    m_chart->show(); // now, not when the layout's queued show runs (a grab right after must see it)
}

charts::HappinessPlot happinessPlot(const analytics::Happiness& h, int from, int to)
{
    const auto unit = analytics::metricUnit(h.labOutcome);
    const double scale = unit == analytics::Unit::Proportion ? 100.0 : 1.0;
    const QString outcome = analytics::metricLabel(h.labOutcome);
    const QString suffix = unit == analytics::Unit::Proportion    ? fb::ui::scorecards::HappinessTab::tr(" (%)")
                           : unit == analytics::Unit::Seconds     ? fb::ui::scorecards::HappinessTab::tr(" (s)")
                           : unit == analytics::Unit::PerThousand ? fb::ui::scorecards::HappinessTab::tr(" (per 1000)")
                                                                  : QString();
    charts::HappinessPlot plot;
    plot.title =
        fb::ui::scorecards::HappinessTab::tr("Teams: mean pulse and mean %1, %2").arg(outcome, weekRangeText(from, to));
    plot.xTitle = fb::ui::scorecards::HappinessTab::tr("Mean weekly pulse (1–5)");
    plot.yTitle = fb::ui::scorecards::HappinessTab::tr("Mean weekly %1%2").arg(outcome, suffix);
    plot.lineName = fb::ui::scorecards::HappinessTab::tr("Site-wide line: what the pulse predicts");
    plot.emptyText =
        fb::ui::scorecards::HappinessTab::tr("No team has weeks with both a pulse (5 responses or more) and %1")
            .arg(outcome);
    for (const auto& t : h.teams) {
        charts::HappinessPoint p;
        p.team = QString::fromStdString(t.team);
        p.pulse = t.pulse;
        p.outcome = t.outcome * scale;
        p.weeks = t.weeks;
        p.reading = t.lab ? (t.better ? 1 : -1) : 0;
        p.tooltip = fb::ui::scorecards::HappinessTab::tr("%1: pulse %2, %3 %4, over %5 team-weeks")
                        .arg(p.team, formatValue(analytics::Metric::Pulse, t.pulse), outcome,
                             formatValue(h.labOutcome, t.outcome))
                        .arg(t.weeks);
        plot.points.push_back(p);
    }
    std::sort(plot.points.begin(), plot.points.end(),
              [](const auto& a, const auto& b) { return naturalLess(a.team, b.team); });
    if (h.teams.size() >= 3) // with fewer, the line runs through every team and predicts nothing
        plot.line = std::pair{h.intercept * scale, h.slope * scale};
    return plot;
}

void HappinessTab::showCorrelations(const analytics::Happiness& h)
{
    m_correlations->clear();
    const int lags = 5;
    m_correlations->setColumnCount(2 + lags);
    QStringList headers{tr("Outcome"), tr("Pulse dimension")};
    for (int l = 0; l < lags; ++l)
        headers << (l == 0 ? tr("Same week") : tr("+%n week(s)", nullptr, l));
    m_correlations->setHorizontalHeaderLabels(headers);
    m_correlations->setRowCount(int(h.outcomes.size()) * analytics::kPulseDimensions);
    int row = 0;
    for (auto m : h.outcomes)
        for (int d = 0; d < analytics::kPulseDimensions; ++d, ++row) {
            m_correlations->setItem(row, 0, new QTableWidgetItem(analytics::metricLabel(m)));
            m_correlations->setItem(row, 1, new QTableWidgetItem(analytics::pulseDimensionLabel(d)));
            for (const auto& c : h.correlations) {
                if (c.outcome != m || c.dimension != d || c.lag >= lags)
                    continue;
                auto* item = new QTableWidgetItem;
                if (c.rho) {
                    item->setText(tr("ρ %1%2 (n=%3)")
                                      .arg(*c.rho >= 0 ? QStringLiteral("+") : QStringLiteral("−"))
                                      .arg(format::number(std::abs(*c.rho), 2))
                                      .arg(c.n));
                    const theme::Tint heat = theme::heat(*c.rho, palette());
                    item->setBackground(heat.background);
                    item->setForeground(heat.foreground);
                    if (c.marked()) {
                        QFont f = item->font();
                        f.setBold(true);
                        item->setFont(f);
                    }
                    item->setToolTip(tr("ρ = %1 within %2, n = %3, p = %4%5, q = %6")
                                         .arg(format::number(*c.rho, 4))
                                         .arg(tr("%Ln team(s)", nullptr, int(c.teams)))
                                         .arg(tr("%Ln team-week(s)", nullptr, int(c.n)))
                                         .arg(c.p ? format::significant(*c.p, 3) : tr("n/a"))
                                         .arg(c.exact ? tr(" (exact)") : QString())
                                         .arg(c.q ? format::significant(*c.q, 3) : tr("n/a")));
                } else {
                    item->setText(tr("n=%1: too few").arg(c.n));
                    item->setForeground(theme::text(theme::TextRole::Muted, palette()));
                }
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_correlations->setItem(row, 2 + c.lag, item);
            }
        }
    m_correlations->resizeColumnsToContents();
}

void HappinessTab::showTeams(const analytics::Happiness& h)
{
    m_teams->clear();
    m_teams->setColumnCount(6);
    m_teams->setHorizontalHeaderLabels({tr("Team"), tr("Weeks"), tr("Mean pulse"),
                                        tr("Mean %1").arg(analytics::metricLabel(h.labOutcome)),
                                        tr("Gap to prediction"), tr("Reading")});
    m_teams->setRowCount(int(h.teams.size()));
    std::vector<const analytics::TeamGap*> teams;
    for (const auto& t : h.teams)
        teams.push_back(&t);
    std::sort(teams.begin(), teams.end(), [](const auto* a, const auto* b) {
        return naturalLess(QString::fromStdString(a->team), QString::fromStdString(b->team)); // Team 5 before 10
    });
    int r = 0;
    for (const auto* tp : teams) {
        const auto& t = *tp;
        const auto unit = analytics::metricUnit(h.labOutcome);
        const double scale = unit == analytics::Unit::Proportion ? 100.0 : 1.0;
        m_teams->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(t.team)));
        m_teams->setItem(r, 1, new QTableWidgetItem(format::count(t.weeks)));
        m_teams->setItem(r, 2, new QTableWidgetItem(formatValue(analytics::Metric::Pulse, t.pulse)));
        m_teams->setItem(r, 3, new QTableWidgetItem(formatValue(h.labOutcome, t.outcome)));
        m_teams->setItem(
            r, 4,
            new QTableWidgetItem(tr("%1%2%3")
                                     .arg(t.gap >= 0 ? QStringLiteral("+") : QStringLiteral("−"))
                                     .arg(format::number(std::abs(t.gap) * scale, 1))
                                     .arg(unit == analytics::Unit::Proportion ? tr(" points") : QString())));
        auto* reading = new QTableWidgetItem(
            t.lab ? (t.better ? tr("▲ Learning lab: does better than its pulse predicts")
                              : tr("▼ Learning lab: below what its pulse predicts — ask what gets in "
                                   "the way"))
                  : tr("as its pulse predicts"));
        if (t.lab) {
            QFont f = reading->font();
            f.setBold(true);
            reading->setFont(f);
        }
        m_teams->setItem(r, 5, reading);
        ++r;
    }
    if (h.teams.size() < 3) {
        m_teams->setRowCount(m_teams->rowCount() + 1);
        m_teams->setItem(m_teams->rowCount() - 1, 0,
                         new QTableWidgetItem(tr("Learning labs need at least 3 teams with pulse and "
                                                 "outcome data: with fewer, the site-wide line runs "
                                                 "through every team.")));
        m_teams->setSpan(m_teams->rowCount() - 1, 0, 1, 6);
    }
    m_teams->resizeColumnsToContents();
    m_teams->horizontalHeader()->setStretchLastSection(true);
}

} // namespace fb::ui::scorecards
