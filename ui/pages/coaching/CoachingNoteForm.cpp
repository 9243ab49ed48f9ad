#include "pages/coaching/CoachingNoteForm.h"

#include "Settings.h"
#include "Theme.h"
#include "analytics/CalibrationText.h"
#include "background/DatabaseJobs.h"
#include "common/DateFormat.h"
#include "common/Format.h"
#include "common/IsoWeek.h"
#include "store/AgentDirectory.h"
#include "store/CoachingStore.h"
#include "store/DataEnd.h"
#include "store/RecordStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace fb::ui {

namespace {

// True when the metric is a share (CSAT, FCR, ...): the form shows and takes
// it in percent, as the scorecard does, and stores the share (65 % -> 0.65).
bool inPercent(const QString& metricKey)
{
    const auto t = analytics::parseTargetMetric(metricKey.toStdString(), {});
    return t && !t->isAttribute && analytics::metricUnit(t->metric) == analytics::Unit::Proportion;
}

std::optional<double> number(const QLineEdit* e)
{
    QString t = e->text().trimmed();
    if (t.endsWith(u'%')) // "65 %" as the scorecard writes it
        t = t.chopped(1).trimmed();
    if (t.isEmpty())
        return std::nullopt;
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

} // namespace

CoachingNoteForm::CoachingNoteForm(DatabaseJobs& worker, QWidget* parent) : QWidget(parent), m_worker(worker)
{
    m_agent = new QComboBox(this);
    m_agent->setAccessibleName(tr("Agent"));
    m_coach = new QLineEdit(this);
    m_coach->setAccessibleName(tr("Coach"));
    m_coach->setPlaceholderText(tr("Your name"));
    m_coach->setText(Settings::myName()); // File ▸ My Team and Name…
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(format::dateFormat());
    m_date->setAccessibleName(tr("Coaching date"));
    m_attribute = new QComboBox(this);
    m_attribute->setAccessibleName(tr("Quality attribute"));
    m_metric = new QComboBox(this);
    m_metric->setAccessibleName(tr("Target metric"));
    m_baseline = new QLineEdit(this);
    m_baseline->setAccessibleName(tr("Baseline"));
    m_baselineInfo = new QLabel(this);
    m_baselineInfo->setForegroundRole(QPalette::PlaceholderText);
    m_baselineInfo->setWordWrap(true);
    m_baselineInfo->hide(); // shown with a text only: an empty line left a gap under Baseline
    m_target = new QLineEdit(this);
    m_target->setAccessibleName(tr("Target value"));
    m_followUp = new QDateEdit(QDate::currentDate().addDays(21), this);
    m_followUp->setCalendarPopup(true);
    m_followUp->setDisplayFormat(format::dateFormat());
    m_followUp->setAccessibleName(tr("Follow-up date"));
    m_stage = new QComboBox(this);
    m_stage->setAccessibleName(tr("Stage"));
    m_stage->addItem(tr("— choose —"), QString());
    for (const auto& s : analytics::coachingStages())
        m_stage->addItem(analytics::stageLabel(s), QString::fromStdString(s));
    m_commitment = new QPlainTextEdit(this);
    m_commitment->setTabChangesFocus(true);
    m_commitment->setAccessibleName(tr("The agent's commitment"));
    m_commitment->setPlaceholderText(tr("In the agent's own words, e.g. \"I will read back the next step before "
                                        "closing every chat\""));
    m_commitment->setFixedHeight(m_commitment->fontMetrics().lineSpacing() * 4);
    m_minutes = new QLineEdit(this);
    m_minutes->setAccessibleName(tr("Minutes spent"));
    m_minutes->setPlaceholderText(tr("e.g. 30"));
    m_save = new QPushButton(tr("Save note"), this);
    m_save->setAutoDefault(true);
    m_save->setToolTip(tr("Enter on this button, or Ctrl+S anywhere in the form"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Agent *"), m_agent);
    form->addRow(tr("&Coach *"), m_coach);
    m_dateNote = new QLabel(this);
    m_dateNote->setForegroundRole(QPalette::PlaceholderText);
    auto* dateHolder = new QWidget(this);
    auto* dateRow = new QHBoxLayout(dateHolder);
    dateRow->setContentsMargins(0, 0, 0, 0);
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_dateNote, 1);
    form->addRow(tr("&Date *"), dateHolder);
    form->addRow(tr("Quality &attribute *"), m_attribute);
    form->addRow(tr("Target &metric *"), m_metric);
    auto* baseHolder = new QWidget(this);
    auto* baseRow = new QVBoxLayout(baseHolder);
    baseRow->setContentsMargins(0, 0, 0, 0);
    baseRow->addWidget(m_baseline);
    baseRow->addWidget(m_baselineInfo);
    baseHolder->setFocusProxy(m_baseline);
    // Rows of two widgets keep their height on a tall screen (the spare height
    // went into them and opened gaps above the date and the baseline).
    for (QWidget* holder : {dateHolder, baseHolder})
        holder->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    form->addRow(tr("&Baseline *"), baseHolder);
    form->addRow(tr("&Target value *"), m_target);
    form->addRow(tr("&Follow-up on *"), m_followUp);
    form->addRow(tr("&Stage *"), m_stage);
    form->addRow(tr("Co&mmitment *"), m_commitment);
    form->addRow(tr("M&inutes spent *"), m_minutes);
    auto* buttons = new QHBoxLayout;
    auto* required = new QLabel(tr("* required"), this);
    required->setForegroundRole(QPalette::PlaceholderText);
    buttons->addWidget(required);
    buttons->addStretch();
    buttons->addWidget(m_save);
    for (QComboBox* c : {m_agent, m_attribute, m_metric, m_stage}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        c->setMinimumContentsLength(24);
    }
    setMaximumWidth(820); // a form reads down one column, not across a wide window
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addStretch();

    QWidget::setTabOrder(m_agent, m_coach);
    QWidget::setTabOrder(m_coach, m_date);
    QWidget::setTabOrder(m_date, m_attribute);
    QWidget::setTabOrder(m_attribute, m_metric);
    QWidget::setTabOrder(m_metric, m_baseline);
    QWidget::setTabOrder(m_baseline, m_target);
    QWidget::setTabOrder(m_target, m_followUp);
    QWidget::setTabOrder(m_followUp, m_stage);
    QWidget::setTabOrder(m_stage, m_commitment);
    QWidget::setTabOrder(m_commitment, m_minutes);
    QWidget::setTabOrder(m_minutes, m_save);

    connect(m_save, &QPushButton::clicked, this, &CoachingNoteForm::save);
    auto* shortcut = new QShortcut(QKeySequence::Save, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &CoachingNoteForm::save);
    for (QLineEdit* e : {m_coach, m_baseline, m_target, m_minutes})
        connect(e, &QLineEdit::returnPressed, this, &CoachingNoteForm::save);
    connect(m_baseline, &QLineEdit::textEdited, this, [this] { m_baselineTyped = !m_baseline->text().isEmpty(); });
    connect(m_agent, &QComboBox::currentIndexChanged, this, &CoachingNoteForm::prefillBaseline);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &CoachingNoteForm::prefillBaseline);
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate d) {
        if (m_followUp->date() <= d)
            m_followUp->setDate(d.addDays(21));
        prefillBaseline();
    });
}

void CoachingNoteForm::setDataEnd(QDate dataEnd)
{
    const QString note = dataEndNote(dataEnd);
    m_dateNote->setText(note);
    if (!note.isEmpty() && m_date->date() == QDate::currentDate()) { // not changed by hand
        const QDate day = workingDay(dataEnd);
        m_date->setDate(day);
        m_followUp->setDate(day.addDays(21));
    }
}

void CoachingNoteForm::setDirectory(const AgentDirectory& directory, const std::vector<std::string>& attributes)
{
    const QSignalBlocker b1(m_agent), b2(m_metric);
    m_agent->clear();
    m_agent->addItem(tr("— choose an agent —"), QString());
    for (const auto& a : directory.agents)
        m_agent->addItem(QStringLiteral("%1 — %2 (%3)").arg(a.id, a.name, a.team), a.id);
    m_attribute->clear();
    m_attribute->addItem(tr("— choose —"), QString());
    m_metric->clear();
    m_metric->addItem(tr("— choose —"), QString());
    for (const auto& m : analytics::targetableMetrics()) {
        const analytics::TargetMetric t{false, m, {}};
        m_metric->addItem(QStringLiteral("%1 (%2)").arg(t.label(), t.unitText()), QString::fromStdString(t.key()));
    }
    for (const auto& a : attributes) {
        const QString name = QString::fromStdString(a);
        m_attribute->addItem(analytics::attributeLabel(a), name); // the key stays the item's data
        m_metric->addItem(tr("%1 (rubric attribute, score 0-4)").arg(analytics::attributeLabel(a)), name);
    }
}

analytics::CoachingNote CoachingNoteForm::note() const
{
    analytics::CoachingNote n;
    n.agentId = m_agent->currentData().toString().toStdString();
    n.coach = m_coach->text().trimmed().toStdString();
    n.coachedOn = m_date->date();
    n.attribute = m_attribute->currentData().toString().toStdString();
    n.targetMetric = m_metric->currentData().toString().toStdString();
    n.baseline = number(m_baseline);
    n.target = number(m_target);
    if (inPercent(m_metric->currentData().toString())) {
        if (n.baseline)
            *n.baseline /= 100.0;
        if (n.target)
            *n.target /= 100.0;
    }
    n.followUpOn = m_followUp->date();
    n.stage = m_stage->currentData().toString().toStdString();
    n.commitment = m_commitment->toPlainText().trimmed().toStdString();
    n.minutes = number(m_minutes);
    return n;
}

void CoachingNoteForm::setNote(const analytics::CoachingNote& n)
{
    // The stored baseline is what the note says; no prefill may replace it.
    m_baselineTyped = true;
    const QSignalBlocker b1(m_agent), b2(m_metric), b3(m_date);
    auto choose = [](QComboBox* box, const std::string& key) {
        const QString k = QString::fromStdString(key);
        if (box->findData(k) < 0) // a value the lists no longer offer still shows
            box->addItem(k, k);
        box->setCurrentIndex(box->findData(k));
    };
    choose(m_agent, n.agentId);
    m_coach->setText(QString::fromStdString(n.coach));
    m_date->setDate(n.coachedOn);
    choose(m_attribute, n.attribute);
    choose(m_metric, n.targetMetric);
    const bool percent = inPercent(QString::fromStdString(n.targetMetric));
    // Full precision, so saving an unchanged form stores the same number.
    auto text = [percent](const std::optional<double>& v) {
        if (!v)
            return QString();
        return percent ? QString::number(*v * 100.0, 'g', 12) + QStringLiteral(" %") : QString::number(*v, 'g', 12);
    };
    m_baseline->setText(text(n.baseline));
    m_baselineInfo->clear();
    m_target->setText(text(n.target));
    m_followUp->setDate(n.followUpOn);
    choose(m_stage, n.stage);
    m_commitment->setPlainText(QString::fromStdString(n.commitment));
    m_minutes->setText(n.minutes ? QString::number(*n.minutes, 'g', 12) : QString());
    m_message->hide();
}

void CoachingNoteForm::setReadOnly(bool readOnly)
{
    for (QComboBox* c : {m_agent, m_attribute, m_metric, m_stage})
        c->setEnabled(!readOnly);
    for (QLineEdit* e : {m_coach, m_baseline, m_target, m_minutes})
        e->setReadOnly(readOnly);
    m_date->setReadOnly(readOnly);
    m_followUp->setReadOnly(readOnly);
    m_commitment->setReadOnly(readOnly);
    m_save->setVisible(!readOnly);
}

void CoachingNoteForm::setEditing(const QString& id)
{
    m_editing = id;
    m_save->setText(id.isEmpty() ? tr("Save note") : tr("Save changes"));
}

QString CoachingNoteForm::message() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

void CoachingNoteForm::showMessage(const QString& text, bool error)
{
    // Colour and a text prefix, so the state reads without colour too.
    m_message->setText(error ? tr("⚠ %1").arg(text) : tr("✓ %1").arg(text));
    m_message->setStyleSheet(theme::messageStyleSheet(error, palette()));
    m_message->show();
}

void CoachingNoteForm::prefillBaseline()
{
    const std::string agent = m_agent->currentData().toString().toStdString();
    const std::string metric = m_metric->currentData().toString().toStdString();
    if (agent.empty() || metric.empty()) {
        showBaselineInfo({});
        return;
    }
    const QDate date = m_date->date();
    const int serial = ++m_prefillSerial;
    showBaselineInfo(tr("Reading the 4 weeks before…"));
    struct Prefill {
        analytics::TargetValue value;
        analytics::NoteWindows windows;
        qint64 minN = 1;
    };
    m_worker.run(
        this,
        [agent, metric, date](store::Database& db) -> Result<Prefill> {
            auto attrs = store::rubricAttributeNames(db);
            if (!attrs)
                return attrs.error();
            const auto target = analytics::parseTargetMetric(metric, attrs.value());
            if (!target)
                return Error::plain(QStringLiteral("unknown metric"));
            Prefill p;
            p.windows = analytics::noteWindows(date);
            auto data = store::loadCoachingData(db, p.windows.baselineFrom, p.windows.baselineTo);
            if (!data)
                return data.error();
            p.value = analytics::baselineFor(*target, data.value()[agent], date);
            p.minN = analytics::targetMinN(*target);
            return p;
        },
        [this, serial](Result<Prefill> r) {
            if (serial != m_prefillSerial)
                return;
            if (!r) {
                showBaselineInfo(tr("Could not read the baseline: %1").arg(r.error().toString()));
                return;
            }
            const auto& p = r.value();
            const QString weeks = tr("%1 to %2")
                                      .arg(IsoWeek::fromKey(p.windows.baselineFrom).toString(),
                                           IsoWeek::fromKey(p.windows.baselineTo).toString());
            if (!p.value.value) {
                showBaselineInfo(tr("No data for this agent in %1: enter the baseline yourself.").arg(weeks));
            } else {
                if (!m_baselineTyped)
                    m_baseline->setText(inPercent(m_metric->currentData().toString())
                                            ? format::percent(*p.value.value, 1)
                                            : format::compact(*p.value.value, 2, format::file()));
                showBaselineInfo(p.value.enough ? tr("From %1, n = %2 (editable).").arg(weeks).arg(p.value.n)
                                                : tr("From %1, n = %2 — small sample (fewer than %3), check "
                                                     "it (editable).")
                                                      .arg(weeks)
                                                      .arg(p.value.n)
                                                      .arg(p.minN));
            }
            emit baselineReady();
        });
}

void CoachingNoteForm::save()
{
    analytics::CoachingNote n = note();
    if (auto v = analytics::validateNote(n); !v) {
        showMessage(v.error().toString(), true);
        return;
    }
    m_save->setEnabled(false);
    if (!m_editing.isEmpty()) {
        n.noteId = m_editing.toStdString();
        const std::string by = Settings::myName().toStdString();
        m_worker.run(
            this, [n, by](store::Database& db) { return store::updateCoachingNote(db, n, by); },
            [this](Status st) {
                m_save->setEnabled(true);
                if (!st) {
                    showMessage(st.error().toString(), true);
                    return;
                }
                showMessage(tr("Note %1 changed; the earlier version is kept in its history.").arg(m_editing), false);
                emit saved(m_editing);
            });
        return;
    }
    m_worker.run(
        this, [n](store::Database& db) { return store::saveCoachingNote(db, n); },
        [this](Result<std::string> r) {
            m_save->setEnabled(true);
            if (!r) {
                showMessage(r.error().toString(), true);
                return;
            }
            const QString id = QString::fromStdString(r.value());
            showMessage(tr("Note %1 saved. Its follow-up is in the queue.").arg(id), false);
            clearForNext();
            emit saved(id);
        });
}

void CoachingNoteForm::clearForNext()
{
    // Keep coach, date and stage (a lead logs several notes in a row); clear the rest.
    m_agent->setCurrentIndex(0);
    m_attribute->setCurrentIndex(0);
    m_metric->setCurrentIndex(0);
    m_baseline->clear();
    m_baselineTyped = false;
    showBaselineInfo({});
    m_target->clear();
    m_commitment->clear();
    m_minutes->clear();
    m_agent->setFocus();
}

void CoachingNoteForm::showBaselineInfo(const QString& text)
{
    m_baselineInfo->setText(text);
    m_baselineInfo->setVisible(!text.isEmpty());
}

} // namespace fb::ui
