#include "pages/recognition/NominateTab.h"

#include "common/DateFormat.h"
#include "common/IsoWeek.h"
#include "common/Text.h"
#include "pages/PageParts.h"
#include "pages/recognition/RecognitionRows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb::ui {
namespace {

// Keeps the chosen item (by its data) across a refill.
void fillAgents(QComboBox* box, const std::vector<analytics::RecognitionAgent>& agents, QDate monday)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    for (const auto& a : agents)
        if (a.onTeamIn(monday))
            box->addItem(QStringLiteral("%1 (%2, %3)").arg(q(a.name), q(a.id), q(a.team)), q(a.id));
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

} // namespace

NominateTab::NominateTab(QWidget* parent) : QWidget(parent)
{
    m_agent = new QComboBox(this);
    m_behavior = new QComboBox(this);
    m_role = new QComboBox(this);
    m_role->addItem(tr("a peer"), QStringLiteral("peer"));
    m_role->addItem(tr("a lead"), QStringLiteral("lead"));
    m_peer = new QComboBox(this);
    m_lead = new QLineEdit(this);
    m_lead->setPlaceholderText(tr("The lead's name"));
    m_lead->setAccessibleName(m_lead->placeholderText()); // beside the role box, without a label of its own
    m_on = new QDateEdit(this);
    m_on->setCalendarPopup(true);
    m_on->setDisplayFormat(format::dateFormat());
    m_interaction = new QLineEdit(this);
    m_interaction->setPlaceholderText(tr("Interaction ID, e.g. C00012345"));
    m_evaluation = new QLineEdit(this);
    m_evaluation->setPlaceholderText(tr("QA evaluation ID, e.g. E0001234"));
    m_evidence = new QLineEdit(this);
    m_evidence->setPlaceholderText(tr("What the agent did, in a sentence"));
    m_outcome = new QLineEdit(this);
    m_outcome->setPlaceholderText(tr("What it led to (optional)"));
    m_private = new QCheckBox(tr("&Private (lead only)"), this);
    m_private->setToolTip(tr("Shown to the lead only, never on the huddle list, its PDF or Markdown."));
    m_check = new QLabel(this);
    m_check->setWordWrap(true);
    m_save = new QPushButton(tr("&Save nomination"), this);
    m_save->setDefault(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    // Two columns of fields over the week's list, so the list gets the page's
    // whole width at 1280x720: who and what on the left, the evidence on the right.
    auto* from = new QHBoxLayout;
    from->addWidget(m_role);
    from->addWidget(m_peer, 1);
    from->addWidget(m_lead, 1);
    auto* givenBy = new QLabel(tr("&Given by:"), this);
    givenBy->setBuddy(m_role);
    auto* who = new QFormLayout;
    who->addRow(tr("&Agent:"), m_agent);
    who->addRow(tr("&Behaviour:"), m_behavior);
    who->addRow(givenBy, from);
    who->addRow(tr("&On:"), m_on);
    auto* what = new QFormLayout;
    what->addRow(tr("&Interaction:"), m_interaction);
    what->addRow(tr("E&valuation:"), m_evaluation);
    what->addRow(tr("&What they did:"), m_evidence);
    what->addRow(tr("O&utcome:"), m_outcome);
    auto* fields = new QHBoxLayout;
    fields->addLayout(who, 1);
    fields->addSpacing(12);
    fields->addLayout(what, 1);
    auto* check = new QHBoxLayout;
    check->addWidget(new QLabel(tr("Cited work:"), this));
    check->addWidget(m_check, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_private);
    buttons->addWidget(m_save);
    buttons->addWidget(m_status, 1);

    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_table = makeResultTable(RecognitionRows::givenHeaders(), tr("Nominations of the week"), this);
    m_table->setAccessibleDescription(
        tr("One row per nomination of the week, private ones included: who, for which behaviour, and the evidence."));
    auto* heading = new QLabel(tr("<b>Nominations of the week</b> (private ones too: this is the lead's list)"), this);
    heading->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addLayout(check);
    layout->addLayout(buttons);
    layout->addWidget(heading);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);

    connect(m_role, &QComboBox::currentIndexChanged, this, &NominateTab::roleChanged);
    connect(m_interaction, &QLineEdit::editingFinished, this, &NominateTab::askEvidence);
    connect(m_evaluation, &QLineEdit::editingFinished, this, &NominateTab::askEvidence);
    connect(m_behavior, &QComboBox::currentIndexChanged, this, &NominateTab::askEvidence);
    connect(m_save, &QPushButton::clicked, this, [this] { emit saveRequested(nomination()); });
    for (QLineEdit* e : {m_interaction, m_evaluation, m_evidence, m_outcome, m_lead})
        connect(e, &QLineEdit::returnPressed, this, [this] { emit saveRequested(nomination()); });
    roleChanged();
}

void NominateTab::roleChanged()
{
    const bool peer = m_role->currentData().toString() == QLatin1String("peer");
    m_peer->setVisible(peer);
    m_lead->setVisible(!peer);
}

void NominateTab::askEvidence()
{
    const Recognition r = nomination();
    if (r.interactionId.empty() && r.evaluationId.empty()) {
        m_check->setText(tr("Cite an interaction or an evaluation to see its outcome here."));
        return;
    }
    emit evidenceRequested(r);
}

void NominateTab::showEvidence(const QString& text)
{
    m_check->setText(text);
}

void NominateTab::present(const RecognitionView& view, QDate today)
{
    const QDate monday = IsoWeek::fromKey(view.week).monday();
    fillAgents(m_agent, view.input.agents, monday);
    fillAgents(m_peer, view.input.agents, monday);
    {
        const QString current = m_behavior->currentText();
        const QSignalBlocker block(m_behavior);
        m_behavior->clear();
        for (const auto& b : view.input.behaviors)
            m_behavior->addItem(q(b.name));
        m_behavior->setCurrentIndex(std::max(0, m_behavior->findText(current)));
    }
    m_on->setDate(today);
    fillResultTable(m_table, RecognitionRows::given(view.given, view.evidence));
    // The sentence and the cited work wrap, so the visibility column stays on screen at 1280x720.
    for (const auto& [column, width] : {std::pair{5, 320}, std::pair{6, 300}})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), width));
    m_table->resizeRowsToContents();
    m_empty->setText(tr("No nominations in %1 yet: the form on the left records the first.")
                         .arg(IsoWeek::fromKey(view.week).toString()));
    m_empty->setVisible(view.given.empty());
    m_table->setVisible(!view.given.empty());
    askEvidence();
}

Recognition NominateTab::nomination() const
{
    Recognition r;
    r.toAgent = m_agent->currentData().toString().toStdString();
    r.behavior = m_behavior->currentText().toStdString();
    r.fromRole = m_role->currentData().toString().toStdString();
    if (r.fromRole == "peer")
        r.fromAgent = m_peer->currentData().toString().toStdString();
    else
        r.fromName = m_lead->text().trimmed().toStdString();
    r.givenOn = m_on->date();
    r.interactionId = m_interaction->text().trimmed().toStdString();
    r.evaluationId = m_evaluation->text().trimmed().toStdString();
    r.evidence = m_evidence->text().trimmed().toStdString();
    r.outcome = m_outcome->text().trimmed().toStdString();
    r.isPublic = !m_private->isChecked();
    return r;
}

void NominateTab::saved(const QString& message)
{
    for (QLineEdit* e : {m_interaction, m_evaluation, m_evidence, m_outcome})
        e->clear();
    m_private->setChecked(false);
    m_status->setText(message);
    m_agent->setFocus();
}

void NominateTab::failed(const QString& message)
{
    m_status->setText(tr("Not saved: %1").arg(message));
}

} // namespace fb::ui
