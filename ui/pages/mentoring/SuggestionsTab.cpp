#include "pages/mentoring/SuggestionsTab.h"

#include "common/Format.h"
#include "pages/PageParts.h"
#include "pages/mentoring/MentoringRows.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace fb::ui {

SuggestionsTab::SuggestionsTab(QWidget* parent) : QWidget(parent)
{
    auto* l = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("<b>Suggested pairs</b>: the pairs with the largest total benefit (the gap between "
                                "mentor and mentee in points, less 5 for a different shift and 5 for a different "
                                "site). Drop, swap or add pairs, then confirm to start them."),
                             this);
    intro->setWordWrap(true);
    l->addWidget(intro);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->hide();
    l->addWidget(m_empty);
    m_table = makeResultTable({tr("Mentee"), tr("Mentor"), tr("Benefit"), tr("Why")}, tr("Suggested pairs"), this);
    m_table->setAccessibleDescription(tr("One row per suggested pair, the largest expected benefit first, with the "
                                         "reason; select rows to start pairs."));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    l->addWidget(m_table, 1);

    auto* form = new QGroupBox(tr("Change the pairs"), this);
    // Two rows, and name boxes sized by a length rather than the longest name,
    // so the page fits a 1280 x 720 laptop at 125 % (tst_screenfit).
    auto* rows = new QVBoxLayout(form);
    auto* fl = new QHBoxLayout;
    auto* fl2 = new QHBoxLayout;
    rows->addLayout(fl);
    rows->addLayout(fl2);
    auto* drop = new QPushButton(tr("&Drop selected"), form);
    auto* swap = new QPushButton(tr("S&wap mentors of two selected"), form);
    m_mentee = new QComboBox(form);
    m_mentee->setAccessibleName(tr("Mentee"));
    m_mentor = new QComboBox(form);
    m_mentor->setAccessibleName(tr("Mentor"));
    for (QComboBox* box : {m_mentee, m_mentor}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(18);
    }
    auto* menteeLabel = new QLabel(tr("M&entee:"), form);
    menteeLabel->setBuddy(m_mentee);
    auto* mentorLabel = new QLabel(tr("Men&tor:"), form);
    mentorLabel->setBuddy(m_mentor);
    auto* add = new QPushButton(tr("&Add pair"), form);
    m_confirm = new QPushButton(tr("&Confirm and start"), form);
    m_confirm->setDefault(true);
    fl->addWidget(drop);
    fl->addWidget(swap);
    fl->addStretch(1);
    fl->addWidget(m_confirm);
    fl2->addWidget(menteeLabel);
    fl2->addWidget(m_mentee, 1);
    fl2->addWidget(mentorLabel);
    fl2->addWidget(m_mentor, 1);
    fl2->addWidget(add);
    l->addWidget(form);

    // A mentor takes 2 mentees at once unless set here (mentoring_capacity).
    auto* capacity = new QGroupBox(tr("Mentor capacity"), this);
    auto* cl = new QHBoxLayout(capacity);
    m_capacityMentor = new QComboBox(capacity);
    m_capacityMentor->setAccessibleName(tr("Capacity of mentor"));
    m_capacityMentor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_capacityMentor->setMinimumContentsLength(18);
    auto* capacityMentorLabel = new QLabel(tr("Capacity of &mentor:"), capacity);
    capacityMentorLabel->setBuddy(m_capacityMentor);
    m_capacity = new QSpinBox(capacity);
    m_capacity->setRange(0, 20);
    m_capacity->setValue(kMentoringDefaultCapacity);
    m_capacity->setAccessibleName(tr("Mentees at once"));
    auto* capacityLabel = new QLabel(tr("Mentees at &once:"), capacity);
    capacityLabel->setBuddy(m_capacity);
    auto* setCapacity = new QPushButton(tr("&Set capacity"), capacity);
    cl->addWidget(capacityMentorLabel);
    cl->addWidget(m_capacityMentor, 1);
    cl->addWidget(capacityLabel);
    cl->addWidget(m_capacity);
    cl->addWidget(setCapacity);
    cl->addStretch(1);
    l->addWidget(capacity);
    connect(setCapacity, &QPushButton::clicked, this, [this] {
        const std::string id = m_capacityMentor->currentData().toString().toStdString();
        if (!id.empty())
            emit capacityRequested(id, m_capacity->value());
    });
    connect(drop, &QPushButton::clicked, this, &SuggestionsTab::dropSelected);
    connect(swap, &QPushButton::clicked, this, &SuggestionsTab::swapSelected);
    connect(add, &QPushButton::clicked, this, [this] {
        addPair(m_mentee->currentData().toString().toStdString(), m_mentor->currentData().toString().toStdString());
    });
    connect(m_confirm, &QPushButton::clicked, this, &SuggestionsTab::confirm);
}

void SuggestionsTab::present(const MentoringView& v, const analytics::MentoringOptions& options)
{
    m_view = &v;
    m_options = options;
    m_pairs = v.suggestions;
    const QVariant capacityMentor = m_capacityMentor->currentData();
    m_mentee->clear();
    m_mentor->clear();
    m_capacityMentor->clear();
    for (const auto& a : v.agents)
        if (a.active && (v.team.empty() || a.team == v.team || options.crossTeam)) {
            m_mentee->addItem(v.agentText(a.id), QString::fromStdString(a.id));
            m_mentor->addItem(v.agentText(a.id), QString::fromStdString(a.id));
            m_capacityMentor->addItem(v.agentText(a.id), QString::fromStdString(a.id));
        }
    m_capacityMentor->setCurrentIndex(std::max(0, m_capacityMentor->findData(capacityMentor)));
    m_empty->setText(MentoringRows::suggestionsEmpty(v));
    refill();
}

void SuggestionsTab::refill()
{
    fillResultTable(m_table, m_view ? MentoringRows::suggestions(*m_view, m_pairs) : MentoringRows::Rows{}, {2});
    m_empty->setVisible(m_pairs.empty());
    m_table->setVisible(!m_pairs.empty());
    m_confirm->setEnabled(!m_pairs.empty());
    m_confirm->setText(m_pairs.empty() ? tr("&Confirm and start")
                                       : tr("&Confirm and start (%1)").arg(format::count(qint64(m_pairs.size()))));
}

QString SuggestionsTab::emptyText() const
{
    return m_empty->isVisibleTo(this) ? m_empty->text() : QString();
}

std::vector<int> SuggestionsTab::selectedRows() const
{
    std::set<int> rows;
    for (const auto& index : m_table->selectionModel()->selectedRows())
        rows.insert(index.row());
    return {rows.begin(), rows.end()};
}

void SuggestionsTab::dropSelected()
{
    const auto rows = selectedRows();
    for (auto it = rows.rbegin(); it != rows.rend(); ++it)
        m_pairs.erase(m_pairs.begin() + *it);
    refill();
}

void SuggestionsTab::swapSelected()
{
    const auto rows = selectedRows();
    if (rows.size() != 2 || !m_view) {
        emit status(tr("Select exactly two suggested pairs to swap their mentors."));
        return;
    }
    auto& a = m_pairs[size_t(rows[0])];
    auto& b = m_pairs[size_t(rows[1])];
    if (std::isnan(a.benefit) || std::isnan(b.benefit)) {
        emit status(tr("Pairs added by hand cannot be swapped; drop them and add the pairs you want."));
        return;
    }
    const auto metric = analytics::parseTargetMetric(m_view->behavior, m_view->attributes);
    const auto* menteeA = m_view->agent(a.mentee.agentId);
    const auto* menteeB = m_view->agent(b.mentee.agentId);
    const auto* mentorA = m_view->agent(a.mentor.agentId);
    const auto* mentorB = m_view->agent(b.mentor.agentId);
    if (!metric || !menteeA || !menteeB || !mentorA || !mentorB)
        return;
    for (const auto& [mentee, mentor] : {std::pair{menteeA, mentorB}, std::pair{menteeB, mentorA}})
        if (const QString why =
                analytics::forbiddenReason(*mentee, *mentor, m_view->behavior, m_view->pairs, m_options.crossTeam);
            !why.isEmpty()) {
            emit status(
                tr("%1 cannot mentor %2: %3.").arg(m_view->agentText(mentor->id), m_view->agentText(mentee->id), why));
            return;
        }
    const auto newA = analytics::describePair(*metric, a.mentee, b.mentor, *menteeA, *mentorB, m_options);
    const auto newB = analytics::describePair(*metric, b.mentee, a.mentor, *menteeB, *mentorA, m_options);
    a = newA;
    b = newB;
    refill();
}

void SuggestionsTab::addPair(const std::string& menteeId, const std::string& mentorId)
{
    if (!m_view)
        return;
    const auto* mentee = m_view->agent(menteeId);
    const auto* mentor = m_view->agent(mentorId);
    if (!mentee || !mentor) {
        emit status(tr("Choose a mentee and a mentor."));
        return;
    }
    if (const QString why =
            analytics::forbiddenReason(*mentee, *mentor, m_view->behavior, m_view->pairs, m_options.crossTeam);
        !why.isEmpty()) {
        emit status(tr("%1 cannot mentor %2: %3.").arg(m_view->agentText(mentorId), m_view->agentText(menteeId), why));
        return;
    }
    for (const auto& p : m_pairs)
        if (p.mentee.agentId == menteeId) {
            emit status(tr("%1 already has a mentor in this list.").arg(m_view->agentText(menteeId)));
            return;
        }
    analytics::SuggestedPair p;
    p.mentee.agentId = menteeId;
    p.mentor.agentId = mentorId;
    p.benefit = std::numeric_limits<double>::quiet_NaN(); // not measured: the lead's own choice
    p.reason = tr("Added by hand");
    m_pairs.push_back(p);
    refill();
}

void SuggestionsTab::confirm()
{
    if (!m_view || m_pairs.empty())
        return;
    std::vector<MentoringPair> out;
    for (const auto& p : m_pairs) {
        MentoringPair m;
        m.menteeId = p.mentee.agentId;
        m.mentorId = p.mentor.agentId;
        m.behavior = m_view->behavior;
        out.push_back(m);
    }
    emit confirmRequested(out);
}

} // namespace fb::ui
