#include "pages/quality/EvaluationForm.h"

#include "Settings.h"
#include "Theme.h"
#include "analytics/CalibrationText.h"
#include "analytics/ScorecardStats.h"
#include "background/DatabaseJobs.h"
#include "common/DateFormat.h"
#include "common/Format.h"
#include "store/AgentDirectory.h"
#include "store/QaStore.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace fb::ui {

EvaluationForm::EvaluationForm(DatabaseJobs& worker, QWidget* parent) : QWidget(parent), m_worker(worker)
{
    m_agent = new QComboBox(this);
    m_agent->setAccessibleName(tr("Agent"));
    m_interaction = new QLineEdit(this);
    m_interaction->setAccessibleName(tr("Interaction id"));
    m_interaction->setPlaceholderText(tr("e.g. C00000001 — its facts appear on the right"));
    m_evaluator = new QLineEdit(this);
    m_evaluator->setAccessibleName(tr("Evaluator"));
    m_evaluator->setText(Settings::myName()); // File ▸ My Team and Name…
    m_when = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_when->setDisplayFormat(format::dateTimeFormat());
    m_when->setCalendarPopup(true);
    m_when->setAccessibleName(tr("Evaluated at"));
    m_gridHost = new QWidget(this);
    m_grid = new QGridLayout(m_gridHost);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_comment = new QLineEdit(this);
    m_comment->setAccessibleName(tr("Overall comment"));
    m_total = new QLabel(this);
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_total->setFont(big);
    m_facts = new QLabel(tr("Enter an interaction id to see its facts."), this);
    m_facts->setWordWrap(true);
    m_facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_facts->setTextFormat(Qt::RichText);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    m_save = new QPushButton(tr("Save evaluation"), this);
    m_save->setAutoDefault(true);
    m_save->setToolTip(tr("Enter on this button, or Ctrl+S anywhere in the form"));

    auto* head = new QFormLayout;
    head->addRow(tr("&Agent *"), m_agent);
    head->addRow(tr("&Interaction"), m_interaction);
    head->addRow(tr("E&valuator *"), m_evaluator);
    head->addRow(tr("&When *"), m_when);
    auto* left = new QVBoxLayout;
    left->addLayout(head);
    left->addWidget(m_gridHost);
    auto* commentRow = new QFormLayout;
    commentRow->addRow(tr("O&verall comment"), m_comment);
    left->addLayout(commentRow);
    left->addWidget(m_message);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_total);
    bottom->addStretch();
    bottom->addWidget(m_save);
    left->addLayout(bottom);
    left->addStretch();
    auto* factsBox = new QGroupBox(tr("The interaction"), this);
    auto* fl = new QVBoxLayout(factsBox);
    fl->addWidget(m_facts);
    fl->addStretch();
    factsBox->setMinimumWidth(240);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addWidget(factsBox, 1);

    connect(m_interaction, &QLineEdit::editingFinished, this, &EvaluationForm::loadFacts);
    connect(m_save, &QPushButton::clicked, this, &EvaluationForm::save);
    auto* shortcut = new QShortcut(QKeySequence::Save, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &EvaluationForm::save);
    updateTotal();
}

void EvaluationForm::setDirectory(const AgentDirectory& directory)
{
    m_agent->clear();
    m_agent->addItem(tr("— choose an agent —"), QString());
    for (const auto& a : directory.agents)
        m_agent->addItem(QStringLiteral("%1 — %2 (%3)").arg(a.id, a.name, a.team), a.id);
}

void EvaluationForm::setRubric(const store::FullRubric& rubric)
{
    m_rubric = rubric;
    m_rows.clear();
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_grid->addWidget(new QLabel(tr("<b>Attribute</b> (weight)"), m_gridHost), 0, 0);
    m_grid->addWidget(new QLabel(tr("<b>Score</b>"), m_gridHost), 0, 1);
    m_grid->addWidget(new QLabel(tr("<b>What the level means</b>"), m_gridHost), 0, 2);
    m_grid->addWidget(new QLabel(tr("<b>Comment</b>"), m_gridHost), 0, 3);
    QWidget* previous = m_when;
    for (size_t i = 0; i < rubric.attributes.size(); ++i) {
        const auto& a = rubric.attributes[i];
        const QString name = QString::fromStdString(a.name);
        auto* label = new QLabel(QStringLiteral("%1 (%2)%3")
                                     .arg(analytics::attributeLabel(a.name))
                                     .arg(a.weight)
                                     .arg(a.critical ? tr(" — critical: 0 makes the total 0") : QString()),
                                 m_gridHost);
        label->setToolTip(QString::fromStdString(a.description));
        Row row;
        row.score = new QComboBox(m_gridHost);
        row.score->setAccessibleName(tr("Score of %1").arg(name));
        row.score->addItem(tr("—"), QVariant()); // not scored yet
        if (a.yesNo) {
            row.score->addItem(tr("0 — no"), 0);
            row.score->addItem(tr("1 — yes"), 1);
        } else {
            for (int s = 0; s <= 4; ++s)
                row.score->addItem(QString::number(s), s);
        }
        if (a.naAllowed)
            row.score->addItem(tr("NA"), -1);
        label->setBuddy(row.score);
        row.anchor = new QLabel(m_gridHost);
        row.anchor->setWordWrap(true);
        row.anchor->setForegroundRole(QPalette::PlaceholderText);
        row.anchor->setMinimumWidth(220);
        row.comment = new QLineEdit(m_gridHost);
        row.comment->setAccessibleName(tr("Comment on %1").arg(name));
        row.comment->setPlaceholderText(tr("optional"));
        const int r = int(i) + 1;
        m_grid->addWidget(label, r, 0);
        m_grid->addWidget(row.score, r, 1);
        m_grid->addWidget(row.anchor, r, 2);
        m_grid->addWidget(row.comment, r, 3);
        QWidget::setTabOrder(previous, row.score);
        QWidget::setTabOrder(row.score, row.comment);
        previous = row.comment;
        connect(row.score, &QComboBox::currentIndexChanged, this, [this, i] {
            updateAnchor(i);
            updateTotal();
        });
        connect(row.comment, &QLineEdit::returnPressed, this, &EvaluationForm::save);
        m_rows.push_back(row);
    }
    m_grid->setColumnStretch(2, 2);
    m_grid->setColumnStretch(3, 2);
    QWidget::setTabOrder(m_agent, m_interaction);
    QWidget::setTabOrder(m_interaction, m_evaluator);
    QWidget::setTabOrder(m_evaluator, m_when);
    QWidget::setTabOrder(previous, m_comment);
    QWidget::setTabOrder(m_comment, m_save);
    updateTotal();
}

void EvaluationForm::setEvaluation(const store::Evaluation& ev)
{
    const QString agent = QString::fromStdString(ev.agentId);
    if (m_agent->findData(agent) < 0) // an agent no longer in the directory still shows
        m_agent->addItem(agent, agent);
    m_agent->setCurrentIndex(m_agent->findData(agent));
    m_interaction->setText(QString::fromStdString(ev.interactionId));
    m_evaluator->setText(QString::fromStdString(ev.evaluator));
    m_when->setDateTime(QDateTime::fromString(ev.evaluatedAt.left(19), Qt::ISODate));
    m_storedWhen = ev.evaluatedAt;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const auto& name = m_rubric.attributes[i].name;
        const auto s = std::find_if(ev.scores.begin(), ev.scores.end(), [&](const auto& p) { return p.first == name; });
        int index = 0; // not scored
        if (s != ev.scores.end())
            index = m_rows[i].score->findData(s->second ? *s->second : -1);
        m_rows[i].score->setCurrentIndex(std::max(index, 0));
        const auto c = ev.comments.find(name);
        m_rows[i].comment->setText(c == ev.comments.end() ? QString() : QString::fromStdString(c->second));
    }
    m_comment->setText(QString::fromStdString(ev.comment));
    m_message->hide();
    loadFacts();
}

void EvaluationForm::setReadOnly(bool readOnly)
{
    m_agent->setEnabled(!readOnly);
    m_interaction->setReadOnly(readOnly);
    m_evaluator->setReadOnly(readOnly);
    m_when->setReadOnly(readOnly);
    m_comment->setReadOnly(readOnly);
    for (auto& row : m_rows) {
        row.score->setEnabled(!readOnly);
        row.comment->setReadOnly(readOnly);
    }
    m_save->setVisible(!readOnly);
}

void EvaluationForm::setEditing(const QString& id)
{
    m_editing = id;
    m_save->setText(id.isEmpty() ? tr("Save evaluation") : tr("Save changes"));
}

void EvaluationForm::startFor(const QString& interactionId)
{
    setEditing(QString());
    for (auto& row : m_rows) {
        row.score->setCurrentIndex(0);
        row.comment->clear();
    }
    m_comment->clear();
    m_agent->setCurrentIndex(0); // follows from the interaction's facts
    m_interaction->setText(interactionId);
    m_message->hide();
    loadFacts();
    if (!m_rows.empty())
        m_rows.front().score->setFocus();
}

void EvaluationForm::updateAnchor(size_t i)
{
    const auto& a = m_rubric.attributes[i];
    const QVariant v = m_rows[i].score->currentData();
    QString text;
    if (v.isValid() && v.toInt() >= 0) {
        const auto it = m_rubric.anchors.find(a.name);
        if (it != m_rubric.anchors.end() && size_t(v.toInt()) < it->second.size())
            text = QString::fromStdString(it->second[size_t(v.toInt())]);
    } else if (v.isValid()) {
        text = tr("Not applicable to this interaction");
    }
    m_rows[i].anchor->setText(text);
}

void EvaluationForm::updateTotal()
{
    std::vector<analytics::AttributeScore> scores;
    int unscored = 0;
    bool criticalZero = false;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const QVariant v = m_rows[i].score->currentData();
        if (!v.isValid()) {
            ++unscored;
            continue;
        }
        const int s = v.toInt();
        scores.emplace_back(m_rubric.attributes[i].name, s < 0 ? std::nullopt : std::optional<int>(s));
        if (s == 0 && m_rubric.attributes[i].critical)
            criticalZero = true;
    }
    const auto total = analytics::qaTotal(m_rubric.attributes, scores);
    QString text = total ? tr("Total %1 / 100").arg(format::number(*total, 1)) : tr("Total — / 100");
    if (criticalZero)
        text += tr("  (critical attribute at 0)");
    else if (unscored > 0)
        text += tr("  (still to score: %1)").arg(unscored);
    m_total->setText(text);
}

QString EvaluationForm::totalText() const
{
    return m_total->text();
}

QString EvaluationForm::message() const
{
    return m_message->text();
}

void EvaluationForm::showMessage(const QString& text, bool error)
{
    m_message->setText(error ? tr("⚠ %1").arg(text) : tr("✓ %1").arg(text));
    m_message->setStyleSheet(theme::messageStyleSheet(error, palette()));
    m_message->show();
}

void EvaluationForm::loadFacts()
{
    const std::string id = m_interaction->text().trimmed().toStdString();
    if (id.empty()) {
        m_facts->setText(tr("Enter an interaction id to see its facts."));
        return;
    }
    m_worker.run(
        this, [id](store::Database& db) { return store::interactionFacts(db, id); },
        [this](Result<std::optional<store::InteractionFacts>> r) {
            if (!r) {
                m_facts->setText(r.error().toString().toHtmlEscaped());
                return;
            }
            if (!r.value()) {
                m_facts->setText(tr("No interaction with this id in the database; the evaluation can still be "
                                    "saved."));
                emit factsShown();
                return;
            }
            const auto& f = *r.value();
            auto yn = [this](const std::optional<qint64>& v) {
                return v ? (*v ? tr("yes") : tr("no")) : tr("unknown");
            };
            const QString agentId = QString::fromStdString(f.agentId);
            m_facts->setText(
                tr("<table cellspacing=4>"
                   "<tr><td>Agent</td><td><b>%1</b></td></tr><tr><td>Started</td><td>%2</td></tr>"
                   "<tr><td>Channel / queue</td><td>%3 / %4</td></tr><tr><td>Handle time</td><td>%5</td></tr>"
                   "<tr><td>Resolved first contact</td><td>%6</td></tr><tr><td>Repeat contact</td><td>%7</td></tr>"
                   "<tr><td>Escalated</td><td>%8</td></tr><tr><td>Defects</td><td>%9</td></tr>"
                   "<tr><td>CSAT</td><td>%10</td></tr><tr><td>Reason</td><td>%11</td></tr></table>")
                    .arg(agentId.toHtmlEscaped(), f.startedAt.toHtmlEscaped(), f.channel.toHtmlEscaped(),
                         f.queue.toHtmlEscaped(),
                         f.handleSeconds
                             ? tr("%1 min %2 s").arg(int(*f.handleSeconds) / 60).arg(int(*f.handleSeconds) % 60)
                             : tr("unknown"),
                         yn(f.resolvedFirstContact), yn(f.repeatContact), yn(f.escalated),
                         f.defects ? QString::number(*f.defects) : tr("unknown"))
                    .arg(f.csat ? tr("%1 of 5").arg(*f.csat) : tr("not surveyed"), f.contactReason.toHtmlEscaped()));
            // The agent follows from the interaction when none was chosen.
            if (m_agent->currentData().toString().isEmpty()) {
                const int i = m_agent->findData(agentId);
                if (i >= 0)
                    m_agent->setCurrentIndex(i);
            }
            emit factsShown();
        });
}

void EvaluationForm::save()
{
    store::Evaluation ev;
    ev.agentId = m_agent->currentData().toString().toStdString();
    ev.evaluator = m_evaluator->text().trimmed().toStdString();
    ev.evaluatedAt = m_when->dateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    ev.interactionId = m_interaction->text().trimmed().toStdString();
    ev.rubricVersion = m_rubric.version;
    ev.comment = m_comment->text().trimmed().toStdString();
    QStringList missing;
    if (ev.agentId.empty())
        missing << tr("agent");
    if (ev.evaluator.empty())
        missing << tr("evaluator");
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const QVariant v = m_rows[i].score->currentData();
        const QString name = QString::fromStdString(m_rubric.attributes[i].name);
        if (!v.isValid()) {
            missing << tr("score of %1").arg(name);
            continue;
        }
        ev.scores.emplace_back(m_rubric.attributes[i].name,
                               v.toInt() < 0 ? std::nullopt : std::optional<int>(v.toInt()));
        if (!m_rows[i].comment->text().trimmed().isEmpty())
            ev.comments[m_rubric.attributes[i].name] = m_rows[i].comment->text().trimmed().toStdString();
    }
    if (!missing.isEmpty()) {
        showMessage(tr("This evaluation cannot be saved. Missing: %1.").arg(missing.join(QStringLiteral(", "))), true);
        return;
    }
    // A stray digit in the date must not file the evaluation months away from its contact.
    const QDateTime when = m_when->dateTime();
    if (when > QDateTime::currentDateTime()) {
        showMessage(tr("The date in When (%1) is in the future. An evaluation is dated when it is written: today "
                       "at the latest.")
                        .arg(m_when->text()),
                    true);
        m_when->setFocus();
        return;
    }
    m_save->setEnabled(false);
    const QString whenText = m_when->text();
    const QString editing = m_editing;
    if (!editing.isEmpty()) {
        ev.evaluationId = editing.toStdString();
        // The form shows minutes: an unchanged time keeps its stored seconds.
        if (ev.evaluatedAt.left(16) == m_storedWhen.left(16))
            ev.evaluatedAt = m_storedWhen;
    }
    const std::string by = Settings::myName().toStdString();
    m_worker.run(
        this,
        [ev, when, whenText, by](store::Database& db) -> Result<std::string> {
            if (!ev.interactionId.empty()) {
                // Checked here, not against the facts on screen, which may still be loading.
                auto facts = store::interactionFacts(db, ev.interactionId);
                if (!facts)
                    return facts.error();
                if (facts.value()) {
                    QDateTime started = QDateTime::fromString(facts.value()->startedAt.left(16), Qt::ISODate);
                    if (started.isValid() && when < started)
                        return Error::plain(
                            tr("The date in When (%1) is before interaction %2 started (%3). An evaluation is "
                               "dated after its contact.")
                                .arg(whenText, QString::fromStdString(ev.interactionId), format::dateTime(started)));
                }
            }
            if (!ev.evaluationId.empty()) {
                if (Status st = store::updateEvaluation(db, ev, by); !st)
                    return st.error();
                return ev.evaluationId;
            }
            return store::saveEvaluation(db, ev);
        },
        [this, editing](Result<std::string> r) {
            m_save->setEnabled(true);
            if (!r) {
                showMessage(r.error().toString(), true);
                return;
            }
            const QString id = QString::fromStdString(r.value());
            if (!editing.isEmpty()) {
                showMessage(
                    tr("Evaluation %1 changed (%2); the earlier version is kept in its history.").arg(id, totalText()),
                    false);
                emit saved(id);
                return;
            }
            showMessage(tr("Evaluation %1 saved (%2, rubric version %3).").arg(id, totalText()).arg(m_rubric.version),
                        false);
            for (auto& row : m_rows) {
                row.score->setCurrentIndex(0);
                row.comment->clear();
            }
            m_interaction->clear();
            m_comment->clear();
            m_agent->setCurrentIndex(0);
            m_agent->setFocus();
            emit saved(id);
        });
}

} // namespace fb::ui
