#include "pages/quality/AgentQualityView.h"

#include "analytics/CalibrationText.h"
#include "analytics/Coaching.h"
#include "background/DatabaseJobs.h"
#include "common/Format.h"
#include "common/IsoWeek.h"
#include "pages/PageParts.h"
#include "store/AgentDirectory.h"
#include "store/CalibrationStore.h"
#include "store/CoachingStore.h"
#include "store/QaStore.h"
#include "store/RubricStore.h"
#include "store/ScorecardStore.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fb::ui {

// The tr() of this file's free functions: one translation context per file, which lupdate reads.
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::ui::AgentQualityView)
};

constexpr int kProfileWeeks = 13;

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignRight | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QString trendText(const std::optional<double>& earlier, const std::optional<double>& recent)
{
    if (!earlier || !recent)
        return Tr::tr("not enough data");
    const double d = *recent - *earlier;
    if (std::abs(d) < 2.5)
        return Tr::tr("→ steady (%1 → %2)").arg(format::number(*earlier, 0), format::number(*recent, 0));
    return (d > 0 ? Tr::tr("▲ up %1 (%2 → %3)") : Tr::tr("▼ down %1 (%2 → %3)"))
        .arg(format::number(std::abs(d), 1), format::number(*earlier, 0), format::number(*recent, 0));
}

} // namespace

// ---------------------------------------------------------------- agent quality

AgentQualityView::AgentQualityView(DatabaseJobs& worker, QWidget* parent) : QWidget(parent), m_worker(worker)
{
    m_agent = new QComboBox(this);
    m_agent->setAccessibleName(tr("Agent"));
    m_table = new QTableWidget(0, 6, this);
    m_table->setAccessibleName(tr("Agent and team by attribute"));
    m_table->setAccessibleDescription(
        tr("One row per attribute: the agent's mean beside the team's, the gap between them and both trends."));
    m_table->setHorizontalHeaderLabels({tr("Attribute"), tr("Agent mean (0–100)"), tr("Team mean (0–100)"),
                                        tr("Gap to team"), tr("Agent trend"), tr("Team trend")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    auto* l = new QLabel(tr("A&gent"), this);
    l->setBuddy(m_agent);
    bar->addWidget(l);
    bar->addWidget(m_agent, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    auto* note = new QLabel(tr("Mean of 100 × score / scale maximum over the last %1 weeks with data; the team is the "
                               "agent's team without the agent. Trend: first half of the weeks → second half. "
                               "Weakest first.")
                                .arg(kProfileWeeks),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    connect(m_agent, &QComboBox::currentIndexChanged, this, &AgentQualityView::reload);
}

void AgentQualityView::setDirectory(const AgentDirectory& directory)
{
    const QSignalBlocker block(m_agent);
    m_agent->clear();
    for (const auto& a : directory.agents)
        m_agent->addItem(QStringLiteral("%1 — %2 (%3)").arg(a.id, a.name, a.team), a.id);
}

void AgentQualityView::showAgent(const QString& agentId)
{
    const int i = m_agent->findData(agentId);
    if (i >= 0 && i != m_agent->currentIndex())
        m_agent->setCurrentIndex(i);
    else
        reload();
}

void AgentQualityView::reload()
{
    const std::string agent = m_agent->currentData().toString().toStdString();
    if (agent.empty())
        return;
    m_status->setText(tr("Loading…"));
    struct Out {
        std::vector<analytics::AttributeProfile> rows;
        int from = 0, to = 0;
    };
    m_worker.run(
        this,
        [agent](store::Database& db) -> Result<Out> {
            auto rubric = store::loadRubric(db);
            if (!rubric)
                return rubric.error();
            auto teams = store::agentTeams(db);
            if (!teams)
                return teams.error();
            Out out;
            auto weeks = store::rollupWeeks(db);
            if (!weeks)
                return weeks.error();
            out.to = weeks->empty() ? IsoWeek::ofDate(QDate::currentDate()).key() : weeks->back();
            out.from = IsoWeek::fromKey(out.to).next(1 - kProfileWeeks).key();
            analytics::WeeklyData data;
            if (auto st = store::addAttributeWeeks(db, out.from, out.to, data); !st)
                return st.error();
            std::vector<std::string> names;
            for (const auto& a : rubric->attributes)
                names.push_back(a.name);
            out.rows = analytics::qualityProfile(agent, names, teams.value(), data, out.from, out.to);
            std::stable_sort(out.rows.begin(), out.rows.end(), [](const auto& a, const auto& b) {
                if (a.weakest != b.weakest)
                    return a.weakest;
                const double ga = a.gap().value_or(1e9), gb = b.gap().value_or(1e9);
                return ga < gb;
            });
            return out;
        },
        [this](Result<Out> r) {
            if (!r) {
                m_status->setText(tr("⚠ %1").arg(r.error().toString()));
                return;
            }
            const auto& rows = r->rows;
            m_table->setRowCount(int(rows.size()));
            for (int i = 0; i < int(rows.size()); ++i) {
                const auto& p = rows[size_t(i)];
                auto* name = cell(analytics::attributeLabel(p.attribute) + (p.weakest ? tr("  ◀ weakest") : QString()),
                                  Qt::AlignLeft | Qt::AlignVCenter);
                if (p.weakest) {
                    QFont f = name->font();
                    f.setBold(true);
                    name->setFont(f);
                }
                m_table->setItem(i, 0, name);
                m_table->setItem(i, 1,
                                 cell(format::meanWithN(p.agentMean, p.agentN, 1) +
                                      (p.agentN > 0 && p.agentN < 3 ? tr(" · small sample") : QString())));
                m_table->setItem(i, 2, cell(format::meanWithN(p.teamMean, p.teamN, 1)));
                auto* gap = cell(format::signedOrDash(p.gap(), 1));
                if (p.gap() && *p.gap() < -5)
                    gap->setText(gap->text() + tr(" below"));
                m_table->setItem(i, 3, gap);
                m_table->setItem(i, 4,
                                 cell(trendText(p.agentEarlier, p.agentRecent), Qt::AlignLeft | Qt::AlignVCenter));
                m_table->setItem(i, 5, cell(trendText(p.teamEarlier, p.teamRecent), Qt::AlignLeft | Qt::AlignVCenter));
            }
            m_table->resizeColumnsToContents();
            m_status->setText(
                tr("Weeks %1 to %2.").arg(IsoWeek::fromKey(r->from).toString(), IsoWeek::fromKey(r->to).toString()));
            emit loaded();
        });
}

} // namespace fb::ui
