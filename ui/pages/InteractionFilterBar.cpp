#include "pages/InteractionFilterBar.h"

#include "pages/PageParts.h"
#include "store/AgentDirectory.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace fb::ui {

using namespace Qt::StringLiterals;
using Q = store::InteractionQuery;

namespace {

QComboBox* choiceBox(QWidget* parent, const QString& name, const std::vector<std::pair<QString, int>>& items)
{
    auto* box = new QComboBox(parent);
    box->setAccessibleName(name);
    for (const auto& [text, value] : items)
        box->addItem(text, value);
    return box;
}

// The choice of a box filled by setFilterChoices (the first item is "all").
std::string choiceText(const QComboBox* box)
{
    return box->currentIndex() > 0 ? box->currentText().toStdString() : std::string();
}

void selectText(QComboBox* box, const QString& text)
{
    if (text.isEmpty()) {
        box->setCurrentIndex(0);
        return;
    }
    if (box->findText(text) < 0)
        box->addItem(text); // before the choices arrive; setFilterChoices keeps it chosen
    box->setCurrentIndex(box->findText(text));
}

QString dayText(QDate day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

InteractionFilterBar::InteractionFilterBar(QWidget* parent)
    : QWidget(parent), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_team(new QComboBox(this)),
      m_agent(new QComboBox(this)), m_queue(new QComboBox(this)), m_channel(new QComboBox(this)),
      m_csat(choiceBox(this, tr("CSAT"),
                       {{tr("Any"), int(Q::Csat::Any)},
                        {tr("Surveyed"), int(Q::Csat::Surveyed)},
                        {tr("Not surveyed"), int(Q::Csat::NotSurveyed)},
                        {tr("Top 2 (4–5)"), int(Q::Csat::Top2)},
                        {tr("1"), int(Q::Csat::Score1)},
                        {tr("2"), int(Q::Csat::Score2)},
                        {tr("3"), int(Q::Csat::Score3)},
                        {tr("4"), int(Q::Csat::Score4)},
                        {tr("5"), int(Q::Csat::Score5)}})),
      m_fcr(choiceBox(this, tr("First-contact resolution"),
                      {{tr("Any"), int(Q::Fcr::Any)},
                       {tr("Known"), int(Q::Fcr::Known)},
                       {tr("Resolved"), int(Q::Fcr::Resolved)},
                       {tr("Not resolved"), int(Q::Fcr::NotResolved)},
                       {tr("Unknown"), int(Q::Fcr::Unknown)}})),
      m_escalated(choiceBox(this, tr("Escalated"),
                            {{tr("Any"), int(Q::Flag::Any)},
                             {tr("Yes"), int(Q::Flag::Yes)},
                             {tr("No"), int(Q::Flag::No)},
                             {tr("Known"), int(Q::Flag::Known)}})),
      m_repeat(choiceBox(this, tr("Repeat contact"),
                         {{tr("Any"), int(Q::Flag::Any)},
                          {tr("Yes"), int(Q::Flag::Yes)},
                          {tr("No"), int(Q::Flag::No)},
                          {tr("Known"), int(Q::Flag::Known)}})),
      m_defects(choiceBox(this, tr("Defects"),
                          {{tr("Any"), int(Q::Defects::Any)},
                           {tr("Some"), int(Q::Defects::Some)},
                           {tr("None"), int(Q::Defects::None)}})),
      m_search(makeSearchBox(tr("Search IDs, queues, reasons…"), this, &m_debounce))
{
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_team->setAccessibleName(tr("Team"));
    m_team->addItem(tr("All teams"));
    // Editable so a lead can type part of a name or id among hundreds of agents.
    m_agent->setEditable(true);
    m_agent->setInsertPolicy(QComboBox::NoInsert);
    // The boxes are sized by a few characters, not by their
    // longest choice (a long team or queue name, a longer language), so the
    // bar never widens the window; their lists still show every choice in full.
    for (QComboBox* box : {m_team, m_agent, m_queue, m_channel, m_csat, m_fcr, m_escalated, m_repeat, m_defects}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == m_agent ? 14 : box == m_team || box == m_queue ? 9 : 6);
    }
    m_search->setMinimumWidth(160); // it stretches; less than elsewhere, beside five boxes
    m_agent->setAccessibleName(tr("Agent"));
    m_agent->completer()->setFilterMode(Qt::MatchContains);
    m_agent->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_agent->addItem(tr("All agents"), QString());
    m_queue->setAccessibleName(tr("Queue"));
    m_queue->addItem(tr("All queues"));
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->addItem(tr("All channels"), QString());
    m_channel->addItem(tr("Voice"), u"voice"_s);
    m_channel->addItem(tr("Chat"), u"chat"_s);
    m_channel->addItem(tr("Email"), u"email"_s);
    m_channel->addItem(tr("Other"), u"other"_s);

    auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    // Three short rows, not two long ones: the page sits in the window's
    // stack, so its width is every page's minimum (1366x768 at 125 % leaves
    // about 870 px beside the sidebar).
    const std::vector<std::vector<std::pair<QLabel*, QWidget*>>> rows = {
        {{label(tr("&From:"), m_from), m_from},
         {label(tr("t&o:"), m_to), m_to},
         {label(tr("&Team:"), m_team), m_team},
         {label(tr("&Agent:"), m_agent), m_agent}},
        {{label(tr("&Queue:"), m_queue), m_queue},
         {label(tr("C&hannel:"), m_channel), m_channel},
         {label(tr("&CSAT:"), m_csat), m_csat},
         {label(tr("&FCR:"), m_fcr), m_fcr}},
        {{label(tr("&Escalated:"), m_escalated), m_escalated},
         {label(tr("&Repeat:"), m_repeat), m_repeat},
         {label(tr("&Defects:"), m_defects), m_defects}}};
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const auto& row : rows) {
        auto* line = new QHBoxLayout;
        for (const auto& [l, box] : row) {
            line->addWidget(l);
            line->addWidget(box);
        }
        if (&row == &rows.back()) {
            line->addSpacing(12);
            line->addWidget(m_search, 1);
        } else {
            line->addStretch(1);
        }
        layout->addLayout(line);
    }

    const auto changedNow = [this] {
        if (!m_quiet)
            emit changed();
    };
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, changedNow);
    for (QComboBox* box : {m_queue, m_channel, m_csat, m_fcr, m_escalated, m_repeat, m_defects})
        connect(box, &QComboBox::activated, this, changedNow);
    connect(m_team, &QComboBox::activated, this, [this, changedNow] {
        if (m_team->currentText() != teamsText())
            m_teams.clear();
        changedNow();
    });
    connect(m_agent, &QComboBox::activated, this, [this, changedNow] {
        m_agentId = selectedAgent();
        changedNow();
    });
    connect(m_debounce, &QTimer::timeout, this, changedNow);
    connect(m_search, &QLineEdit::returnPressed, this, [this, changedNow] {
        m_debounce->stop();
        changedNow();
    });
}

QString InteractionFilterBar::selectedAgent() const
{
    // An id typed by hand that is not in the list is taken as is: the table says "no match".
    const int i = m_agent->findText(m_agent->currentText());
    if (i >= 0)
        return m_agent->itemData(i).toString();
    return m_agent->currentText().trimmed();
}

Q InteractionFilterBar::query() const
{
    Q q;
    // Before the data's days are known only days asked for by setQuery() count.
    if (m_first.isValid() || m_datesChosen) {
        if (!m_first.isValid() || m_from->date() > m_first)
            q.fromDay = dayText(m_from->date()).toStdString();
        if (!m_last.isValid() || m_to->date() < m_last)
            q.toDay = dayText(m_to->date()).toStdString();
    }
    if (!m_teams.empty() && m_team->currentText() == teamsText())
        q.teams = m_teams;
    else
        q.team = choiceText(m_team);
    q.agentId = m_agentId.toStdString();
    q.queue = choiceText(m_queue);
    q.channel = m_channel->currentData().toString().toStdString();
    q.contains = m_search->text().trimmed().toStdString();
    q.csat = Q::Csat(m_csat->currentData().toInt());
    q.fcr = Q::Fcr(m_fcr->currentData().toInt());
    q.escalated = Q::Flag(m_escalated->currentData().toInt());
    q.repeat = Q::Flag(m_repeat->currentData().toInt());
    q.defects = Q::Defects(m_defects->currentData().toInt());
    return q;
}

void InteractionFilterBar::selectData(QComboBox* box, const QVariant& data)
{
    const int i = box->findData(data);
    box->setCurrentIndex(std::max(i, 0));
}

void InteractionFilterBar::setQuery(const Q& q)
{
    m_quiet = true;
    m_datesChosen = !q.fromDay.empty() || !q.toDay.empty();
    const QDate from = QDate::fromString(QString::fromStdString(q.fromDay), Qt::ISODate);
    const QDate to = QDate::fromString(QString::fromStdString(q.toDay), Qt::ISODate);
    m_from->setDate(from.isValid() ? from : m_first.isValid() ? m_first : m_from->date());
    m_to->setDate(to.isValid() ? to : m_last.isValid() ? m_last : m_to->date());
    m_teams = q.teams;
    selectText(m_team, m_teams.empty() ? QString::fromStdString(q.team) : teamsText());
    m_agentId = QString::fromStdString(q.agentId);
    if (const int i = m_agent->findData(m_agentId); i >= 0)
        m_agent->setCurrentIndex(i);
    else
        m_agent->setEditText(m_agentId);
    selectText(m_queue, QString::fromStdString(q.queue));
    selectData(m_channel, QString::fromStdString(q.channel));
    selectData(m_csat, int(q.csat));
    selectData(m_fcr, int(q.fcr));
    selectData(m_escalated, int(q.escalated));
    selectData(m_repeat, int(q.repeat));
    selectData(m_defects, int(q.defects));
    m_search->setText(QString::fromStdString(q.contains));
    m_debounce->stop();
    m_quiet = false;
}

void InteractionFilterBar::clear()
{
    setQuery(Q{});
}

void InteractionFilterBar::setDirectory(const AgentDirectory& directory)
{
    setFilterChoices(m_team, tr("All teams"), directory.teams);
    if (!m_teams.empty())
        selectText(m_team, teamsText()); // not one of the choices: put back
    m_agent->clear();
    m_agent->addItem(tr("All agents"), QString());
    for (const AgentEntry& agent : directory.agents) {
        const QString text =
            agent.name.isEmpty() || agent.name == agent.id ? agent.id : u"%1 — %2"_s.arg(agent.name, agent.id);
        m_agent->addItem(text, agent.id);
    }
    if (const int i = m_agent->findData(m_agentId); i >= 0)
        m_agent->setCurrentIndex(i);
    else
        m_agent->setEditText(m_agentId);
}

QString InteractionFilterBar::teamsText() const
{
    QStringList names;
    for (const auto& t : m_teams)
        names << QString::fromStdString(t);
    return names.join(u" + "_s);
}

void InteractionFilterBar::setQueues(const QStringList& queues)
{
    setFilterChoices(m_queue, tr("All queues"), queues);
}

void InteractionFilterBar::setDataDays(QDate first, QDate last)
{
    // An end left at the data's edge follows it; one chosen (or asked by a drill-down) stays.
    m_quiet = true;
    const bool unset = !m_first.isValid() && !m_datesChosen;
    if (unset || (m_first.isValid() && m_from->date() <= m_first))
        m_from->setDate(first);
    if (unset || (m_last.isValid() && m_to->date() >= m_last))
        m_to->setDate(last);
    m_first = first;
    m_last = last;
    m_quiet = false;
}

} // namespace fb::ui
