#include "pages/friction/ComparisonTab.h"

#include "pages/PageParts.h"
#include "pages/friction/FrictionRows.h"
#include "pages/friction/ProgramDrillDown.h"

#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb::ui {

ComparisonTab::ComparisonTab(QWidget* parent) : QWidget(parent)
{
    auto* l = new QVBoxLayout(this);
    m_sentences = new QLabel(this);
    m_sentences->setWordWrap(true);
    m_sentences->setTextFormat(Qt::RichText);
    m_sentences->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->addWidget(m_sentences);
    // Headings wrap: long explanations must not widen the window (tst_screenfit).
    const auto heading = [this](const QString& text) {
        auto* label = new QLabel(text, this);
        label->setWordWrap(true);
        return label;
    };
    l->addWidget(heading(tr("<b>Weeks 7-8 against weeks 1-2</b> (program's teams; 95% intervals and p from a "
                            "regression with errors clustered by agent; p Holm-adjusted over the six metrics)")));
    m_comparison =
        makeResultTable({tr("Metric"), tr("Weeks 1-2"), tr("Weeks 7-8"), tr("n before"), tr("n after"), tr("Change"),
                         tr("Relative"), tr("95% CI of change"), tr("p (Holm)"), tr("Reading")},
                        tr("Comparison"), this);
    m_comparison->setAccessibleDescription(tr("One row per metric: weeks 1-2 against weeks 7-8, the change and its 95% "
                                              "interval; double-click a value or an n to see the contacts behind it."));
    m_comparison->setToolTip(tr("Double-click a value or an n to see the contacts behind it"));
    connect(m_comparison, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (!m_report)
            return;
        if (auto request = programContactsBehind(*m_report, row, column))
            emit contactsRequested(*request);
    });
    l->addWidget(m_comparison, 1);
    l->addWidget(heading(tr("<b>Attribution</b>: how much more each metric changed in a fix's scope than in the "
                            "interactions no fix touched (difference in differences; p Holm-adjusted over the whole "
                            "table)")));
    m_attribution = makeResultTable({tr("Fix"), tr("Metric"), tr("Change beyond untouched (DiD)"), tr("95% CI"),
                                     tr("n in before / after"), tr("n untouched before / after"), tr("Note")},
                                    tr("Attribution"), this);
    m_attribution->setAccessibleDescription(
        tr("One row per fix and metric: the change beyond teams the fix did not touch, with its 95% interval."));
    l->addWidget(m_attribution, 1);
}

void ComparisonTab::present(const analytics::ProgramReport& r)
{
    m_report = std::make_shared<const analytics::ProgramReport>(r);
    m_sentences->setText(FrictionRows::summaryHtml(r));
    fillResultTable(m_comparison, FrictionRows::comparison(r), {1, 2, 3, 4, 5, 6, 7, 8});
    fillResultTable(m_attribution, FrictionRows::attribution(r), {2, 3, 4, 5});
}

QString ComparisonTab::summaryText() const
{
    return m_sentences->text();
}

} // namespace fb::ui
