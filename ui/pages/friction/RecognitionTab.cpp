#include "pages/friction/RecognitionTab.h"

#include "pages/PageParts.h"
#include "pages/friction/FrictionRows.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb::ui {

RecognitionTab::RecognitionTab(QWidget* parent) : QWidget(parent)
{
    auto* l = new QVBoxLayout(this);
    auto* split = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(split);
    auto* tl = new QVBoxLayout(top);
    tl->setContentsMargins(0, 0, 0, 0);
    tl->addWidget(new QLabel(tr("<b>Micro-recognitions</b> per behaviour and program week"), top));
    QStringList headers{tr("Behaviour")};
    for (int wk = 1; wk <= analytics::kProgramWeeks; ++wk)
        headers << tr("W%1").arg(wk);
    headers << tr("Total");
    m_recognitions = makeResultTable(headers, tr("Recognitions"), top);
    m_recognitions->setAccessibleDescription(tr("The recognitions given during the program."));
    m_recognitions->horizontalHeader()->setStretchLastSection(false);
    tl->addWidget(m_recognitions);
    auto* bottom = new QWidget(split);
    auto* bl = new QVBoxLayout(bottom);
    bl->setContentsMargins(0, 0, 0, 0);
    bl->addWidget(new QLabel(tr("<b>You said / we did</b>: tickets decided during the program"), bottom));
    m_youSaid =
        makeResultTable({tr("Ticket"), tr("Decision"), tr("Decided"), tr("Update")}, tr("You said, we did"), bottom);
    m_youSaid->setAccessibleDescription(tr("What was decided on each ticket agents raised, and what was done."));
    bl->addWidget(m_youSaid);
    split->addWidget(top);
    split->addWidget(bottom);
    l->addWidget(split);
}

void RecognitionTab::present(const analytics::ProgramReport& r)
{
    fillResultTable(m_recognitions, FrictionRows::recognition(r), {1, 2, 3, 4, 5, 6, 7, 8, 9});
    fillResultTable(m_youSaid, FrictionRows::youSaid(r));
}

} // namespace fb::ui
