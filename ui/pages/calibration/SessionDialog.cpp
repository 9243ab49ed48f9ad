#include "pages/calibration/SessionDialog.h"

#include "common/DateFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fb::ui::calibration {
namespace {

QString newSeed()
{
    return QString::number(QRandomGenerator::global()->bounded(1u, 1'000'000'000u));
}

} // namespace

Result<CalibrationSession> createRequestedSession(store::Database& db, const SessionRequest& request)
{
    CalibrationSession session = request.session;
    if (request.drawn) {
        session.seed = request.seed; // shown with the session so the draw can be repeated
        auto ids = store::drawSample(db, request.sampleSize, request.seed, request.per);
        if (!ids)
            return ids.error();
        for (auto& id : ids.value())
            session.units.push_back({0, std::move(id), {}});
    }
    return store::createSession(db, std::move(session));
}

SessionDialog::SessionDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("New calibration session"));
    const QDate today = QDate::currentDate();
    m_id = new QLineEdit(QStringLiteral("CAL-%1").arg(today.toString(Qt::ISODate)), this);
    m_id->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9_-]+")), m_id));
    m_date = new QDateEdit(today, this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(format::dateFormat());
    m_facilitator = new QLineEdit(this);
    m_participants = new QPlainTextEdit(this);
    m_participants->setTabChangesFocus(true);
    m_participants->setPlaceholderText(tr("One per line: Name, or Name; initials\nJonas Weber\nAmara Okafor; AO"));
    m_participants->setMinimumHeight(110);
    m_anchor = new QComboBox(this);

    m_drawn = new QRadioButton(tr("&Draw at random"), this);
    m_byHand = new QRadioButton(tr("Choose &by hand"), this);
    m_drawn->setChecked(true);
    m_size = new QSpinBox(this);
    m_size->setRange(1, 200);
    m_size->setValue(10);
    m_size->setSuffix(tr(" interactions"));
    m_per = new QComboBox(this);
    m_per->addItem(tr("from all interactions"), int(SamplePer::Interaction));
    m_per->addItem(tr("one per agent"), int(SamplePer::Agent));
    m_per->addItem(tr("one per queue"), int(SamplePer::Queue));
    m_seed = new QLineEdit(newSeed(), this);
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), m_seed));
    m_seed->setToolTip(tr("The same seed on the same data draws the same interactions, so the draw can be repeated "
                          "and checked."));
    auto* reseed = new QPushButton(tr("New s&eed"), this);
    m_interactions = new QPlainTextEdit(this);
    m_interactions->setTabChangesFocus(true);
    m_interactions->setPlaceholderText(tr("Interaction ids, one per line or separated by commas"));
    m_interactions->setEnabled(false);
    m_interactions->setMinimumHeight(80);

    auto* drawRow = new QHBoxLayout;
    drawRow->addWidget(m_size);
    drawRow->addWidget(m_per);
    drawRow->addWidget(new QLabel(tr("seed"), this));
    drawRow->addWidget(m_seed);
    drawRow->addWidget(reseed);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Session &id:"), m_id);
    form->addRow(tr("D&ate:"), m_date);
    form->addRow(tr("&Facilitator:"), m_facilitator);
    form->addRow(tr("&Participants:"), m_participants);
    form->addRow(tr("A&nchor (expert):"), m_anchor);
    form->addRow(tr("Sample:"), m_drawn);
    form->addRow(QString(), drawRow);
    form->addRow(QString(), m_byHand);
    form->addRow(QString(), m_interactions);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create session"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SessionDialog::reject);
    connect(reseed, &QPushButton::clicked, this, [this] { m_seed->setText(newSeed()); });
    connect(m_participants, &QPlainTextEdit::textChanged, this, &SessionDialog::refreshAnchors);
    connect(m_byHand, &QRadioButton::toggled, this, [this, reseed](bool byHand) {
        m_interactions->setEnabled(byHand);
        m_size->setEnabled(!byHand);
        m_per->setEnabled(!byHand);
        m_seed->setEnabled(!byHand);
        reseed->setEnabled(!byHand);
    });
    refreshAnchors();
}

std::vector<CalibrationParticipant> SessionDialog::participants() const
{
    std::vector<CalibrationParticipant> out;
    for (const QString& line : m_participants->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(QLatin1Char(';'));
        const QString name = parts.value(0).trimmed();
        if (name.isEmpty())
            continue;
        out.push_back({name.toStdString(), parts.value(1).trimmed().toStdString()});
    }
    return out;
}

void SessionDialog::refreshAnchors()
{
    const QString current = m_anchor->currentText();
    m_anchor->clear();
    m_anchor->addItem(tr("No anchor: compare with the median"));
    for (const auto& p : participants())
        m_anchor->addItem(QString::fromStdString(p.name), QString::fromStdString(p.name));
    const int keep = m_anchor->findText(current);
    m_anchor->setCurrentIndex(std::max(keep, 0));
}

SessionRequest SessionDialog::request() const
{
    SessionRequest r;
    r.session.id = m_id->text().trimmed().toStdString();
    r.session.heldOn = m_date->date();
    r.session.facilitator = m_facilitator->text().trimmed().toStdString();
    r.session.participants = participants();
    if (const QString anchor = m_anchor->currentData().toString(); !anchor.isEmpty())
        r.session.anchor = anchor.toStdString();
    r.drawn = m_drawn->isChecked();
    if (r.drawn) {
        r.sampleSize = m_size->value();
        r.seed = m_seed->text().toULongLong();
        r.per = static_cast<SamplePer>(m_per->currentData().toInt());
        r.session.seed = r.seed;
    } else {
        static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
        for (const QString& id : m_interactions->toPlainText().split(separators, Qt::SkipEmptyParts))
            r.session.units.push_back({0, id.toStdString(), {}});
    }
    return r;
}

void SessionDialog::showProblem(const QString& text)
{
    m_problem->setText(QStringLiteral("⚠ ") + text);
    m_problem->setVisible(!text.isEmpty());
}

void SessionDialog::accept()
{
    const SessionRequest r = request();
    if (r.session.id.empty())
        return showProblem(tr("Enter a session id (letters, digits, '-' or '_')."));
    if (r.session.facilitator.empty()) {
        m_facilitator->setFocus();
        return showProblem(tr("Enter the facilitator."));
    }
    if (r.session.participants.size() < 2) {
        m_participants->setFocus();
        return showProblem(tr("Name at least two participants: agreement needs two scorers."));
    }
    if (r.drawn && m_seed->text().isEmpty())
        return showProblem(tr("Enter a seed, or press New seed."));
    if (!r.drawn && r.session.units.empty()) {
        m_interactions->setFocus();
        return showProblem(tr("List the interactions to score."));
    }
    showProblem({});
    QDialog::accept();
}

} // namespace fb::ui::calibration
