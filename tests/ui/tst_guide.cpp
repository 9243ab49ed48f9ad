// Help ▸ Guide: every page of the built-in guide loads from the resources with
// its title, every link between pages resolves (to the page and, with an
// anchor, to its heading), every screenshot a page shows is compiled in, the
// links that leave the guide say so, the glossary is a page of it, search
// keeps exactly the pages with a hit, and F1 opens it.
#include "AppSupport.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "dialogs/GuideDialog.h"
#include "dialogs/HelpDialog.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QtTest>

#include <set>

using namespace Qt::StringLiterals;
using namespace fb;

namespace {

// Every link and image of the document shown.
void collect(const QTextDocument* doc, QStringList& links, QStringList& images)
{
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isImageFormat())
                images << f.toImageFormat().name();
            else if (f.isAnchor() && !f.anchorHref().isEmpty() && !links.contains(f.anchorHref()))
                links << f.anchorHref();
        }
}

} // namespace

class TestGuide final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyPageLoads();
    void linksResolve();
    void glossaryIsAPage();
    void searchKeepsPagesWithHits();
    void f1OpensTheGuide();
};

void TestGuide::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    ui::initResources();
}

void TestGuide::everyPageLoads()
{
    ui::GuideDialog guide;
    const QStringList titles{u"The Floorboard window"_s,
                             u"Balanced scorecards"_s,
                             u"Quality rubric, QA evaluations and the coaching log"_s,
                             u"Calibration statistics"_s,
                             u"Friction to flow: the eight-week program"_s,
                             u"Peer mentoring"_s,
                             u"Frontline feedback: tickets, SLAs, \"you said / we did\", time to fix"_s,
                             u"Recognition and incentives"_s,
                             u"CSV formats"_s,
                             u"Excel workbooks (XLSX)"_s,
                             u"Glossary"_s};
    QCOMPARE(guide.pageList()->count(), titles.size());
    for (int i = 0; i < titles.size(); ++i)
        QCOMPARE(guide.pageList()->item(i)->text(), titles[i]);
    QCOMPARE(guide.currentPage(), u"gui.md"_s); // opens on the window's page
    // The pages compiled in (ui/CMakeLists.txt) are the pages listed (GuideDialog::pageFiles).
    const QStringList compiled = QDir(u":/guide"_s).entryList({u"*.md"_s}, QDir::Files, QDir::Name);
    QStringList listed = ui::GuideDialog::pageFiles();
    listed.sort();
    QCOMPARE(compiled, listed);
    for (const QString& file : ui::GuideDialog::pageFiles()) {
        QVERIFY2(guide.showPage(file), qPrintable(file));
        QCOMPARE(guide.currentPage(), file);
        const int row = int(ui::GuideDialog::pageFiles().indexOf(file));
        QCOMPARE(guide.pageList()->currentRow(), row);
        // Rendered as Markdown: the first block is the title as a heading, without the "#".
        const QTextBlock first = guide.browser()->document()->begin();
        QCOMPARE(first.text(), titles[row]);
        QCOMPARE(first.blockFormat().headingLevel(), 1);
    }
    QVERIFY(!guide.showPage(u"architecture.md"_s)); // a developer page is not in the guide

    // As a lead sees it: the calibration page with its screenshot, and the glossary.
    guide.show();
    QVERIFY(QTest::qWaitForWindowExposed(&guide));
    QVERIFY(guide.showPage(u"calibration.md"_s, u"the-calibration-page"_s));
    QTest::qWait(100);
    QVERIFY(fb::test::saveScreenshot(guide.grab().toImage(), u"help-guide.png"_s));
}

void TestGuide::linksResolve()
{
    ui::GuideDialog guide;
    std::set<QString> outside;
    int pageLinks = 0, anchors = 0, imageCount = 0, imageLinks = 0;
    for (const QString& file : ui::GuideDialog::pageFiles()) {
        QVERIFY(guide.showPage(file));
        QStringList links, images;
        collect(guide.browser()->document(), links, images);
        // The rendered page has exactly the links and images its Markdown source writes.
        QFile source(u":/guide/"_s + file);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(source.readAll());
        std::set<QString> writtenLinks, writtenImages;
        static const QRegularExpression reference(u"(!?)\\[[^\\]]*\\]\\(([^)\\s]+)\\)"_s);
        for (auto it = reference.globalMatch(markdown); it.hasNext();) {
            const auto m = it.next();
            (m.captured(1).isEmpty() ? writtenLinks : writtenImages).insert(m.captured(2));
        }
        const std::set<QString> rendered(links.begin(), links.end());
        QStringList differ;
        for (const QString& l : rendered)
            if (!writtenLinks.count(l) && !l.startsWith(u"http"_s)) // bare web addresses are links too
                differ << u"+"_s + l;
        for (const QString& l : writtenLinks)
            if (!rendered.count(l))
                differ << u"-"_s + l;
        QVERIFY2(differ.isEmpty(), qPrintable(file + u": "_s + differ.join(u" "_s)));
        QCOMPARE(std::set<QString>(images.begin(), images.end()), writtenImages);
        for (const QString& image : images) {
            QVERIFY2(QFile::exists(u":/guide/"_s + image), qPrintable(file + u": "_s + image));
            ++imageCount;
        }
        for (const QString& href : links) {
            const QUrl url(href);
            if (url.scheme().startsWith(u"http"_s))
                continue;
            QVERIFY(guide.showPage(file));
            const bool followed = guide.openLink(url);
            const QString target = url.path().isEmpty() ? file : url.path();
            if (target.startsWith(u"screenshots/"_s)) {
                // A linked screenshot opens in the guide, with the way back.
                QVERIFY2(followed, qPrintable(file + u" -> "_s + href));
                QStringList shownLinks, shownImages;
                collect(guide.browser()->document(), shownLinks, shownImages);
                QCOMPARE(shownImages, QStringList{u"qrc:/guide/"_s + target});
                QCOMPARE(shownLinks, QStringList{file});
                ++imageLinks;
            } else if (ui::GuideDialog::pageFiles().contains(target)) {
                QVERIFY2(followed, qPrintable(file + u" -> "_s + href));
                QCOMPARE(guide.currentPage(), target);
                ++pageLinks;
                if (url.hasFragment()) {
                    // Scrolled to the heading of that anchor.
                    const QTextBlock at = guide.browser()->textCursor().block();
                    QCOMPARE(ui::headingAnchor(at.text()), url.fragment());
                    ++anchors;
                }
            } else {
                QVERIFY2(!followed, qPrintable(href));
                QCOMPARE(guide.currentPage(), file); // stays where it was
                QCOMPARE(guide.message(), u"“%1” is not part of the built-in guide; it is in the docs folder of "
                                          "Floorboard’s source, with the developer pages."_s.arg(href));
                outside.insert(href);
            }
        }
    }
    // Counted on the nine pages with grep -o '](…)', distinct per page.
    QStringList seen(outside.begin(), outside.end());
    QVERIFY2(outside == (std::set<QString>{u"benchmarks.md"_s, u"demo-site.md"_s, u"examples/"_s,
                                           u"examples/incentive-plan.csv"_s}),
             qPrintable(seen.join(u" | "_s)));
    QVERIFY(pageLinks >= 22);
    QCOMPARE(anchors, 6); // grep -o "](…#…)" on the pages, distinct per page
    QVERIFY(imageCount >= 27);
    QVERIFY(imageLinks >= 15);
}

void TestGuide::glossaryIsAPage()
{
    ui::GuideDialog guide;
    QVERIFY(guide.openLink(QUrl(u"glossary"_s)));
    QCOMPARE(guide.currentPage(), ui::GuideDialog::glossaryPage());
    QCOMPARE(guide.pageList()->currentItem()->text(), u"Glossary"_s);
    const QString text = guide.browser()->toPlainText();
    for (const QString& term : {u"n"_s, u"Small sample ◔"_s, u"Interval (95% CI)"_s, u"Difference in differences"_s,
                                u"ρ (rho)"_s, u"alpha (Krippendorff’s α)"_s, u"AC1 (Gwet’s AC1)"_s})
        QVERIFY2(text.split(u'\n').contains(term), qPrintable(term));
}

void TestGuide::searchKeepsPagesWithHits()
{
    ui::GuideDialog guide;
    guide.searchBox()->setText(u"Krippendorff"_s);
    int shown = 0;
    for (int i = 0; i < guide.pageList()->count(); ++i) {
        QListWidgetItem* item = guide.pageList()->item(i);
        const QString file = item->data(Qt::UserRole).toString();
        QString body;
        if (file == ui::GuideDialog::glossaryPage()) {
            QTextDocument d;
            d.setHtml(ui::HelpDialog::glossaryHtml());
            body = d.toPlainText();
        } else {
            QFile f(u":/guide/"_s + file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            body = QString::fromUtf8(f.readAll());
        }
        const qsizetype hits = body.count(u"krippendorff"_s, Qt::CaseInsensitive);
        QCOMPARE(item->isHidden(), hits == 0);
        QVERIFY2(item->text().endsWith(u" (%1)"_s.arg(hits)), qPrintable(item->text()));
        shown += item->isHidden() ? 0 : 1;
    }
    QVERIFY(shown >= 2); // calibration.md and the glossary at least
    QVERIFY(!guide.pageList()->item(int(ui::GuideDialog::pageFiles().indexOf(u"calibration.md"_s)))->isHidden());
    // The window's page has no hit, so the first page with one is shown, the hit marked.
    QCOMPARE(guide.currentPage(), u"calibration.md"_s);
    QCOMPARE(guide.browser()->textCursor().selectedText().toLower(), u"krippendorff"_s);
    guide.searchBox()->clear();
    for (int i = 0; i < guide.pageList()->count(); ++i)
        QVERIFY(!guide.pageList()->item(i)->isHidden());
    QCOMPARE(guide.pageList()->item(0)->text(), u"The Floorboard window"_s);
}

void TestGuide::f1OpensTheGuide()
{
    ui::MainWindow window;
    std::unique_ptr<ui::HelpDialog> shortcuts(ui::HelpDialog::shortcuts(window.menuBar(), &window));
    QVERIFY2(shortcuts->text().contains(u"<tr><td><b>F1</b></td><td>Help ▸ Guide</td></tr>"_s),
             qPrintable(shortcuts->text()));
    QVERIFY(shortcuts->text().contains(u"<tr><td><b>Shift+F1</b></td><td>Help ▸ Glossary</td></tr>"_s));
}

QTEST_MAIN(TestGuide)
#include "tst_guide.moc"
