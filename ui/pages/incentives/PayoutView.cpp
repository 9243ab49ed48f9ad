#include "pages/incentives/PayoutView.h"

#include "common/Format.h"
#include "common/IsoWeek.h"
#include "pages/PageParts.h"
#include "pages/incentives/IncentiveRows.h"

#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb::ui {

PayoutView::PayoutView(QWidget* parent) : QWidget(parent)
{
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_examples = new QLabel(this);
    m_examples->setWordWrap(true);
    m_examples->setTextFormat(Qt::RichText);
    m_examples->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // The examples may run long at 1280x720: they scroll, the table keeps its room.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_examples);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMaximumHeight(150);
    m_table = makeResultTable(IncentiveRows::payoutHeaders(), tr("Payouts"), this);
    m_table->setAccessibleDescription(
        tr("One row per agent: the gate, the quality and productivity parts and the payout, with how it was reached."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(scroll);
    layout->addWidget(m_table, 1);
}

QString PayoutView::examplesText() const
{
    return m_examples->text();
}

QString PayoutView::statusText() const
{
    return m_status->text();
}

void PayoutView::show(const IncentiveSnapshot& data)
{
    if (!data.report) {
        m_status->setText(data.problem);
        m_examples->clear();
        fillResultTable(m_table, {});
        return;
    }
    const auto& r = *data.report;
    int green = 0;
    double total = 0;
    for (const auto& p : r.payouts) {
        green += p.gateGreen ? 1 : 0;
        total += p.payout;
    }
    if (r.payouts.empty())
        m_status->setText(tr("No agent has contacts or evaluations in %1 (ISO weeks %2 to %3): not enough data.")
                              .arg(r.period.label, IsoWeek::fromKey(r.period.fromWeek).toString(),
                                   IsoWeek::fromKey(r.period.toWeek).toString()));
    else
        m_status->setText(tr("%1: %2, %3; payouts %4 in all. Worked examples from this site's data:")
                              .arg(r.period.label, tr("%Ln agent(s)", nullptr, int(r.payouts.size())),
                                   tr("%Ln with the gate green", nullptr, int(green)), format::number(total, 2)));
    m_examples->setText(IncentiveRows::workedExamples(r.plan, analytics::workedExamples(r.payouts)));
    fillResultTable(m_table, IncentiveRows::payouts(r.plan, r.payouts), {3, 4, 5, 6});
}

} // namespace fb::ui
