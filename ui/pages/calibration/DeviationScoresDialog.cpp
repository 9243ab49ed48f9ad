#include "pages/calibration/DeviationScoresDialog.h"

#include "ScreenFit.h"
#include "analytics/CalibrationText.h"
#include "pages/PageParts.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace fb::ui::calibration {

namespace {

QString referenceHeader(analytics::ReferenceKind kind)
{
    switch (kind) {
    case analytics::ReferenceKind::Anchor:
        return DeviationScoresDialog::tr("Anchor");
    case analytics::ReferenceKind::Consensus:
        return DeviationScoresDialog::tr("Consensus");
    case analytics::ReferenceKind::Median:
        break;
    }
    return DeviationScoresDialog::tr("Median");
}

// Within a sentence: "… compared with the anchor".
QString referencePhrase(analytics::ReferenceKind kind)
{
    switch (kind) {
    case analytics::ReferenceKind::Anchor:
        return DeviationScoresDialog::tr("the anchor's score");
    case analytics::ReferenceKind::Consensus:
        return DeviationScoresDialog::tr("the consensus");
    case analytics::ReferenceKind::Median:
        break;
    }
    return DeviationScoresDialog::tr("the median of everyone's scores");
}

} // namespace

DeviationScoresDialog::DeviationScoresDialog(const SessionViewPtr& view, std::size_t attribute, std::size_t participant,
                                             bool initialsOnly, bool maskAgents, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Scores Behind the Deviation"));
    const auto& data = view->data;
    const auto kind = data.report.reference;
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_table = makeResultTable({tr("Session"), tr("Interaction"), tr("Agent"), tr("Attribute"), tr("Score"),
                               referenceHeader(kind), tr("Difference")},
                              tr("Scores behind the deviation"), this);
    m_table->setAccessibleDescription(
        tr("Each score behind the deviation, beside the reference it was compared with and the difference."));
    const auto& attr = data.input.attributes.at(attribute);
    const QString who = view->participantLabel(participant, initialsOnly);
    const QString attributeText = analytics::attributeLabel(attr.name);
    auto scores = analytics::deviationScores(data.input, kind, attribute, participant);
    if (!scores) {
        m_summary->setText(scores.error().toString());
    } else {
        std::vector<QStringList> rows;
        double absolute = 0;
        for (const auto& s : scores.value()) {
            absolute += std::fabs(s.deviation);
            rows.push_back({QString::fromStdString(data.session.id), QString::fromStdString(data.input.units[s.unit]),
                            view->agentLabel(s.unit, maskAgents), attributeText, scoreText(s.score, attr.yesNo),
                            scoreText(s.reference, attr.yesNo), deviationText(s.deviation, 2)});
        }
        fillResultTable(m_table, rows, {4, 5, 6});
        const auto n = static_cast<qint64>(scores->size());
        m_summary->setText(
            n == 0 ? tr("%1 has no %2 score to compare with %3.").arg(who, attributeText, referencePhrase(kind))
                   : tr("%1 on %2: %n score(s) compared with %3, mean absolute deviation %4.", nullptr, int(n))
                         .arg(who, attributeText, referencePhrase(kind), numberText(absolute / double(n), 2)));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resizeToScreen(this, QSize(860, 480));
}

QString DeviationScoresDialog::summary() const
{
    return m_summary->text();
}

} // namespace fb::ui::calibration
