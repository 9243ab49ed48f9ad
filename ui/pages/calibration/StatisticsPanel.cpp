#include "pages/calibration/StatisticsPanel.h"

#include "analytics/CalibrationText.h"
#include "common/Format.h"
#include "pages/PageParts.h"
#include "pages/calibration/DeviationScoresDialog.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace fb::ui::calibration {

// The tr() of this file's free functions: one translation context per file, which lupdate reads.
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::ui::calibration::StatisticsPanel)
};
} // namespace
namespace {

constexpr int kAttributeRole = Qt::UserRole + 1;
constexpr int kParticipantRole = Qt::UserRole + 2;

// Below this many interactions an attribute's alpha is marked as a small sample.
constexpr qint64 kSmallSession = 10;

void put(QTableWidget* t, int row, int column, const QString& text, bool number = false, const QString& tip = {})
{
    auto* item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setToolTip(tip.isEmpty() ? text : tip);
    t->setItem(row, column, item);
}

// The level of measurement of an attribute's alpha, in words.
QString metricText(analytics::AlphaMetric metric)
{
    switch (metric) {
    case analytics::AlphaMetric::Nominal:
        return Tr::tr("nominal");
    case analytics::AlphaMetric::Ordinal:
        return Tr::tr("ordinal");
    case analytics::AlphaMetric::Interval:
        return Tr::tr("interval");
    case analytics::AlphaMetric::Ratio:
        return Tr::tr("ratio");
    }
    return {};
}

} // namespace

QString alphaText(const analytics::AgreementRow& row)
{
    if (!row.alpha)
        return Tr::tr("undefined");
    QString text = numberText(*row.alpha, 2);
    if (row.alphaLow && row.alphaHigh)
        text += Tr::tr(" (%1 to %2)").arg(numberText(*row.alphaLow, 2), numberText(*row.alphaHigh, 2));
    return text;
}

QString withinText(const analytics::AgreementRow& row)
{
    if (!row.withinTolerance)
        return Tr::tr("n/a");
    return Tr::tr("%1 (%2 of %3)")
        .arg(format::percent(std::round(*row.withinTolerance * 100) / 100, 0))
        .arg(row.within)
        .arg(row.compared);
}

QString leaningText(analytics::Leaning leaning)
{
    switch (leaning) {
    case analytics::Leaning::Lenient:
        return Tr::tr("%1 (scores high)").arg(analytics::leaningWord(leaning));
    case analytics::Leaning::Strict:
        return Tr::tr("%1 (scores low)").arg(analytics::leaningWord(leaning));
    case analytics::Leaning::Neutral:
        break;
    }
    return analytics::leaningWord(leaning);
}

StatisticsPanel::StatisticsPanel(QWidget* parent) : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_agreement = makeResultTable({tr("Attribute"), tr("Metric"), tr("Krippendorff's alpha (95% interval)"),
                                   tr("Gwet's AC1"), tr("Within tolerance"), tr("Interactions"), tr("Participants")},
                                  tr("Agreement per attribute"), this);
    m_agreement->setAccessibleDescription(tr("One row per attribute: how well the participants agreed, as "
                                             "Krippendorff's alpha, Gwet's AC1 and the share within tolerance."));
    m_deviation = makeResultTable({tr("Participant"), tr("Attribute"), tr("Scores compared"),
                                   tr("Mean absolute deviation"), tr("Mean difference"), tr("Leaning")},
                                  tr("Deviation per participant"), this);
    m_deviation->setAccessibleDescription(tr("One row per participant and attribute: how far their scores were from "
                                             "the reference; Enter or double-click shows the scores behind it."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_agreement, 3);
    layout->addWidget(new QLabel(tr("Each participant against the reference (double-click a row or press Enter "
                                    "for the scores behind it)"),
                                 this));
    layout->addWidget(m_deviation, 4);
    connect(m_deviation, &QTableWidget::activated, this, [this](const QModelIndex& index) {
        if (auto* dialog = openDeviationScores(index.row())) {
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        }
    });
}

DeviationScoresDialog* StatisticsPanel::openDeviationScores(int row)
{
    const QTableWidgetItem* item = m_view ? m_deviation->item(row, 0) : nullptr;
    if (!item)
        return nullptr;
    const auto attribute = item->data(kAttributeRole).value<qulonglong>();
    const auto participant = item->data(kParticipantRole).value<qulonglong>();
    return new DeviationScoresDialog(m_view, std::size_t(attribute), std::size_t(participant), m_initialsOnly,
                                     m_maskAgents, this);
}

void StatisticsPanel::setView(const SessionViewPtr& view, bool initialsOnly, bool maskAgents)
{
    m_view = view;
    m_initialsOnly = initialsOnly;
    m_maskAgents = maskAgents;
    m_agreement->setRowCount(0);
    m_deviation->setRowCount(0);
    if (!view) {
        m_summary->setText(tr("Choose or create a session first."));
        return;
    }
    const auto& report = view->data.report;
    // The analytics names ("anchor", "interval") are keys for files; the screen says them in words.
    const QString reference = report.reference == analytics::ReferenceKind::Anchor      ? tr("anchor")
                              : report.reference == analytics::ReferenceKind::Consensus ? tr("consensus")
                                                                                        : tr("median");
    m_summary->setText(
        tr("Alpha is 1 for perfect agreement and 0 for agreement no better than chance; Krippendorff advises relying "
           "on 0.8 and above and drawing tentative conclusions from 0.667. Interval metric on 0–4 attributes, nominal "
           "on yes/no ones. Deviations are measured from the <b>%1</b>. Formulas: docs/calibration.md.")
            .arg(reference));
    m_agreement->setRowCount(static_cast<int>(report.rows.size()));
    for (int r = 0; r < static_cast<int>(report.rows.size()); ++r) {
        const auto& row = report.rows[static_cast<std::size_t>(r)];
        put(m_agreement, r, 0, analytics::attributeLabel(row.attribute));
        put(m_agreement, r, 1, metricText(row.metric));
        put(m_agreement, r, 2, alphaText(row), true, row.undefinedReason);
        if (row.ac1)
            put(m_agreement, r, 3,
                tr("%1 (agreement %2%)")
                    .arg(numberText(*row.ac1, 2))
                    .arg(std::round(row.percentAgreement.value_or(0) * 100)),
                true);
        else // The rule of analytics::calibrationReport and gwetAc1, said where the figure would be.
            put(m_agreement, r, 3,
                row.metric == analytics::AlphaMetric::Nominal ? tr("needs two scores of one interaction")
                                                              : tr("yes/no attributes only"),
                false,
                row.metric == analytics::AlphaMetric::Nominal
                    ? tr("Gwet's AC1 needs at least one interaction scored by two participants.")
                    : tr("Gwet's AC1 is computed for yes/no attributes only; alpha covers 0–4 scales."));
        put(m_agreement, r, 4, withinText(row), true);
        // Alpha and its bootstrap interval rest on few interactions: mark it, as every small sample is.
        const bool small = row.nUnits < kSmallSession;
        put(m_agreement, r, 5, small ? tr("%1 (small)").arg(row.nUnits) : QString::number(row.nUnits), true,
            small ? tr("Fewer than %1 interactions: the interval is wide and the point estimate unsteady.")
                        .arg(kSmallSession)
                  : QString());
        put(m_agreement, r, 6, QString::number(row.nParticipants), true);
    }
    m_agreement->resizeColumnsToContents();
    m_agreement->horizontalHeader()->setStretchLastSection(false);

    const auto& devs = report.deviations;
    m_deviation->setRowCount(static_cast<int>(devs.size()));
    for (int r = 0; r < static_cast<int>(devs.size()); ++r) {
        const auto& d = devs[static_cast<std::size_t>(r)];
        QString who = QString::fromStdString(d.participant);
        std::size_t participant = 0;
        for (std::size_t p = 0; p < view->data.session.participants.size(); ++p)
            if (view->data.session.participants[p].name == d.participant) {
                who = view->participantLabel(p, initialsOnly);
                participant = p;
            }
        std::size_t attribute = 0;
        for (std::size_t a = 0; a < view->data.input.attributes.size(); ++a)
            if (view->data.input.attributes[a].name == d.attribute)
                attribute = a;
        put(m_deviation, r, 0, who);
        // Which scores the row's figures come from, for openDeviationScores.
        m_deviation->item(r, 0)->setData(kAttributeRole, qulonglong(attribute));
        m_deviation->item(r, 0)->setData(kParticipantRole, qulonglong(participant));
        put(m_deviation, r, 1, analytics::attributeLabel(d.attribute));
        put(m_deviation, r, 2, QString::number(d.compared), true);
        put(m_deviation, r, 3, d.meanAbsolute ? numberText(*d.meanAbsolute, 2) : tr("n/a"), true);
        put(m_deviation, r, 4, d.meanBias ? deviationText(*d.meanBias, 2) : tr("n/a"), true);
        put(m_deviation, r, 5, d.meanBias ? leaningText(d.leaning) : QString());
    }
    m_deviation->resizeColumnsToContents();
}

} // namespace fb::ui::calibration
