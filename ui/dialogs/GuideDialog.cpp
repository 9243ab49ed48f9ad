#include "dialogs/GuideDialog.h"

#include "AppSupport.h"
#include "ScreenFit.h"
#include "Settings.h"
#include "dialogs/HelpDialog.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fb::ui {

namespace {

const QString kRoot = QStringLiteral("qrc:/guide/");

QString pageText(const QString& file)
{
    QFile f(QStringLiteral(":/guide/") + file);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The page's first heading, without the "# ".
QString pageTitle(const QString& file)
{
    const QString text = pageText(file);
    const qsizetype end = text.indexOf(u'\n');
    return text.left(end).remove(QRegularExpression(QStringLiteral("^#+\\s*")));
}

// Screenshots are 1280 px wide and more: shown at the width of the text, so a
// page reads without scrolling sideways.
class GuideBrowser final : public QTextBrowser {
public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int type, const QUrl& name) override
    {
        QVariant resource = QTextBrowser::loadResource(type, name);
        if (type != QTextDocument::ImageResource)
            return resource;
        QImage image = resource.value<QImage>();
        if (image.isNull())
            image.loadFromData(resource.toByteArray());
        const int width = std::max(320, viewport()->width() - 40);
        if (!image.isNull() && image.width() > width)
            image = image.scaledToWidth(width, Qt::SmoothTransformation);
        return image;
    }
};

} // namespace

QString headingAnchor(const QString& heading)
{
    QString anchor;
    for (const QChar c : heading.toLower())
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            anchor += c;
        else if (c == u' ')
            anchor += u'-';
    return anchor;
}

const QStringList& GuideDialog::pageFiles()
{
    static const QStringList files{QStringLiteral("gui.md"),
                                   QStringLiteral("scorecard.md"),
                                   QStringLiteral("coaching.md"),
                                   QStringLiteral("calibration.md"),
                                   QStringLiteral("friction-to-flow.md"),
                                   QStringLiteral("mentoring.md"),
                                   QStringLiteral("feedback.md"),
                                   QStringLiteral("recognition-and-incentives.md"),
                                   QStringLiteral("csv-formats.md"),
                                   QStringLiteral("xlsx.md")};
    return files;
}

GuideDialog::GuideDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Guide"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search the guide"));
    m_search->setAccessibleName(tr("Search the guide"));
    m_search->setClearButtonEnabled(true);
    m_pages = new QListWidget(this);
    m_pages->setAccessibleName(tr("Pages"));
    m_pages->setAccessibleDescription(tr("The pages of the guide; choosing one shows it beside the list."));
    // Long titles wrap rather than run off a narrow list.
    m_pages->setWordWrap(true);
    m_pages->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const QString& file : pageFiles()) {
        auto* item = new QListWidgetItem(pageTitle(file), m_pages);
        item->setData(Qt::UserRole, file);
        item->setToolTip(pageTitle(file));
    }
    auto* glossary = new QListWidgetItem(tr("Glossary"), m_pages);
    glossary->setData(Qt::UserRole, glossaryPage());
    m_browser = new GuideBrowser(this);
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("Guide page"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    // The docs are written once, in English; a German window says so rather than pretend.
    const QLocale::Language language = translationLocale(Settings::language(), QLocale::system()).language();
    const bool english = language == QLocale::English || language == QLocale::C; // C: untranslated, English
    auto* note = new QLabel(
        (english ? QString() : tr("The guide's pages are in English. ")) +
            tr("Words such as alpha, AC1 and interval are explained in the <a href=\"glossary\">Glossary</a>."),
        this);
    note->setWordWrap(true);
    connect(note, &QLabel::linkActivated, this, [this] { showPage(glossaryPage()); });

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_pages, 1);
    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_browser);
    split->setStretchFactor(1, 1);
    split->setSizes({240, 760});
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_pages, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item && item->data(Qt::UserRole).toString() != m_current)
            showPage(item->data(Qt::UserRole).toString());
    });
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) { openLink(url); });
    connect(m_search, &QLineEdit::textChanged, this, &GuideDialog::search);
    // Enter in the search box moves to the next hit on the page shown.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_search->text().isEmpty() && !m_browser->find(m_search->text())) {
            m_browser->moveCursor(QTextCursor::Start);
            m_browser->find(m_search->text());
        }
    });
    resizeToScreen(this, QSize(1040, 760));
    showPage(pageFiles().first());
}

QString GuideDialog::message() const
{
    return m_message->text();
}

bool GuideDialog::showPage(const QString& file, const QString& fragment)
{
    m_message->clear();
    if (file == glossaryPage()) {
        m_browser->setHtml(HelpDialog::glossaryHtml());
    } else if (pageFiles().contains(file)) {
        m_browser->setSource(QUrl(kRoot + file), QTextDocument::MarkdownResource);
    } else {
        return false;
    }
    m_current = file;
    for (int i = 0; i < m_pages->count(); ++i)
        if (m_pages->item(i)->data(Qt::UserRole).toString() == file) {
            const QSignalBlocker block(m_pages);
            m_pages->setCurrentRow(i);
        }
    if (!m_search->text().isEmpty())
        m_browser->find(m_search->text());
    return fragment.isEmpty() || scrollToAnchor(fragment);
}

bool GuideDialog::scrollToAnchor(const QString& fragment)
{
    QTextDocument* doc = m_browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        if (block.blockFormat().headingLevel() > 0 && headingAnchor(block.text()) == fragment) {
            QTextCursor cursor(block);
            m_browser->setTextCursor(cursor);
            m_browser->verticalScrollBar()->setValue(int(doc->documentLayout()->blockBoundingRect(block).top()));
            return true;
        }
    return false;
}

bool GuideDialog::openLink(const QUrl& link)
{
    if (link.scheme() == u"http" || link.scheme() == u"https" || link.scheme() == u"mailto") {
        QDesktopServices::openUrl(link);
        return true;
    }
    const QString path = link.path();
    const QString file = path.section(u'/', -1);
    if (path.isEmpty() && link.hasFragment())
        return scrollToAnchor(link.fragment());
    // A screenshot linked from a page (the 1920 x 1080 versions): shown in the
    // guide at the width of the text, with the way back.
    if (path.startsWith(u"screenshots/") && QFile::exists(QStringLiteral(":/guide/") + path)) {
        const QString from = m_current;
        m_browser->setHtml(
            QStringLiteral("<p><a href=\"%1\">%2</a></p><p><img src=\"%3\"></p>")
                .arg(from.toHtmlEscaped(), tr("← Back to the page").toHtmlEscaped(), (kRoot + path).toHtmlEscaped()));
        m_message->clear();
        return true;
    }
    if (link.toString() == glossaryPage() || pageFiles().contains(file)) {
        if (showPage(link.toString() == glossaryPage() ? glossaryPage() : file, link.fragment()))
            return true;
    }
    m_message->setText(tr("“%1” is not part of the built-in guide; it is in the docs folder of Floorboard’s "
                          "source, with the developer pages.")
                           .arg(link.toString()));
    return false;
}

void GuideDialog::search(const QString& text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_pages->count(); ++i) {
        QListWidgetItem* item = m_pages->item(i);
        const QString file = item->data(Qt::UserRole).toString();
        const QString title = file == glossaryPage() ? tr("Glossary") : pageTitle(file);
        if (needle.isEmpty()) {
            item->setText(title);
            item->setHidden(false);
            continue;
        }
        QTextDocument plain;
        plain.setHtml(file == glossaryPage() ? HelpDialog::glossaryHtml() : QString());
        const QString body = file == glossaryPage() ? plain.toPlainText() : pageText(file);
        const qsizetype hits = body.count(needle, Qt::CaseInsensitive);
        item->setHidden(hits == 0);
        item->setText(tr("%1 (%2)").arg(title).arg(hits));
    }
    m_message->setText(needle.isEmpty() ? QString() : tr("Enter finds the next hit on this page."));
    // A page without a hit gives way to the first page with one.
    bool currentHit = false;
    QString firstHit;
    for (int i = 0; i < m_pages->count(); ++i) {
        const QListWidgetItem* item = m_pages->item(i);
        if (item->isHidden())
            continue;
        currentHit = currentHit || item->data(Qt::UserRole).toString() == m_current;
        if (firstHit.isEmpty())
            firstHit = item->data(Qt::UserRole).toString();
    }
    if (!needle.isEmpty() && !currentHit && !firstHit.isEmpty())
        showPage(firstHit);
    if (!needle.isEmpty()) {
        m_browser->moveCursor(QTextCursor::Start);
        m_browser->find(needle);
    }
}

} // namespace fb::ui
