#include "pages/recognition/HuddleTab.h"

#include "common/AtomicFile.h"
#include "common/IsoWeek.h"
#include "common/Text.h"
#include "dialogs/FileDialogs.h"
#include "export/HuddleMarkdown.h"
#include "pages/PageParts.h"
#include "pages/recognition/RecognitionRows.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb::ui {

HuddleTab::HuddleTab(QWidget* parent) : QWidget(parent)
{
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    auto* copy = new QPushButton(tr("&Copy as Markdown"), this);
    auto* save = new QPushButton(tr("Save &Markdown…"), this);
    auto* pdf = new QPushButton(tr("Save &PDF…"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_heading, 1);
    bar->addWidget(copy);
    bar->addWidget(save);
    bar->addWidget(pdf);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_table = makeResultTable(RecognitionRows::huddleHeaders(), tr("Shout-outs of the week"), this);
    m_table->setAccessibleDescription(
        tr("The shout-outs of the week to read out in the huddle: who, what they did and what came of it."));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    connect(copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_markdown);
        m_status->setText(tr("The list is on the clipboard as Markdown."));
    });
    connect(save, &QPushButton::clicked, this, &HuddleTab::saveMarkdown);
    connect(pdf, &QPushButton::clicked, this, &HuddleTab::savePdfRequested);
}

void HuddleTab::present(const RecognitionView& view)
{
    // The Markdown and PDF are file text for a chat or a print-out, in
    // English like the CLI's; the heading names the week so a pasted copy says which.
    m_markdown = q(exporting::huddleMarkdown(view.huddle, view.week, view.team));
    m_title = m_markdown.section(QLatin1Char('\n'), 0, 0).mid(2);
    const QString week = IsoWeek::fromKey(view.week).toString();
    m_heading->setText(tr("<b>Shout-outs of %1</b>: public recognitions to read out at the huddle; private ones "
                          "stay on the Nominate tab.")
                           .arg(week));
    fillResultTable(m_table, RecognitionRows::huddle(view.huddle));
    m_empty->setText(
        tr("No public recognitions in %1. Nominate someone on the Nominate tab, or pick another week.").arg(week));
    m_empty->setVisible(view.huddle.empty());
    m_table->setVisible(!view.huddle.empty());
    m_status->clear();
}

QString HuddleTab::emptyText() const
{
    return m_empty->isVisibleTo(this) ? m_empty->text() : QString();
}

void HuddleTab::saveMarkdown()
{
    const QString path =
        fileDialogs::saveFile(this, tr("Save the huddle list"), QDir::home().filePath(QStringLiteral("shout-outs.md")),
                              tr("Markdown files (*.md)"));
    if (path.isEmpty())
        return;
    const QByteArray bytes = m_markdown.toUtf8();
    if (Status st = writeFileAtomically(path, bytes); !st)
        m_status->setText(tr("Not saved: %1").arg(st.error().toString()));
    else
        m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace fb::ui
