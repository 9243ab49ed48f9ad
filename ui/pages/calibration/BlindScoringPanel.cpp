#include "pages/calibration/BlindScoringPanel.h"

#include "Theme.h"
#include "analytics/CalibrationText.h"
#include "background/DatabaseJobs.h"
#include "common/Text.h"
#include "dialogs/FileDialogs.h"
#include "import/CalibrationScoresImport.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStringList>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb::ui::calibration {
namespace {

constexpr int kFixedColumns = 2; // interaction, agent

} // namespace

BlindScoringPanel::BlindScoringPanel(DatabaseJobs& worker, QWidget* parent) : QWidget(parent), m_worker(worker)
{
    m_stack = new QStackedWidget(this);

    // Cover: who has finished, whose turn is next. No score is ever shown here.
    auto* cover = new QWidget(m_stack);
    auto* intro = new QLabel(tr("Participants score in turn on this screen. A turn shows only that person's own "
                                "scores; everyone else's stay hidden until the reveal. People who scored at their "
                                "desks can be imported from CSV."),
                             cover);
    intro->setWordWrap(true);
    m_progress = new QTableWidget(0, 3, cover);
    m_progress->setHorizontalHeaderLabels({tr("Participant"), tr("Scores given"), tr("State")});
    m_progress->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_progress->verticalHeader()->setVisible(false);
    m_progress->horizontalHeader()->setStretchLastSection(true);
    m_progress->setAccessibleName(tr("Scoring progress"));
    m_progress->setAccessibleDescription(
        tr("One row per participant: how many scores they have given; the scores themselves stay hidden."));
    m_who = new QComboBox(cover);
    m_who->setAccessibleName(tr("Whose turn"));
    auto* whoLabel = new QLabel(tr("&Whose turn:"), cover);
    whoLabel->setBuddy(m_who);
    m_start = new QPushButton(tr("&Start my turn"), cover);
    m_start->setDefault(true);
    m_import = new QPushButton(tr("&Import scores from CSV…"), cover);
    auto* turnBar = new QHBoxLayout;
    turnBar->addWidget(whoLabel);
    turnBar->addWidget(m_who, 1);
    turnBar->addWidget(m_start);
    turnBar->addStretch();
    turnBar->addWidget(m_import);
    auto* coverLayout = new QVBoxLayout(cover);
    coverLayout->addWidget(intro);
    coverLayout->addLayout(turnBar);
    coverLayout->addWidget(m_progress, 1);

    // Turn: the grid of one participant's own scores.
    auto* turn = new QWidget(m_stack);
    m_turnTitle = new QLabel(turn);
    QFont big = m_turnTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_turnTitle->setFont(big);
    auto* hint = new QLabel(tr("Type 0–4 on scale attributes, y or n on yes/no ones, NA where the rubric allows it; "
                               "Tab moves to the next score, Shift+Tab back, %1 saves and hides. Hover a column for "
                               "the rubric's level anchors.")
                                .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)),
                            turn);
    hint->setWordWrap(true);
    m_grid = new QTableWidget(turn);
    m_grid->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                            QAbstractItemView::EditKeyPressed);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->verticalHeader()->setVisible(false);
    m_grid->setAccessibleName(tr("Your scores"));
    m_grid->setAccessibleDescription(
        tr("One row per interaction, one column per attribute: type your score in each cell; Tab moves to the next."));
    // The interaction and agent columns are for reading: Tab past a row's last
    // score lands on the next row's first score, Shift+Tab on the previous
    // row's last, so a participant scores every cell without the mouse.
    connect(m_grid, &QTableWidget::currentCellChanged, this, [this](int row, int column, int prevRow, int prevColumn) {
        if (m_filling || row < 0 || column >= kFixedColumns || m_grid->columnCount() <= kFixedColumns)
            return;
        const bool back = row == prevRow && prevColumn == kFixedColumns;
        if (back && row > 0)
            m_grid->setCurrentCell(row - 1, m_grid->columnCount() - 1);
        else
            m_grid->setCurrentCell(row, kFixedColumns);
    });
    m_turnState = new QLabel(turn);
    m_turnState->setWordWrap(true);
    auto* save = new QPushButton(tr("Save and &hide"), turn);
    save->setShortcut(QKeySequence::Save);
    save->setToolTip(tr("Writes your scores and covers the screen for the next person (%1)")
                         .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    auto* cancel = new QPushButton(tr("Hide &without saving"), turn);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_turnState, 1);
    buttons->addWidget(cancel);
    buttons->addWidget(save);
    auto* turnLayout = new QVBoxLayout(turn);
    turnLayout->addWidget(m_turnTitle);
    turnLayout->addWidget(hint);
    turnLayout->addWidget(m_grid, 1);
    turnLayout->addLayout(buttons);

    m_stack->addWidget(cover);
    m_stack->addWidget(turn);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_start, &QPushButton::clicked, this, [this] { startTurn(m_who->currentText()); });
    connect(m_import, &QPushButton::clicked, this, &BlindScoringPanel::importCsv);
    connect(save, &QPushButton::clicked, this, [this] { saveTurn(); });
    connect(cancel, &QPushButton::clicked, this, &BlindScoringPanel::endTurn);
    connect(m_grid, &QTableWidget::itemChanged, this, &BlindScoringPanel::checkItem);
    showCover();
}

void BlindScoringPanel::setView(SessionViewPtr view)
{
    const bool sameSession = m_view && view && m_view->data.session.id == view->data.session.id;
    m_view = std::move(view);
    if (!sameSession)
        endTurn();
    fillProgress();
}

void BlindScoringPanel::setMaskAgents(bool masked)
{
    m_maskAgents = masked;
    if (!m_view || !inTurn())
        return;
    for (int r = 0; r < m_grid->rowCount(); ++r)
        if (auto* item = m_grid->item(r, 1))
            item->setText(m_view->agentLabel(static_cast<std::size_t>(r), m_maskAgents));
}

QString BlindScoringPanel::turnStateText() const
{
    return m_turnState->text();
}

bool BlindScoringPanel::inTurn() const
{
    return m_stack->currentIndex() == 1;
}

void BlindScoringPanel::showCover()
{
    m_grid->clear();
    m_grid->setRowCount(0);
    m_participant.clear();
    m_stack->setCurrentIndex(0);
}

void BlindScoringPanel::endTurn()
{
    showCover();
    fillProgress();
}

void BlindScoringPanel::fillProgress()
{
    const QString previous = m_who->currentText();
    m_who->clear();
    m_progress->setRowCount(0);
    const bool ready = m_view && !m_view->data.session.participants.empty();
    m_start->setEnabled(ready);
    m_import->setEnabled(m_view != nullptr);
    if (!m_view)
        return;
    const auto& progress = m_view->progress;
    m_progress->setRowCount(static_cast<int>(progress.size()));
    int next = -1;
    for (int r = 0; r < static_cast<int>(progress.size()); ++r) {
        const auto& p = progress[static_cast<std::size_t>(r)];
        m_who->addItem(q(p.participant));
        const bool done = p.expected > 0 && p.scored >= p.expected;
        if (!done && next < 0)
            next = r;
        m_progress->setItem(r, 0, new QTableWidgetItem(q(p.participant)));
        auto* count = new QTableWidgetItem(tr("%1 of %2").arg(p.scored).arg(p.expected));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_progress->setItem(r, 1, count);
        m_progress->setItem(r, 2,
                            new QTableWidgetItem(done           ? tr("✔ done")
                                                 : p.scored > 0 ? tr("◐ in progress")
                                                                : tr("○ not started")));
    }
    m_progress->resizeColumnsToContents();
    const int keep = m_who->findText(previous);
    m_who->setCurrentIndex(next >= 0 ? next : std::max(keep, 0));
}

void BlindScoringPanel::startTurn(const QString& participant)
{
    if (!m_view || participant.isEmpty())
        return;
    const std::string sessionId = m_view->data.session.id;
    const std::string who = participant.toStdString();
    m_worker.run(
        this, [sessionId, who](store::Database& db) { return store::participantScores(db, sessionId, who); },
        [this, participant](Result<std::vector<CalibrationScore>> own) {
            if (!own) {
                emit message(own.error().toString());
                return;
            }
            m_participant = participant;
            fillGrid(own.value());
            m_stack->setCurrentIndex(1);
            m_grid->setFocus();
            m_grid->setCurrentCell(0, kFixedColumns);
            emit turnShown();
        });
}

void BlindScoringPanel::fillGrid(const std::vector<CalibrationScore>& own)
{
    m_filling = true;
    const auto& attributes = m_view->data.input.attributes;
    m_grid->clear();
    m_grid->setColumnCount(kFixedColumns + static_cast<int>(attributes.size()));
    m_grid->setRowCount(static_cast<int>(m_view->data.input.units.size()));
    QStringList headers{tr("Interaction"), tr("Agent")};
    for (std::size_t a = 0; a < attributes.size(); ++a) {
        const auto& attr = attributes[a];
        headers << (attr.yesNo ? tr("%1 (y/n)").arg(analytics::attributeLabel(attr.name))
                               : tr("%1 (0–4)").arg(analytics::attributeLabel(attr.name)));
    }
    m_grid->setHorizontalHeaderLabels(headers);
    for (std::size_t a = 0; a < attributes.size(); ++a) {
        QStringList tip;
        if (const auto d = m_view->descriptions.find(attributes[a].name); d != m_view->descriptions.end())
            tip << q(d->second);
        if (const auto anchors = m_view->anchors.find(attributes[a].name); anchors != m_view->anchors.end())
            for (std::size_t level = 0; level < anchors->second.size(); ++level)
                if (!anchors->second[level].empty())
                    tip << tr("%1: %2").arg(level).arg(q(anchors->second[level]));
        if (attributes[a].critical)
            tip << tr("Critical attribute: any disagreement counts.");
        m_grid->horizontalHeaderItem(kFixedColumns + static_cast<int>(a))->setToolTip(tip.join(QLatin1Char('\n')));
    }
    for (std::size_t u = 0; u < m_view->data.input.units.size(); ++u) {
        const int r = static_cast<int>(u);
        auto* id = new QTableWidgetItem(q(m_view->data.input.units[u]));
        id->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_grid->setItem(r, 0, id);
        auto* agent = new QTableWidgetItem(m_view->agentLabel(u, m_maskAgents));
        agent->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_grid->setItem(r, 1, agent);
        for (std::size_t a = 0; a < attributes.size(); ++a) {
            auto* item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignCenter);
            for (const auto& s : own)
                if (s.interactionId == m_view->data.input.units[u] && s.attribute == attributes[a].name)
                    item->setText(!s.score              ? QStringLiteral("NA")
                                  : attributes[a].yesNo ? (*s.score >= 0.5 ? QStringLiteral("y") : QStringLiteral("n"))
                                                        : QString::number(*s.score));
            m_grid->setItem(r, kFixedColumns + static_cast<int>(a), item);
        }
    }
    m_grid->resizeColumnsToContents();
    m_turnTitle->setText(tr("Scoring as %1 — only your own scores are shown").arg(m_participant));
    m_turnState->setText(own.empty() ? tr("No scores yet.")
                                     : tr("%n score(s) given so far.", nullptr, static_cast<int>(own.size())));
    m_filling = false;
}

std::optional<analytics::Cell> BlindScoringPanel::parseCell(std::size_t attribute, const QString& raw,
                                                            QString* why) const
{
    const auto& attr = m_view->data.input.attributes[attribute];
    const QString text = raw.trimmed().toLower();
    if (text == QStringLiteral("na")) {
        if (attr.naAllowed)
            return analytics::Cell{};
        *why = tr("NA is not allowed on %1").arg(analytics::attributeLabel(attr.name));
        return std::nullopt;
    }
    if (attr.yesNo) {
        if (text == QStringLiteral("y") || text == QStringLiteral("yes") || text == QStringLiteral("1"))
            return analytics::Cell{1.0};
        if (text == QStringLiteral("n") || text == QStringLiteral("no") || text == QStringLiteral("0"))
            return analytics::Cell{0.0};
        *why = tr("'%1' is not y or n (%2 is a yes/no attribute)")
                   .arg(raw.trimmed(), analytics::attributeLabel(attr.name));
        return std::nullopt;
    }
    bool ok = false;
    const int v = text.toInt(&ok);
    if (ok && v >= 0 && v <= 4)
        return analytics::Cell{static_cast<double>(v)};
    *why = tr("'%1' is not a whole number from 0 to 4").arg(raw.trimmed());
    return std::nullopt;
}

void BlindScoringPanel::checkItem(QTableWidgetItem* item)
{
    if (m_filling || !item || item->column() < kFixedColumns || !m_view)
        return;
    m_filling = true;
    QString why;
    const bool bad = !item->text().trimmed().isEmpty() &&
                     !parseCell(static_cast<std::size_t>(item->column() - kFixedColumns), item->text(), &why);
    const theme::Tint invalid = theme::tint(theme::TintRole::Invalid, palette());
    item->setBackground(bad ? QBrush(invalid.background) : QBrush());
    item->setForeground(bad ? QBrush(invalid.foreground) : QBrush());
    item->setToolTip(why);
    m_filling = false;
    if (bad)
        m_turnState->setText(tr("⚠ %1").arg(why));
}

bool BlindScoringPanel::saveTurn()
{
    if (!m_view || !inTurn())
        return false;
    std::vector<CalibrationScore> scores;
    QStringList problems;
    int firstBadRow = -1, firstBadColumn = -1, empty = 0;
    for (int r = 0; r < m_grid->rowCount(); ++r)
        for (int c = kFixedColumns; c < m_grid->columnCount(); ++c) {
            const QString text = m_grid->item(r, c) ? m_grid->item(r, c)->text() : QString();
            if (text.trimmed().isEmpty()) {
                ++empty;
                continue;
            }
            const auto a = static_cast<std::size_t>(c - kFixedColumns);
            QString why;
            const auto cell = parseCell(a, text, &why);
            if (!cell) {
                problems << tr("%1, %2: %3")
                                .arg(q(m_view->data.input.units[static_cast<std::size_t>(r)]),
                                     analytics::attributeLabel(m_view->data.input.attributes[a].name), why);
                if (firstBadRow < 0) {
                    firstBadRow = r;
                    firstBadColumn = c;
                }
                continue;
            }
            scores.push_back({m_participant.toStdString(), m_view->data.input.units[static_cast<std::size_t>(r)],
                              m_view->data.input.attributes[a].name, *cell});
        }
    if (!problems.isEmpty()) {
        m_turnState->setText(
            tr("⚠ Nothing saved: %n cell(s) need a valid score. %1", nullptr, static_cast<int>(problems.size()))
                .arg(problems.first()));
        m_grid->setCurrentCell(firstBadRow, firstBadColumn);
        return false;
    }
    const std::string sessionId = m_view->data.session.id;
    const QString who = m_participant;
    m_worker.run(
        this, [sessionId, scores](store::Database& db) { return store::recordScores(db, sessionId, scores); },
        [this, who, empty, n = scores.size()](const Status& st) {
            if (!st) {
                m_turnState->setText(tr("⚠ Nothing saved: %1").arg(st.error().toString()));
                return;
            }
            showCover();
            const QString done = tr("Saved %n score(s) of %1.", nullptr, static_cast<int>(n)).arg(who);
            emit message(empty > 0 ? done + u' ' + tr("%n left empty.", nullptr, empty) : done);
            emit saved();
        });
    return true;
}

void BlindScoringPanel::importCsv()
{
    if (!m_view)
        return;
    const QString path = fileDialogs::openFile(this, tr("Import calibration scores"), QString(),
                                               tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const std::string sessionId = m_view->data.session.id;
    m_worker.run(
        this, [path, sessionId](store::Database& db) { return import::importScoresCsv(db, path, sessionId); },
        [this](Result<import::ScoreImportReport> report) {
            if (!report) {
                QMessageBox::warning(this, tr("Import scores"), report.error().toString());
                return;
            }
            if (!report->problems.empty()) {
                QStringList lines;
                for (std::size_t i = 0; i < report->problems.size() && i < 20; ++i)
                    lines << report->problems[i].toString();
                if (report->problems.size() > 20)
                    lines << tr("… and %1 more.").arg(report->problems.size() - 20);
                QMessageBox::warning(this, tr("Import scores"),
                                     tr("Nothing was imported: %n problem(s) in the file.", nullptr,
                                        static_cast<int>(report->problems.size())) +
                                         QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
                return;
            }
            emit message(tr("Imported %n score(s) from %1.", nullptr, int(report->scores))
                             .arg(tr("%n row(s)", nullptr, int(report->rows))));
            emit saved();
        });
}

} // namespace fb::ui::calibration
