#include "pages/records/RecordFilterBar.h"

#include "Settings.h"
#include "pages/PageParts.h"
#include "store/DataEnd.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace fb::ui {
namespace {

QDateEdit* dateEdit(const QString& name, QWidget* parent)
{
    auto* e = new QDateEdit(parent);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    e->setAccessibleName(name);
    return e;
}

QLabel* buddy(const QString& text, QWidget* box, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setBuddy(box);
    return l;
}

} // namespace

RecordFilterBar::RecordFilterBar(const QString& personLabel, const QString& everyoneText, QWidget* parent)
    : QWidget(parent), m_everyone(everyoneText)
{
    m_team = new QComboBox(this);
    m_team->setAccessibleName(tr("Team"));
    m_agent = new QComboBox(this);
    m_agent->setAccessibleName(tr("Agent"));
    m_agent->setMinimumContentsLength(18);
    m_person = new QComboBox(this);
    m_person->setAccessibleName(personLabel);
    m_person->setMinimumContentsLength(14);
    m_from = dateEdit(tr("From"), this);
    m_to = dateEdit(tr("To"), this);
    // Two rows, so the bar fits a 1280 px window.
    auto* first = new QHBoxLayout;
    first->addWidget(buddy(tr("Team:"), m_team, this));
    first->addWidget(m_team);
    first->addWidget(buddy(tr("Agent:"), m_agent, this));
    first->addWidget(m_agent, 1);
    first->addWidget(buddy(personLabel + QLatin1Char(':'), m_person, this));
    first->addWidget(m_person, 1);
    m_second = new QHBoxLayout;
    m_second->addWidget(buddy(tr("From:"), m_from, this));
    m_second->addWidget(m_from);
    m_second->addWidget(buddy(tr("To:"), m_to, this));
    m_second->addWidget(m_to);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(first);
    layout->addLayout(m_second);
    m_second->addStretch(); // kept last: addFilter inserts before it

    connect(m_team, &QComboBox::activated, this, [this] {
        fillAgents();
        emit changed();
    });
    for (QComboBox* box : {m_agent, m_person})
        connect(box, &QComboBox::activated, this, &RecordFilterBar::changed);
    for (QDateEdit* e : {m_from, m_to})
        connect(e, &QDateEdit::editingFinished, this, &RecordFilterBar::changed);
}

void RecordFilterBar::addFilter(const QString& label, QComboBox* box)
{
    const int at = m_second->count() - 1;
    m_second->insertWidget(at, buddy(label, box, this));
    m_second->insertWidget(at + 1, box);
    connect(box, &QComboBox::activated, this, &RecordFilterBar::changed);
}

void RecordFilterBar::setDirectory(const AgentDirectory& directory, QDate dataEnd)
{
    m_directory = directory;
    setFilterChoices(m_team, tr("All teams"), directory.teams);
    if (const int mine = m_team->findText(Settings::myTeam()); mine >= 0 && !Settings::myTeam().isEmpty())
        m_team->setCurrentIndex(mine);
    fillAgents();
    const QDate end = workingDay(dataEnd);
    m_to->setDate(end);
    m_from->setDate(end.addDays(-27)); // four whole weeks when the data end on a Sunday
}

void RecordFilterBar::setFilters(const std::string& team, const std::string& person, QDate from, QDate to)
{
    const QSignalBlocker b1(m_team), b2(m_agent), b3(m_person), b4(m_from), b5(m_to);
    m_team->setCurrentIndex(team.empty() ? 0 : std::max(0, m_team->findText(QString::fromStdString(team))));
    fillAgents();
    m_agent->setCurrentIndex(0);
    const QString name = QString::fromStdString(person);
    if (!name.isEmpty() && m_person->findText(name) < 0)
        m_person->addItem(name); // the next list's people keep it chosen
    m_person->setCurrentIndex(name.isEmpty() ? 0 : m_person->findText(name));
    m_from->setDate(from);
    m_to->setDate(to);
}

void RecordFilterBar::setPeople(const std::vector<std::string>& people)
{
    QStringList names;
    for (const auto& p : people)
        names << QString::fromStdString(p);
    setFilterChoices(m_person, m_everyone, names);
}

void RecordFilterBar::fillAgents()
{
    const QString team = m_team->currentIndex() > 0 ? m_team->currentText() : QString();
    const QString current = m_agent->currentData().toString();
    m_agent->clear();
    m_agent->addItem(tr("All agents"), QString());
    for (const auto& a : m_directory.agents)
        if (team.isEmpty() || a.team == team)
            m_agent->addItem(tr("%1 (%2)").arg(a.name, a.id), a.id);
    m_agent->setCurrentIndex(std::max(0, m_agent->findData(current)));
}

std::string RecordFilterBar::team() const
{
    return m_team->currentIndex() > 0 ? m_team->currentText().toStdString() : std::string();
}

std::string RecordFilterBar::agentId() const
{
    return m_agent->currentData().toString().toStdString();
}

std::string RecordFilterBar::person() const
{
    return m_person->currentIndex() > 0 ? m_person->currentText().toStdString() : std::string();
}

QDate RecordFilterBar::from() const
{
    return m_from->date();
}

QDate RecordFilterBar::to() const
{
    return m_to->date();
}

} // namespace fb::ui
