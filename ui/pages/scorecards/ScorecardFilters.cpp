#include "pages/scorecards/ScorecardFilters.h"

#include "ScorecardFormat.h"
#include "Settings.h"
#include "common/IsoWeek.h"
#include "pages/scorecards/ScorecardReads.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace fb::ui::scorecards {

using analytics::Level;

ScorecardFilters::ScorecardFilters(QWidget* parent) : QWidget(parent)
{
    auto* bar = new QHBoxLayout(this);
    bar->setContentsMargins(0, 0, 0, 0);
    m_week = new QComboBox;
    m_week->setToolTip(tr("The last week of the period (ISO weeks, Monday first)"));
    m_span = new QComboBox;
    m_span->addItem(tr("This week"), 1);
    m_span->addItem(tr("Last 4 weeks"), 4);
    m_span->addItem(tr("Last 8 weeks"), 8);
    m_span->addItem(tr("Last 13 weeks"), 13);
    m_span->setToolTip(tr("A period of several weeks adds up numerators and denominators; it never averages "
                          "weekly rates."));
    m_level = new QComboBox;
    m_level->addItem(tr("Agents of a team"), int(Level::Agent));
    m_level->addItem(tr("Teams"), int(Level::Team));
    m_level->addItem(tr("Site"), int(Level::Site));
    m_team = new QComboBox;
    m_team->setMinimumContentsLength(14);
    m_definition = new QComboBox;
    for (auto* c : {m_week, m_team, m_definition})
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_definition->setToolTip(tr("Definition version: past scorecards are reproduced with the version they used."));
    auto* weekLabel = new QLabel(tr("&Week:"));
    weekLabel->setBuddy(m_week);
    auto* levelLabel = new QLabel(tr("&Level:"));
    levelLabel->setBuddy(m_level);
    auto* definitionLabel = new QLabel(tr("&Definition:"));
    definitionLabel->setBuddy(m_definition);
    bar->addWidget(weekLabel);
    bar->addWidget(m_week);
    bar->addWidget(m_span);
    bar->addSpacing(12);
    bar->addWidget(levelLabel);
    bar->addWidget(m_level);
    bar->addWidget(m_team);
    bar->addSpacing(12);
    bar->addWidget(definitionLabel);
    bar->addWidget(m_definition);
    bar->addStretch(1);

    connect(m_week, &QComboBox::currentIndexChanged, this, [this] { emit changed(true); });
    connect(m_span, &QComboBox::currentIndexChanged, this, [this] { emit changed(false); });
    connect(m_level, &QComboBox::currentIndexChanged, this, &ScorecardFilters::levelChanged);
    connect(m_team, &QComboBox::currentIndexChanged, this, [this] { emit changed(false); });
    connect(m_definition, &QComboBox::currentIndexChanged, this, [this] { emit changed(true); });
    m_team->setEnabled(level() == Level::Agent);
}

void ScorecardFilters::setMeta(const ScorecardMeta& meta)
{
    const QSignalBlocker b1(m_week), b2(m_team), b3(m_definition);
    const QVariant week = m_week->currentData(), team = m_team->currentData(), version = m_definition->currentData();
    m_week->clear();
    for (auto it = meta.weeks.rbegin(); it != meta.weeks.rend(); ++it)
        m_week->addItem(fb::scorecards::weekItemText(*it), *it);
    m_team->clear();
    m_team->addItem(tr("All teams"), QString());
    for (const auto& t : meta.teams) // in natural order (readScorecardMeta)
        m_team->addItem(QString::fromStdString(t), QString::fromStdString(t));
    m_definition->clear();
    for (const auto& d : meta.versions)
        m_definition->addItem(d.note.isEmpty() ? tr("v%1").arg(d.version) : tr("v%1 · %2").arg(d.version).arg(d.note),
                              d.version);
    if (int i = m_week->findData(week); i >= 0)
        m_week->setCurrentIndex(i);
    // A team lead looks at one team: the one chosen, else "my team" (Settings), else the first.
    if (int i = m_team->findData(team); i >= 0 && team.isValid())
        m_team->setCurrentIndex(i);
    else if (int mine = m_team->findData(Settings::myTeam()); mine > 0)
        m_team->setCurrentIndex(mine);
    else if (m_team->count() > 1)
        m_team->setCurrentIndex(1);
    if (int i = m_definition->findData(version); i >= 0)
        m_definition->setCurrentIndex(i);
}

bool ScorecardFilters::hasWeeks() const
{
    return m_week->count() > 0;
}

int ScorecardFilters::toWeek() const
{
    return m_week->currentData().toInt();
}

int ScorecardFilters::fromWeek() const
{
    const int span = std::max(1, m_span->currentData().toInt());
    return IsoWeek::fromKey(toWeek()).next(-(span - 1)).key();
}

int ScorecardFilters::definitionVersion() const
{
    return m_definition->currentData().toInt();
}

Level ScorecardFilters::level() const
{
    return Level(m_level->currentData().toInt());
}

QString ScorecardFilters::team() const
{
    return level() == Level::Agent ? m_team->currentData().toString() : QString();
}

void ScorecardFilters::setSpan(int weeks)
{
    if (int i = m_span->findData(weeks); i >= 0)
        m_span->setCurrentIndex(i);
}

void ScorecardFilters::setLevel(Level level, const QString& team)
{
    {
        const QSignalBlocker b1(m_level), b2(m_team);
        if (int i = m_team->findData(team); i >= 0)
            m_team->setCurrentIndex(i);
        m_level->setCurrentIndex(m_level->findData(int(level)));
    }
    levelChanged();
}

void ScorecardFilters::addDefinition(int version)
{
    const QSignalBlocker block(m_definition);
    m_definition->insertItem(0, tr("v%1 · %2").arg(version).arg(tr("new")), version);
    m_definition->setCurrentIndex(0);
}

void ScorecardFilters::levelChanged()
{
    m_team->setEnabled(level() == Level::Agent);
    emit changed(false);
}

} // namespace fb::ui::scorecards
