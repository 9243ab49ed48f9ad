#include "pages/coaching/EffectivenessView.h"

#include "Theme.h"
#include "background/DatabaseJobs.h"
#include "charts/CoachingTimelineChart.h"
#include "common/DateFormat.h"
#include "common/Format.h"
#include "common/IsoWeek.h"
#include "dialogs/FileDialogs.h"
#include "export/ScorecardCsv.h"
#include "pages/PageParts.h"
#include "pages/coaching/ReportParts.h"
#include "store/AgentDirectory.h"
#include "store/CoachingStore.h"
#include "store/DataEnd.h"
#include "store/ScorecardStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace fb::ui {

QString effectSentence(const analytics::EffectRow& e)
{
    const QString who = QString::fromStdString(e.group);
    if (!e.did)
        return EffectivenessView::tr("%1: not enough data to tell whether coaching worked (%2 notes measured)%3")
            .arg(who)
            .arg(e.measured)
            .arg(e.note.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + e.note + QLatin1Char('.'));
    const QString size = format::number(std::abs(*e.did), 1);
    QString text = (*e.did >= 0 ? EffectivenessView::tr("%1: coached agents improved %2 points more than similar "
                                                        "uncoached agents")
                                : EffectivenessView::tr("%1: coached agents improved %2 points less than similar "
                                                        "uncoached agents"))
                       .arg(who, size);
    if (e.didLow && e.didHigh)
        text += EffectivenessView::tr(" (difference in differences, 95% CI %1; %2 in %3).")
                    .arg(format::interval(format::signedNumber(*e.didLow, 1), format::signedNumber(*e.didHigh, 1)),
                         EffectivenessView::tr("%Ln note(s)", nullptr, int(e.measured)),
                         EffectivenessView::tr("%Ln team(s)", nullptr, int(e.teams)));
    else
        text += EffectivenessView::tr(" (difference in differences, no interval; %1 notes).").arg(e.measured);
    if (e.didLow && e.didHigh && *e.didLow <= 0 && *e.didHigh >= 0)
        text += EffectivenessView::tr(" The interval includes 0: coaching may have made no difference.");
    if (e.smallSample())
        text += EffectivenessView::tr(" A small sample: read with care.");
    return text;
}

EffectivenessView::EffectivenessView(DatabaseJobs& worker, QWidget* parent) : QWidget(parent), m_worker(worker)
{
    m_by = new QComboBox(this);
    m_by->addItem(tr("Coach"), QStringLiteral("coach"));
    m_by->addItem(tr("Attribute"), QStringLiteral("attribute"));
    m_by->addItem(tr("Team"), QStringLiteral("team"));
    m_by->setAccessibleName(tr("Group by"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-6), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (auto* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(format::dateFormat());
    }
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    auto* exportButton = new QPushButton(tr("&Export CSV…"), this);
    auto* notesButton = new QPushButton(tr("&Notes behind this row…"), this);
    notesButton->setToolTip(tr("Opens the Notes tab filtered to this row's notes in the period (or double-click "
                               "a row); their number is the row's Notes"));
    m_table = makeReportTable(this, {tr("Group"), tr("Notes"), tr("Follow-ups done"), tr("Met"), tr("Met share"),
                                     tr("Measured n"), tr("Change (pts)"), tr("Control change (pts)"),
                                     tr("Coached vs. similar uncoached (pts)"), tr("95% interval")});
    m_table->setAccessibleDescription(tr("One row per group: notes and follow-ups, how many met their target, and the "
                                         "change against similar uncoached agents."));
    m_table->horizontalHeaderItem(8)->setToolTip(
        tr("How much more the coached agents improved than similar agents who were not coached (difference in "
           "differences, adjusted for the baseline)"));
    m_reading = new QLabel(this);
    m_reading->setWordWrap(true);
    m_reading->setAccessibleName(tr("Result in words"));
    m_table->setAccessibleName(tr("Coaching effectiveness by group"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    auto* byLabel = new QLabel(tr("&Group by"), this);
    byLabel->setBuddy(m_by);
    auto* fromLabel = new QLabel(tr("Coached &from"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    for (QWidget* w : std::initializer_list<QWidget*>{byLabel, m_by, fromLabel, m_from, toLabel, m_to, refresh})
        bar->addWidget(w);
    bar->addStretch();
    bar->addWidget(notesButton);
    bar->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(
        explainLabel(tr("Change: the target metric in the 4 weeks after the note minus the 4 weeks before, "
                        "in points (0 = the scorecard floor, 100 = its target; attributes 0–100), positive "
                        "= better. Control: the same change for agents of the same team not coached on that "
                        "attribute then. Coached vs. similar uncoached: the coached agents' change against "
                        "controls of the same baseline, regression to the mean taken out (difference in "
                        "differences; 95% interval clustered by team (notes of one team share their controls). Rows "
                        "with fewer than %1 "
                        "measured notes are marked small sample; notes whose window reaches past the data are "
                        "left out and counted. See docs/coaching.md.)")
                         .arg(analytics::kSmallEffectGroup),
                     this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_reading);
    layout->addWidget(m_status);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_reading->setText(row >= 0 && row < int(m_rows.size()) ? effectSentence(m_rows[size_t(row)]) : QString());
    });
    connect(refresh, &QPushButton::clicked, this, &EffectivenessView::reload);
    connect(m_by, &QComboBox::currentIndexChanged, this, &EffectivenessView::reload);
    connect(exportButton, &QPushButton::clicked, this, &EffectivenessView::exportCsv);
    connect(notesButton, &QPushButton::clicked, this, &EffectivenessView::requestNotes);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &EffectivenessView::requestNotes);
}

void EffectivenessView::requestNotes()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_rows.size()))
        return;
    emit notesRequested(m_shownBy, QString::fromStdString(m_rows[size_t(row)].group), m_shownFrom, m_shownTo);
}

void EffectivenessView::setDataEnd(QDate dataEnd)
{
    const QDate day = workingDay(dataEnd);
    if (day == QDate::currentDate() || m_to->date() != QDate::currentDate()) // no gap, or chosen by hand
        return;
    m_to->setDate(day);
    m_from->setDate(day.addMonths(-6));
    m_to->setToolTip(dataEndNote(dataEnd));
}

void EffectivenessView::reload()
{
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    const auto by = *analytics::groupingFromKey(m_by->currentData().toString().toStdString());
    m_status->setText(tr("Computing…"));
    m_worker.run(
        this,
        [from, to, by](store::Database& db) -> Result<std::vector<analytics::EffectRow>> {
            auto in = store::loadEffectInput(db, from, to);
            if (!in)
                return in.error();
            return analytics::effectiveness(in.value(), from, to, by);
        },
        [this, from, to, by](Result<std::vector<analytics::EffectRow>> r) {
            if (!r) {
                m_status->setText(tr("⚠ %1").arg(r.error().toString()));
                return;
            }
            m_rows = std::move(r.value());
            m_shownBy = by;
            m_shownFrom = from;
            m_shownTo = to;
            m_table->setRowCount(int(m_rows.size()));
            qint64 notes = 0;
            for (int i = 0; i < int(m_rows.size()); ++i) {
                const auto& e = m_rows[size_t(i)];
                notes += e.notes;
                m_table->setItem(i, 0, reportCell(QString::fromStdString(e.group), Qt::AlignLeft | Qt::AlignVCenter));
                m_table->setItem(i, 1, reportCell(format::count(e.notes)));
                m_table->setItem(i, 2, reportCell(format::count(e.followUpsDone)));
                m_table->setItem(i, 3, reportCell(format::count(e.met)));
                m_table->setItem(
                    i, 4,
                    reportCell(e.metShare ? tr("%1 of %2").arg(format::percent(*e.metShare, 0)).arg(e.followUpsDone)
                                          : QStringLiteral("—")));
                m_table->setItem(
                    i, 5,
                    reportCell(e.smallSample() ? tr("%1 · small sample").arg(e.measured) : format::count(e.measured)));
                if (e.cut > 0)
                    m_table->item(i, 5)->setToolTip(
                        tr("%n note(s) left out: a window reaches past the data", nullptr, int(e.cut)));
                m_table->setItem(i, 6, reportCell(format::signedOrDash(e.change, 1)));
                m_table->setItem(i, 7, reportCell(format::signedOrDash(e.controlChange, 1)));
                auto* did = reportCell(format::signedOrDash(e.did, 1));
                if (e.did && e.didLow && e.didHigh) {
                    const bool better = *e.didLow > 0;
                    const bool worse = *e.didHigh < 0;
                    if (better || worse) {
                        did->setText(did->text() + (better ? tr("  ▲ better") : tr("  ▼ worse")));
                        did->setForeground(
                            theme::text(better ? theme::TextRole::Better : theme::TextRole::Worse, palette()));
                    }
                }
                did->setToolTip(effectSentence(e));
                m_table->setItem(i, 8, did);
                m_table->setItem(i, 9,
                                 reportCell(e.didLow ? format::interval(format::signedOrDash(e.didLow, 1),
                                                                        format::signedOrDash(e.didHigh, 1))
                                                     : tr("no interval")));
                if (!e.note.isEmpty())
                    m_table->item(i, 9)->setToolTip(e.note);
            }
            m_table->resizeColumnsToContents();
            m_reading->setText(m_rows.empty() ? QString() : effectSentence(m_rows.front()));
            m_status->setText(tr("Groups: %1; notes: %2.").arg(m_rows.size()).arg(notes));
            emit loaded();
        });
}

void EffectivenessView::exportCsv()
{
    const QString path =
        fileDialogs::saveTable(this, tr("Export coaching effectiveness"), QStringLiteral("coaching-effectiveness.csv"));
    if (path.isEmpty())
        return;
    if (auto written = exporting::writeCsv(exporting::effectivenessCsv(m_rows), path, csvWriterOptions()); !written)
        m_status->setText(tr("⚠ Could not write: %1").arg(written.error().toString()));
    else
        m_status->setText(tr("✓ Written to %1").arg(path));
}

} // namespace fb::ui
