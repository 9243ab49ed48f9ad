#include "pages/friction/BaselineTab.h"

#include "pages/PageParts.h"
#include "pages/friction/FrictionRows.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb::ui {

BaselineTab::BaselineTab(QWidget* parent) : QWidget(parent)
{
    auto* l = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    left->addWidget(
        new QLabel(tr("<b>Pulse of the program's teams</b> (1-5; each dimension shown from 5 answers)"), this));
    m_pulse = makeResultTable({tr("Dimension"), tr("Weeks 1-2"), tr("n"), tr("Weeks 7-8"), tr("n")}, tr("Pulse"), this);
    m_pulse->setAccessibleDescription(
        tr("One row per pulse dimension: the mean in weeks 1-2 and in weeks 7-8, each with its n."));
    m_pulse->horizontalHeader()->setStretchLastSection(false);
    left->addWidget(m_pulse, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("<b>Frictions from feedback tickets, weeks 1-2</b>"), this));
    m_frictions = makeResultTable({tr("Rank"), tr("Friction"), tr("Tickets"), tr("Agents"), tr("Pulse dimension")},
                                  tr("Frictions"), this);
    m_frictions->setAccessibleDescription(
        tr("The frictions agents reported, ranked by tickets, with the pulse dimension each touches."));
    m_frictions->horizontalHeader()->setStretchLastSection(false);
    right->addWidget(m_frictions, 1);
    auto* confirmBox = new QGroupBox(tr("Top three, as you confirm them"), this);
    auto* grid = new QGridLayout(confirmBox);
    for (int i = 0; i < 3; ++i) {
        m_confirm[i] = new QComboBox(confirmBox);
        m_confirm[i]->setEditable(true);
        m_confirm[i]->setAccessibleName(tr("Friction %1").arg(i + 1));
        m_confirmDim[i] = new QComboBox(confirmBox);
        m_confirmDim[i]->setAccessibleName(tr("Pulse dimension of friction %1").arg(i + 1));
        m_confirmDim[i]->addItem(tr("(none)"), QString());
        for (const char* d : kPulseDimensionNames)
            m_confirmDim[i]->addItem(analytics::dimensionLabel(d), QString::fromLatin1(d));
        grid->addWidget(new QLabel(tr("%1.").arg(i + 1), confirmBox), i, 0);
        grid->addWidget(m_confirm[i], i, 1);
        grid->addWidget(m_confirmDim[i], i, 2);
    }
    auto* confirm = new QPushButton(tr("&Confirm these three"), confirmBox);
    m_confirmState = new QLabel(confirmBox);
    m_confirmState->setWordWrap(true);
    grid->addWidget(m_confirmState, 3, 0, 1, 2);
    grid->addWidget(confirm, 3, 2);
    grid->setColumnStretch(1, 1);
    right->addWidget(confirmBox);
    connect(confirm, &QPushButton::clicked, this, &BaselineTab::confirm);
    l->addLayout(left, 1);
    l->addLayout(right, 1);
}

void BaselineTab::present(const analytics::ProgramReport& r)
{
    fillResultTable(m_pulse, FrictionRows::pulse(r), {1, 2, 3, 4});
    fillResultTable(m_frictions, FrictionRows::frictions(r), {0, 2, 3});
    QStringList choices;
    for (const auto& f : r.rankedFrictions)
        choices << QString::fromStdString(f.friction);
    for (size_t i = 0; i < 3; ++i) {
        m_confirm[i]->clear();
        m_confirm[i]->addItem(QString());
        m_confirm[i]->addItems(choices);
        QString current;
        std::string dim;
        if (i < r.confirmed.size()) {
            current = QString::fromStdString(r.confirmed[i].friction);
            dim = r.confirmed[i].dimension;
        } else if (r.confirmed.empty() && i < r.rankedFrictions.size()) {
            current = QString::fromStdString(r.rankedFrictions[i].friction); // proposal
            dim = r.rankedFrictions[i].dimension;
        }
        m_confirm[i]->setCurrentText(current);
        const int di = m_confirmDim[i]->findData(QString::fromStdString(dim));
        m_confirmDim[i]->setCurrentIndex(di < 0 ? 0 : di);
    }
    m_confirmState->setText(r.confirmed.empty() ? tr("Proposed from the ranking; not confirmed yet.")
                                                : tr("%1 confirmed.").arg(r.confirmed.size()));
}

void BaselineTab::confirm()
{
    std::vector<ConfirmedFriction> chosen;
    for (int i = 0; i < 3; ++i) {
        const QString f = m_confirm[i]->currentText().trimmed();
        if (f.isEmpty())
            continue;
        chosen.push_back({static_cast<int>(chosen.size()) + 1,
                          f.toStdString(),
                          m_confirmDim[i]->currentData().toString().toStdString(),
                          {}});
    }
    emit confirmRequested(chosen);
}

} // namespace fb::ui
