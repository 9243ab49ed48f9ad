#include "pages/feedback/LoopView.h"

#include "analytics/FeedbackDigest.h"
#include "common/IsoWeek.h"
#include "common/Text.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fb::ui {

LoopView::LoopView(QWidget* parent) : QWidget(parent)
{
    m_team = new QComboBox(this);
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* teamLabel = new QLabel(tr("T&eam:"), this);
    teamLabel->setBuddy(m_team);
    m_copy = new QPushButton(tr("&Copy as Markdown"), this);
    m_text = new QTextBrowser(this);
    m_text->setAccessibleName(tr("You said, we did"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(teamLabel);
    bar->addWidget(m_team);
    bar->addWidget(m_copy);
    bar->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);
    connect(m_team, &QComboBox::currentIndexChanged, this, &LoopView::refill);
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_markdown); });
}

void LoopView::show(const FeedbackSnapshot& data, QDate monday)
{
    m_data = &data;
    m_monday = monday;
    {
        const QSignalBlocker block(m_team);
        const QString current = m_team->currentIndex() > 0 ? m_team->currentText() : QString();
        m_team->clear();
        m_team->addItem(tr("Site-wide"));
        for (const auto& t : data.teams)
            m_team->addItem(q(t));
        m_team->setCurrentIndex(std::max(0, m_team->findText(current)));
    }
    refill();
}

void LoopView::refill()
{
    if (!m_data)
        return;
    const std::string team = m_team->currentIndex() > 0 ? m_team->currentText().toStdString() : std::string();
    const auto digest = analytics::buildDigest(m_data->tickets, m_data->categories, m_data->calendar, m_monday,
                                               m_monday.addDays(6), team);
    // In the lead's language, for a chat with their team; the heading names
    // the range so a pasted copy says which week it is.
    const QString title = tr("You said, we did: %1, %2")
                              .arg(team.empty() ? tr("site-wide") : q(team), IsoWeek::ofDate(m_monday).toString());
    m_markdown = analytics::digestMarkdown(digest, title);
    m_text->setMarkdown(m_markdown);
}

} // namespace fb::ui
