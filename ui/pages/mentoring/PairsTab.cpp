#include "pages/mentoring/PairsTab.h"

#include "common/DateFormat.h"
#include "domain/ChoiceLabels.h"
#include "pages/PageParts.h"
#include "pages/mentoring/MentoringRows.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb::ui {
namespace {

QDateEdit* dateEdit(QDate date, QWidget* parent)
{
    auto* d = new QDateEdit(date, parent);
    d->setCalendarPopup(true);
    d->setDisplayFormat(format::dateFormat());
    return d;
}

} // namespace

PairsTab::PairsTab(QDate today, QWidget* parent) : QWidget(parent)
{
    auto* l = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    auto* chart = new QPushButton(tr("Show pair c&hart"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(chart);
    l->addLayout(top);
    m_empty = new QLabel(MentoringRows::pairsEmpty(), this);
    m_empty->setWordWrap(true);
    m_empty->hide();
    l->addWidget(m_empty);
    m_table = makeResultTable({tr("Pair"), tr("Mentee"), tr("Mentor"), tr("Behaviour"), tr("Started"),
                               tr("Planned end"), tr("Sessions"), tr("Minutes")},
                              tr("Active pairs"), this);
    m_table->setAccessibleDescription(
        tr("One row per active mentoring pair: the behaviour, the dates and the sessions so far."));
    l->addWidget(m_table, 1);

    auto* session = new QGroupBox(tr("Log a session of the selected pair"), this);
    auto* sl = new QGridLayout(session);
    m_sessionDate = dateEdit(today, session);
    m_minutes = new QSpinBox(session);
    m_minutes->setRange(1, 1440);
    m_minutes->setValue(30);
    m_minutes->setSuffix(tr(" min"));
    m_practised = new QLineEdit(session);
    m_practised->setPlaceholderText(tr("what was practised"));
    m_next = new QLineEdit(session);
    m_next->setPlaceholderText(tr("the next step"));
    const auto field = [](QGridLayout* grid, int row, int col, const QString& text, QWidget* w) {
        auto* label = new QLabel(text, w->parentWidget());
        label->setBuddy(w);
        w->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        grid->addWidget(label, row, col);
        grid->addWidget(w, row, col + 1);
    };
    field(sl, 0, 0, tr("&Date:"), m_sessionDate);
    field(sl, 0, 2, tr("M&inutes:"), m_minutes);
    field(sl, 1, 0, tr("&Practised:"), m_practised);
    field(sl, 1, 2, tr("&Next step:"), m_next);
    sl->setColumnStretch(1, 1);
    sl->setColumnStretch(3, 1);
    auto* log = new QPushButton(tr("&Log session"), session);
    sl->addWidget(log, 0, 4);

    auto* end = new QGroupBox(tr("End the selected pair"), this);
    auto* el = new QHBoxLayout(end);
    m_endDate = dateEdit(today, end);
    m_outcome = new QComboBox(end);
    for (const char* outcome : {"met", "not_met", "stopped"})
        m_outcome->addItem(choiceLabel("outcome", std::string(outcome)), QString::fromLatin1(outcome));
    auto* endDateLabel = new QLabel(tr("E&nded on:"), end);
    endDateLabel->setBuddy(m_endDate);
    m_endDate->setAccessibleName(tr("Ended on"));
    auto* outcomeLabel = new QLabel(tr("&Outcome:"), end);
    outcomeLabel->setBuddy(m_outcome);
    m_outcome->setAccessibleName(tr("Outcome"));
    auto* endButton = new QPushButton(tr("&End pair"), end);
    el->addWidget(endDateLabel);
    el->addWidget(m_endDate);
    el->addWidget(outcomeLabel);
    el->addWidget(m_outcome);
    el->addStretch(1);
    el->addWidget(endButton);

    // The two forms stacked: side by side they need more than a 1280 x 720
    // laptop at 125 % offers (tst_screenfit).
    auto* forms = new QVBoxLayout;
    forms->addWidget(session, 3);
    forms->addWidget(end, 2);
    l->addLayout(forms);
    connect(log, &QPushButton::clicked, this, &PairsTab::logSession);
    connect(endButton, &QPushButton::clicked, this, &PairsTab::endPair);
    connect(chart, &QPushButton::clicked, this, &PairsTab::showChart);
    connect(m_table, &QTableWidget::cellActivated, this, &PairsTab::showChart); // Enter or a double click
}

void PairsTab::present(const MentoringView& v)
{
    const std::string selected = selectedPair();
    fillResultTable(m_table, MentoringRows::activePairs(v), {6, 7});
    m_ids = MentoringRows::activePairIds(v);
    m_summary->setText(MentoringRows::pairsSummary(v));
    m_empty->setVisible(m_ids.empty());
    m_table->setVisible(!m_ids.empty());
    const auto it = std::find(m_ids.begin(), m_ids.end(), selected);
    m_table->selectRow(it == m_ids.end() ? 0 : int(it - m_ids.begin()));
}

void PairsTab::setToday(QDate today)
{
    m_sessionDate->setDate(today);
    m_endDate->setDate(today);
}

QString PairsTab::emptyText() const
{
    return m_empty->isVisibleTo(this) ? m_empty->text() : QString();
}

QString PairsTab::summaryText() const
{
    return m_summary->text();
}

std::string PairsTab::selectedPair() const
{
    const int row = m_table->currentRow();
    return row >= 0 && size_t(row) < m_ids.size() ? m_ids[size_t(row)] : std::string();
}

void PairsTab::logSession()
{
    const std::string pair = selectedPair();
    if (pair.empty()) {
        emit status(tr("Select the pair the session belongs to."));
        return;
    }
    MentoringSession s;
    s.pairId = pair;
    s.heldOn = m_sessionDate->date();
    s.minutes = m_minutes->value();
    s.practised = m_practised->text().trimmed().toStdString();
    s.nextStep = m_next->text().trimmed().toStdString();
    emit logRequested(s);
}

void PairsTab::sessionSaved()
{
    m_practised->clear();
    m_next->clear();
}

void PairsTab::endPair()
{
    const std::string pair = selectedPair();
    if (pair.empty()) {
        emit status(tr("Select the pair to end."));
        return;
    }
    emit endRequested(pair, m_endDate->date(), m_outcome->currentData().toString().toStdString());
}

void PairsTab::showChart()
{
    const std::string pair = selectedPair();
    if (pair.empty()) {
        emit status(tr("Select the pair to chart."));
        return;
    }
    emit chartRequested(pair);
}

} // namespace fb::ui
