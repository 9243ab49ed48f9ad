#include "pages/calibration/RevealPanel.h"

#include "analytics/CalibrationText.h"
#include "background/DatabaseJobs.h"
#include "common/Text.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace fb::ui::calibration {
namespace {

// Item data of the agree combos besides the scores themselves.
constexpr double kNotAgreed = -1;
constexpr double kNa = -2;

} // namespace

RevealPanel::RevealPanel(DatabaseJobs& worker, QWidget* parent) : QWidget(parent), m_worker(worker)
{
    m_stack = new QStackedWidget(this);

    auto* cover = new QWidget(m_stack);
    m_coverText = new QLabel(cover);
    m_coverText->setWordWrap(true);
    m_coverText->setAlignment(Qt::AlignCenter);
    QFont big = m_coverText->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_coverText->setFont(big);
    m_revealButton = new QPushButton(tr("&Reveal scores"), cover);
    m_revealButton->setMinimumHeight(m_revealButton->sizeHint().height() * 3 / 2);
    auto* coverLayout = new QVBoxLayout(cover);
    coverLayout->addStretch();
    coverLayout->addWidget(m_coverText);
    coverLayout->addWidget(m_revealButton, 0, Qt::AlignHCenter);
    coverLayout->addStretch();

    auto* shown = new QWidget(m_stack);
    m_legend = new QLabel(shown);
    m_legend->setWordWrap(true);
    m_model = new RevealModel(this);
    m_table = new QTableView(shown);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Reveal table"));
    m_table->setAccessibleDescription(tr("One row per attribute of the current interaction, one column per "
                                         "participant; scores beyond the tolerance are marked."));
    m_agreeBox = new QGroupBox(shown);
    m_agreeGrid = new QGridLayout;
    m_note = new QLineEdit(m_agreeBox);
    m_note->setPlaceholderText(tr("Why the group agreed on these scores (required)"));
    m_note->setAccessibleName(tr("Decision note"));
    m_agreeState = new QLabel(m_agreeBox);
    m_agreeState->setWordWrap(true);
    auto* previous = new QPushButton(tr("◀ &Previous"), m_agreeBox);
    previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    previous->setToolTip(tr("Previous interaction (PgUp)"));
    auto* next = new QPushButton(tr("&Next ▶"), m_agreeBox);
    next->setShortcut(QKeySequence(Qt::Key_PageDown));
    next->setToolTip(tr("Next interaction (PgDn)"));
    m_record = new QPushButton(tr("Record &agreement"), m_agreeBox);
    auto* noteLabel = new QLabel(tr("Decision &note:"), m_agreeBox);
    noteLabel->setBuddy(m_note);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_note, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_agreeState, 1);
    buttons->addWidget(previous);
    buttons->addWidget(next);
    buttons->addWidget(m_record);
    auto* agreeLayout = new QVBoxLayout(m_agreeBox);
    agreeLayout->addLayout(m_agreeGrid);
    agreeLayout->addLayout(noteRow);
    agreeLayout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Vertical, shown);
    splitter->addWidget(m_table);
    splitter->addWidget(m_agreeBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* shownLayout = new QVBoxLayout(shown);
    shownLayout->setContentsMargins(0, 0, 0, 0);
    shownLayout->addWidget(m_legend);
    shownLayout->addWidget(splitter, 1);

    m_stack->addWidget(cover);
    m_stack->addWidget(shown);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_revealButton, &QPushButton::clicked, this, &RevealPanel::reveal);
    connect(previous, &QPushButton::clicked, this, [this] { nextUnit(-1); });
    connect(next, &QPushButton::clicked, this, [this] { nextUnit(+1); });
    connect(m_record, &QPushButton::clicked, this, &RevealPanel::recordAgreement);
    connect(m_note, &QLineEdit::returnPressed, this, &RevealPanel::recordAgreement);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const auto unit = m_model->unitOfRow(current.row());
                if (unit && unit != m_unit) {
                    m_unit = unit;
                    fillAgreeForm();
                }
            });
}

void RevealPanel::setView(SessionViewPtr view)
{
    const bool sameSession = m_view && view && m_view->data.session.id == view->data.session.id;
    m_view = std::move(view);
    m_model->setView(m_view);
    if (!sameSession)
        m_unit.reset();
    buildAgreeForm();
    fillCover();
    if (m_view) {
        m_legend->setText(tr("%1 ▲ / ▼ with a shaded cell: more than the tolerance above / below — 1 point on a 0–4 "
                             "attribute, any difference on yes/no and critical attributes, 5 points on the total. "
                             "Brackets: the difference from the reference.")
                              .arg(m_view->referenceText(m_model->display().initialsOnly)));
        m_table->resizeColumnsToContents();
        if (!m_view->data.input.units.empty())
            selectUnit(m_unit.value_or(0));
    }
}

void RevealPanel::setDisplay(const RevealDisplay& display)
{
    m_model->setDisplay(display);
    m_table->resizeColumnsToContents();
    if (m_unit)
        selectUnit(*m_unit);
}

bool RevealPanel::revealed() const
{
    return m_view && m_revealedSession == m_view->data.session.id;
}

void RevealPanel::reveal()
{
    if (!m_view)
        return;
    m_revealedSession = m_view->data.session.id;
    fillCover();
}

void RevealPanel::fillCover()
{
    if (!m_view) {
        m_coverText->setText(tr("Choose or create a session first."));
        m_revealButton->setEnabled(false);
        m_stack->setCurrentIndex(0);
        return;
    }
    // A session that already has agreed scores was revealed in an earlier sitting.
    if (!m_view->data.agreed.empty())
        m_revealedSession = m_view->data.session.id;
    int done = 0;
    for (const auto& p : m_view->progress)
        done += p.expected > 0 && p.scored >= p.expected ? 1 : 0;
    const bool everyone = done == static_cast<int>(m_view->progress.size());
    m_coverText->setText(
        everyone ? tr("Everyone has scored (%n participant(s)).\nReveal when the group is ready.", nullptr, done)
                 : tr("Scores stay hidden until everyone has scored.\n%1 of %n participant(s) have "
                      "finished.",
                      nullptr, static_cast<int>(m_view->progress.size()))
                       .arg(done));
    m_revealButton->setEnabled(true);
    m_revealButton->setText(done == static_cast<int>(m_view->progress.size()) ? tr("&Reveal scores")
                                                                              : tr("&Reveal scores anyway"));
    m_stack->setCurrentIndex(revealed() ? 1 : 0);
}

void RevealPanel::buildAgreeForm()
{
    for (auto* w : m_scores)
        delete w;
    for (auto* w : m_suggestions)
        delete w;
    m_scores.clear();
    m_suggestions.clear();
    while (auto* item = m_agreeGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_view)
        return;
    const auto& attributes = m_view->data.input.attributes;
    for (std::size_t a = 0; a < attributes.size(); ++a) {
        const auto& attr = attributes[a];
        auto* combo = new QComboBox(m_agreeBox);
        combo->addItem(tr("— not agreed"), kNotAgreed);
        if (attr.yesNo) {
            combo->addItem(tr("no"), 0.0);
            combo->addItem(tr("yes"), 1.0);
        } else {
            for (int v = 0; v <= 4; ++v)
                combo->addItem(QString::number(v), double(v));
        }
        if (attr.naAllowed)
            combo->addItem(tr("NA"), kNa);
        combo->setAccessibleName(tr("Agreed %1").arg(analytics::attributeLabel(attr.name)));
        auto* label = new QLabel(analytics::attributeLabel(attr.name) + QLatin1Char(':'), m_agreeBox);
        label->setBuddy(combo);
        auto* suggestion = new QLabel(m_agreeBox);
        suggestion->setForegroundRole(QPalette::PlaceholderText);
        const int row = static_cast<int>(a) / 3;
        const int col = static_cast<int>(a) % 3 * 3;
        m_agreeGrid->addWidget(label, row, col);
        m_agreeGrid->addWidget(combo, row, col + 1);
        m_agreeGrid->addWidget(suggestion, row, col + 2);
        m_scores.push_back(combo);
        m_suggestions.push_back(suggestion);
    }
}

void RevealPanel::selectUnit(std::size_t unit)
{
    if (!m_view || unit >= m_view->data.input.units.size())
        return;
    m_unit = unit;
    const int row = m_model->firstRowOf(unit);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
    }
    fillAgreeForm();
}

void RevealPanel::nextUnit(int step)
{
    if (!m_view || m_view->data.input.units.empty())
        return;
    const auto n = static_cast<long>(m_view->data.input.units.size());
    const long at = std::clamp(static_cast<long>(m_unit.value_or(0)) + step, 0L, n - 1);
    selectUnit(static_cast<std::size_t>(at));
}

void RevealPanel::fillAgreeForm()
{
    if (!m_view || !m_unit || m_scores.size() != m_view->data.input.attributes.size())
        return;
    const std::size_t u = *m_unit;
    const std::string& interaction = m_view->data.input.units[u];
    m_agreeBox->setTitle(tr("Agree on interaction %1 of %2: %3, %4")
                             .arg(u + 1)
                             .arg(m_view->data.input.units.size())
                             .arg(q(interaction), m_view->agentLabel(u, m_model->display().maskAgents)));
    QString note;
    bool allAgreed = true;
    for (std::size_t a = 0; a < m_scores.size(); ++a) {
        const auto& attr = m_view->data.input.attributes[a];
        QComboBox* combo = m_scores[a];
        QLabel* suggestion = m_suggestions[a];
        suggestion->clear();
        if (const auto* c = m_view->agreed(interaction, attr.name)) {
            combo->setCurrentIndex(combo->findData(c->score ? *c->score : kNa));
            note = q(c->note);
            suggestion->setText(tr("agreed"));
            continue;
        }
        allAgreed = false;
        // Suggest the anchor's score, or the median when it is a whole score.
        const analytics::Cell reference = m_view->data.reveal.rows[u * (m_scores.size() + 1) + a].reference;
        if (reference && std::floor(*reference) == *reference) {
            combo->setCurrentIndex(combo->findData(*reference));
            suggestion->setText(m_view->data.input.anchor ? tr("from the anchor") : tr("from the median"));
        } else {
            combo->setCurrentIndex(0);
            suggestion->setText(reference ? tr("median %1: the group decides").arg(scoreText(reference, attr.yesNo))
                                          : tr("nobody scored it"));
        }
    }
    m_note->setText(note);
    m_agreeState->setText(allAgreed ? tr("✔ Agreed. Changing a score and recording again replaces it.")
                                    : tr("Not agreed yet."));
}

QString RevealPanel::agreeStateText() const
{
    return m_agreeState->text();
}

QComboBox* RevealPanel::agreedScore(std::size_t attribute) const
{
    return attribute < m_scores.size() ? m_scores[attribute] : nullptr;
}

bool RevealPanel::recordAgreement()
{
    if (!m_view || !m_unit || !revealed())
        return false;
    const std::string interaction = m_view->data.input.units[*m_unit];
    std::vector<Consensus> decided;
    const std::string note = m_note->text().trimmed().toStdString();
    for (std::size_t a = 0; a < m_scores.size(); ++a) {
        const double v = m_scores[a]->currentData().toDouble();
        if (v == kNotAgreed)
            continue;
        Consensus c;
        c.interactionId = interaction;
        c.attribute = m_view->data.input.attributes[a].name;
        if (v != kNa)
            c.score = v;
        c.note = note;
        decided.push_back(std::move(c));
    }
    if (decided.empty()) {
        m_agreeState->setText(tr("⚠ Choose the agreed score of at least one attribute."));
        return false;
    }
    if (note.empty()) {
        m_agreeState->setText(tr("⚠ Write the decision note: why the group agreed, so the next session can look it "
                                 "up."));
        m_note->setFocus();
        return false;
    }
    const std::string sessionId = m_view->data.session.id;
    m_worker.run(
        this, [sessionId, decided](store::Database& db) { return store::recordConsensus(db, sessionId, decided); },
        [this, interaction, n = decided.size()](const Status& st) {
            if (!st) {
                m_agreeState->setText(tr("⚠ Nothing recorded: %1").arg(st.error().toString()));
                return;
            }
            emit message(tr("Recorded %1 agreed scores of %2; they are now its official evaluation.")
                             .arg(n)
                             .arg(q(interaction)));
            emit agreed();
        });
    return true;
}

} // namespace fb::ui::calibration
