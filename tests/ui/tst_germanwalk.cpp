// The window in German, walked as a German team lead sees it: the translations
// installed as the program installs them and QLocale de_DE, every page and each
// of its tabs shown on a small demo site and given time to load, and the main
// dialogs opened. Every text a person reads (labels, buttons, tabs, group
// titles, table headers and cells, combo items, menus, placeholders, tooltips,
// chart texts) is collected, and none may hold an English word.
//
// The English words are those of the program's own source strings
// (translations/floorboard_de.ts) that no German translation uses, so words
// German shares (Team, Agent, Score, Coaching) drop out by themselves. The demo
// site's names and free texts are the user's data, not the program's: they are
// read from the database and taken out of a text before it is checked.
#include "AppSupport.h"
#include "DemoSite.h"
#include "MainWindow.h"
#include "Settings.h"
#include "analytics/Attribution.h"
#include "analytics/FeedbackDigest.h"
#include "background/DatabaseJobs.h"
#include "dialogs/DemoDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/GuideDialog.h"
#include "dialogs/HelpDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/MeDialog.h"
#include "domain/ChoiceLabels.h"
#include "domain/Kinds.h"
#include "models/CellFormat.h"
#include "pages/calibration/SessionDialog.h"
#include "pages/friction/NewProgramDialog.h"
#include "pages/scorecards/AgentCardDialog.h"
#include "pages/scorecards/DefinitionDialog.h"
#include "pages/scorecards/ScorecardPage.h"
#include "store/Database.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QChartView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QXmlStreamReader>
#include <QtTest>

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <memory>
#include <set>

using namespace Qt::StringLiterals;
using namespace fb;

namespace {

// Words the German window shows on purpose, each with its reason.
const std::set<QString>& allowed()
{
    static const std::set<QString> words{
        u"floorboard"_s, u"excel"_s,  u"csv"_s,     u"pdf"_s,       u"xlsx"_s,
        u"qt"_s,         u"sqlite"_s, u"utf"_s,                                      // product names
        u"billing"_s,    u"tech"_s,   u"support"_s, u"retention"_s, u"onboarding"_s, // demo team names
        u"pp"_s,         u"min"_s,    u"px"_s,                                       // units
        u"english"_s, // View > Language names each language in itself: "English", "Deutsch"
    };
    return words;
}

const QRegularExpression& wordPattern()
{
    static const QRegularExpression word(u"\\p{L}+"_s);
    return word;
}

QStringList wordsOf(const QString& text)
{
    QStringList words;
    for (auto it = wordPattern().globalMatch(text); it.hasNext();)
        words << it.next().captured().toLower();
    return words;
}

// A message's text without what is not prose: placeholders, tags, entities, accelerators.
QString prose(QString text)
{
    static const QRegularExpression markup(u"%L?\\d+|%n|<[^>]*>|&[a-z]+;"_s);
    return text.remove(markup).remove(u'&');
}

// What translations/README.md keeps in English on purpose, taken out of a text:
// CSV column names ("CSV-Spalte: handle_seconds") and encoding names as files spell them.
QString withoutKeptEnglish(QString text)
{
    static const QRegularExpression kept(u"[a-z]+(_[a-z]+)+|CSV-Spalte: \\S+|UTF-\\d+(BE|LE)?( with BOM)?"_s);
    return text.remove(kept);
}

// The demo rubric's attribute names, which the user names; a text that is exactly one is allowed.
// (A kind's choices, "voice", "reviewing", are shown through choiceLabel and checked like any text.)
QSet<QString> keptValues()
{
    QSet<QString> values;
    for (const auto& attribute : defaultRubric())
        values.insert(QString::fromStdString(attribute.name));
    return values;
}

// Numbers written the C locale's way in a German text: "0.4", "p = 0.697",
// "12.5 %". German writes "0,4" and groups thousands with a point ("1.234"),
// and dates are "26.10.2026" or "26.10."; those are not flagged.
QStringList cLocaleNumbers(const QString& text)
{
    static const QRegularExpression dates(u"\\b\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\b"_s);
    static const QRegularExpression decimal(u"(?<![\\d.,])\\d+\\.\\d+(?![\\d.,])"_s);
    static const QRegularExpression grouped(u"^[1-9]\\d{0,2}(\\.\\d{3})+$"_s);
    QStringList found;
    const QString withoutDates = QString(text).remove(dates);
    for (auto it = decimal.globalMatch(withoutDates); it.hasNext();) {
        const QString n = it.next().captured();
        if (!grouped.match(n).hasMatch() && !found.contains(n))
            found << n;
    }
    return found;
}

// The English words of the program: source words no German translation uses.
std::set<QString> englishWords(int* messages)
{
    QFile ts(QStringLiteral(FB_TESTDATA "/../../translations/floorboard_de.ts"));
    if (!ts.open(QIODevice::ReadOnly))
        return {};
    std::set<QString> source, german;
    QXmlStreamReader xml(&ts);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"source"_s) {
            ++*messages;
            for (const QString& w : wordsOf(prose(xml.readElementText())))
                source.insert(w);
        } else if (xml.name() == u"translation"_s || xml.name() == u"numerusform"_s) {
            for (const QString& w : wordsOf(xml.readElementText(QXmlStreamReader::IncludeChildElements)))
                german.insert(w);
        }
    }
    std::set<QString> english;
    for (const QString& w : source)
        if (w.size() > 1 && !german.count(w) && !allowed().count(w))
            english.insert(w);
    return english;
}

// The demo's names and free texts (anything with a space or a capital), longest first.
QStringList dataTexts(const QString& path)
{
    QSet<QString> texts;
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
    SQLite::Statement tables(db, "SELECT name FROM sqlite_master WHERE type = 'table'");
    std::vector<std::string> names;
    while (tables.executeStep())
        names.push_back(tables.getColumn(0).getString());
    for (const std::string& table : names) {
        SQLite::Statement rows(db, "SELECT * FROM \"" + table + "\"");
        while (rows.executeStep())
            for (int c = 0; c < rows.getColumnCount(); ++c) {
                if (!rows.getColumn(c).isText())
                    continue;
                const QString v = QString::fromStdString(rows.getColumn(c).getString());
                if (v.size() > 2 && (v.contains(u' ') || v.at(0).isUpper()))
                    texts.insert(v);
            }
    }
    QStringList sorted(texts.begin(), texts.end());
    std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return sorted;
}

QString pathOf(const QWidget* w)
{
    QStringList path;
    for (const QWidget* p = w; p; p = p->parentWidget()) {
        path.prepend(QString::fromLatin1(p->metaObject()->className()) +
                     (p->objectName().isEmpty() ? QString() : u"#"_s + p->objectName()));
        if (p->isWindow())
            break;
    }
    return path.join(u" > "_s);
}

QString plain(const QString& text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// Makes every tab that holds w the current one, so w can be seen.
void reveal(QWidget* w)
{
    for (QWidget* p = w; p && p->parentWidget(); p = p->parentWidget())
        if (qobject_cast<QStackedWidget*>(p->parentWidget()))
            if (auto* tabs = qobject_cast<QTabWidget*>(p->parentWidget()->parentWidget()))
                tabs->setCurrentWidget(p);
}

void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

class Walk {
public:
    Walk(std::set<QString> english, QStringList data) : m_english(std::move(english)), m_data(std::move(data)) {}

    // Every visible text of w's window at this moment.
    void collect(QWidget* root, const QString& where)
    {
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets.prepend(root);
        for (QWidget* w : widgets) {
            if (!w->isVisible() || m_skip.contains(w) || qobject_cast<QHeaderView*>(w)) // headers: with their view
                continue;
            const QString at = where + u": "_s + pathOf(w);
            check(at, w->toolTip());
            // Widgets that paint their own text (the program's phase timeline) list it.
            for (const QString& drawn : w->property("drawnTexts").toStringList())
                check(at + u" drawn"_s, drawn);
            if (w->isWindow())
                check(at, w->windowTitle());
            if (auto* l = qobject_cast<QLabel*>(w)) {
                check(at, plain(l->text()));
            } else if (auto* b = qobject_cast<QAbstractButton*>(w)) {
                check(at, b->text());
            } else if (auto* g = qobject_cast<QGroupBox*>(w)) {
                check(at, g->title());
            } else if (auto* t = qobject_cast<QTabBar*>(w)) {
                for (int i = 0; i < t->count(); ++i) {
                    check(at + u" tab "_s + QString::number(i), t->tabText(i));
                    check(at + u" tab "_s + QString::number(i), t->tabToolTip(i));
                }
            } else if (auto* c = qobject_cast<QComboBox*>(w)) {
                for (int i = 0; i < c->count(); ++i)
                    check(at + u" item "_s + QString::number(i), c->itemText(i));
            } else if (auto* e = qobject_cast<QLineEdit*>(w)) {
                check(at, e->placeholderText());
            } else if (auto* s = qobject_cast<QAbstractSpinBox*>(w)) {
                check(at, s->text());
            } else if (auto* p = qobject_cast<QPlainTextEdit*>(w)) {
                check(at, p->placeholderText());
                check(at, p->toPlainText());
            } else if (auto* x = qobject_cast<QTextEdit*>(w)) {
                check(at, x->placeholderText());
                check(at, x->toPlainText());
            } else if (auto* v = qobject_cast<QAbstractItemView*>(w)) {
                collectView(at, v);
            } else if (auto* chart = qobject_cast<QChartView*>(w)) {
                collectChart(at, chart);
            } else if (auto* bar = qobject_cast<QMenuBar*>(w)) {
                for (QAction* a : bar->actions())
                    collectAction(at, a);
            }
        }
    }

    void skip(QWidget* w) { m_skip << w; }
    [[nodiscard]] const QStringList& found() const { return m_found; }
    [[nodiscard]] int checked() const { return m_checked; }

private:
    void check(const QString& at, const QString& text)
    {
        if (text.trimmed().isEmpty())
            return;
        ++m_checked;
        const bool kept = m_kept.contains(text.trimmed().toLower());
        const QString ours = withoutKeptEnglish(text);
        if ((kept || englishIn(ours).isEmpty()) && cLocaleNumbers(ours).isEmpty())
            return;
        QString own = ours; // the user's data taken out, only where it matters (it is slow)
        for (const QString& d : m_data)
            if (own.contains(d))
                own.replace(d, u" "_s);
        QStringList words = kept ? QStringList() : englishIn(own);
        words += cLocaleNumbers(own);
        if (!words.isEmpty())
            m_found << at + u": \""_s + text.simplified().left(300) + u"\" ("_s + words.join(u", "_s) + u")"_s;
    }

    QStringList englishIn(const QString& text) const
    {
        QStringList words;
        for (const QString& w : wordsOf(text))
            if (m_english.count(w) && !words.contains(w))
                words << w;
        return words;
    }

    void collectView(const QString& at, QAbstractItemView* view)
    {
        const QAbstractItemModel* model = view->model();
        if (!model)
            return;
        for (int c = 0; c < model->columnCount(); ++c) {
            check(at + u" header "_s + QString::number(c), model->headerData(c, Qt::Horizontal).toString());
            check(at + u" header "_s + QString::number(c),
                  model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
        }
        collectRows(at, model, QModelIndex(), 0);
    }

    void collectRows(const QString& at, const QAbstractItemModel* model, const QModelIndex& parent, int depth)
    {
        const int rows = std::min(model->rowCount(parent), 40); // enough to see every kind of row
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < model->columnCount(parent); ++c) {
                const QModelIndex i = model->index(r, c, parent);
                const QString cell = at + QStringLiteral(" cell %1,%2").arg(r).arg(c);
                check(cell, model->data(i).toString());
                check(cell, model->data(i, Qt::ToolTipRole).toString());
                if (c == 0 && depth < 3 && model->hasChildren(i))
                    collectRows(at, model, i, depth + 1);
            }
    }

    void collectChart(const QString& at, QChartView* view)
    {
        if (!view->scene())
            return;
        for (QGraphicsItem* item : view->scene()->items()) {
            if (!item->isVisible())
                continue;
            if (auto* t = dynamic_cast<QGraphicsTextItem*>(item))
                check(at + u" chart"_s, t->toPlainText());
            else if (auto* s = dynamic_cast<QGraphicsSimpleTextItem*>(item))
                check(at + u" chart"_s, s->text());
        }
    }

    void collectAction(const QString& at, QAction* a)
    {
        const QString here = at + u" > "_s + a->text();
        check(here, a->text());
        check(here, a->toolTip() == QString(a->text()).remove(u'&') ? QString() : a->toolTip());
        if (a->menu())
            for (QAction* sub : a->menu()->actions())
                collectAction(here, sub);
    }

    std::set<QString> m_english;
    QStringList m_data;
    QSet<QString> m_kept = keptValues();
    QList<QWidget*> m_skip;
    QStringList m_found;
    int m_checked = 0;
};

} // namespace

class TestGermanWalk final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void theWordListIsTheProgramsEnglish();
    void sentencesFromTheCoreInGerman();
    void noEnglishWordOnAnyPageOrDialog();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::set<QString> m_english;
    int m_messages = 0;
};

void TestGermanWalk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // keep the user's settings out of it
    ui::initResources();
    // German as the program loads it (View > Language > Deutsch), with German dates and numbers.
    ui::Settings::setLanguage(u"de"_s);
    ui::installTranslators(*QCoreApplication::instance());
    QLocale::setDefault(QLocale(u"de_DE"_s));
    QCOMPARE(QCoreApplication::translate("fb::ui::MainWindow", "&File"), u"&Datei"_s);
    // A friction program's checklist and digest (lupdate once filed them under a context "Tr").
    QCOMPARE(QCoreApplication::translate("fb::analytics::ProgramReport", "Runs until %1."), u"Läuft bis %1."_s);

    m_english = englishWords(&m_messages);
    for (const auto& attribute : defaultRubric()) // the demo rubric's names ("Clarity"): the user names them
        for (const QString& w : wordsOf(QString::fromStdString(attribute.name)))
            m_english.erase(w);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"walk.floorboard"_s);
    demo::DemoOptions options;
    options.agents = 8;
    options.teams = 2;
    options.weeks = 6;
    options.contactsPerWeek = 20;
    QVERIFY(fbtest::makeDemoSite(m_path, options));
}

void TestGermanWalk::cleanupTestCase()
{
    ui::Settings::setLanguage(QString());
}

// The list is built from the translation file, so it must hold the words a
// leftover would show, and none German shares.
void TestGermanWalk::theWordListIsTheProgramsEnglish()
{
    QVERIFY(m_messages > 1000);
    for (const QString& w : {u"the"_s, u"and"_s, u"of"_s, u"enough"_s, u"data"_s, u"week"_s, u"share"_s})
        QVERIFY2(m_english.count(w), qPrintable(w));
    for (const QString& w : {u"team"_s, u"agent"_s, u"coaching"_s, u"floorboard"_s})
        QVERIFY2(!m_english.count(w), qPrintable(w));
}

// Sentences core/analytics writes for the page and the PDF, with German
// words, dates and numbers (the walk sees words, and only the rows the demo has).
void TestGermanWalk::sentencesFromTheCoreInGerman()
{
    FeedbackTicket t;
    t.id = "T0042";
    t.title = "Refund-Tool hängt mittags";
    t.agents = 14;
    t.status = "fixed";
    t.decidedOn = QDate(2026, 10, 2);
    t.fixedOn = QDate(2026, 10, 12);
    t.fixWhat = "Batch-Job auf 02:00 verlegt.";
    QCOMPARE(analytics::youSaid(t), u"Ihr habt gesagt: Refund-Tool hängt mittags (14 Agenten)."_s);
    QCOMPARE(analytics::weDid(t), u"Wir haben umgesetzt: Batch-Job auf 02:00 verlegt (am 12. Okt. 2026)."_s);
    t.agents = 1;
    QCOMPARE(analytics::youSaid(t), u"Ihr habt gesagt: Refund-Tool hängt mittags (1 Agent)."_s);
    t.status = "deferred";
    t.fixedOn = {};
    t.revisitOn = QDate(2026, 11, 2);
    t.decisionReason = "Erst nach der Umstellung";
    QCOMPARE(analytics::weDid(t), u"Wir haben es bis 2. Nov. 2026 zurückgestellt. Grund: Erst nach der Umstellung."_s);
    QCOMPARE(choiceLabel("status", std::string("reviewing")), u"in Prüfung"_s);
    QCOMPARE(choiceLabel("category", std::string("schedule")), u"Dienstplan"_s);
    QCOMPARE(choiceLabel("channel", std::string("voice")), u"Telefon"_s);
    QCOMPARE(choiceLabel("category", std::string("Abrechnung")), u"Abrechnung"_s); // a site's own category
    // A record table's cells: a stored choice and an ISO date, as a German lead reads them.
    ColumnSpec status{"status", ColumnType::Enum};
    QCOMPARE(ui::cellText(status, Value(std::string("left"))), u"Ausgeschieden"_s);
    QCOMPARE(ui::cellText(ColumnSpec{"hire_date", ColumnType::Date}, Value(std::string("2025-02-13"))),
             u"13.02.2025"_s);

    // The friction program's "In plain words": a decimal comma in every number.
    analytics::MetricComparison c;
    c.metric = analytics::ProgramMetric::Rework;
    c.agents = 12;
    c.stats =
        analytics::TwoSample{0.14, 0.0855, -0.0545, std::nullopt, -0.072, -0.038, 0.0004, std::nullopt, std::nullopt};
    c.pHolm = 0.0024;
    QCOMPARE(analytics::summarySentence(c, {}, {}),
             u"Nacharbeit sank um 5,5 Punkte (95-%-KI -7,2 bis -3,8, p < 0,001, nach Holm korrigiert p = 0,002, "
             "12 Agenten)."_s);
}

void TestGermanWalk::noEnglishWordOnAnyPageOrDialog()
{
    Walk walk(m_english, dataTexts(m_path));
    ui::MainWindow window;
    QVERIFY(window.openDatabase(m_path).ok());
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (int i = 0; i < ui::MainWindow::pageCount(); ++i) {
        window.showPage(i);
        QTRY_VERIFY_WITH_TIMEOUT(window.isIdle(), 60000);
        settle(1500); // the feature pages compute on their own threads and then fill their tabs
        QTRY_VERIFY_WITH_TIMEOUT(window.isIdle(), 60000);
        const QString where = u"page "_s + QString::number(i);
        walk.collect(&window, where);
        for (QTabWidget* tabs : window.page(i)->findChildren<QTabWidget*>())
            for (int t = 0; t < tabs->count(); ++t) {
                reveal(tabs);
                tabs->setCurrentIndex(t);
                settle(300);
                QTRY_VERIFY_WITH_TIMEOUT(window.isIdle(), 60000);
                walk.collect(window.page(i), where + u" tab "_s + tabs->tabText(t));
            }
    }

    // The agent card, opened as a lead does: a double click on a scorecard row.
    window.showPage(ui::MainWindow::FirstFeatureIndex);
    auto* scorecards = qobject_cast<ui::scorecards::ScorecardPage*>(window.page(ui::MainWindow::FirstFeatureIndex));
    QVERIFY(scorecards);
    reveal(scorecards->table());
    QTRY_VERIFY_WITH_TIMEOUT(!scorecards->isComputing() && scorecards->table()->model()->rowCount() > 0, 30000);
    emit scorecards->table()->doubleClicked(scorecards->table()->model()->index(0, 0));
    ui::scorecards::AgentCardDialog* card = nullptr;
    QTRY_VERIFY((card = scorecards->findChild<ui::scorecards::AgentCardDialog*>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(card));
    settle(1500);
    walk.collect(card, u"agent card"_s);
    card->close();

    // The dialogs that open without a modal exec, with what they need.
    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.push_back(std::make_unique<ui::GuideDialog>(&window));
    dialogs.push_back(std::unique_ptr<QDialog>(ui::HelpDialog::shortcuts(window.menuBar(), &window)));
    dialogs.push_back(std::unique_ptr<QDialog>(ui::HelpDialog::glossary(&window)));
    dialogs.push_back(std::make_unique<ui::MeDialog>(QStringList{u"Team 1"_s, u"Team 2"_s}, &window));
    dialogs.push_back(std::make_unique<ui::ImportDialog>(m_path, &window));
    dialogs.push_back(std::make_unique<ui::ExportDialog>(Kind::Agents, &window));
    dialogs.push_back(std::make_unique<ui::DemoDialog>(m_dir.filePath(u"other.floorboard"_s), &window));
    dialogs.push_back(std::make_unique<ui::scorecards::DefinitionDialog>(analytics::defaultDefinition(), &window));
    dialogs.push_back(std::make_unique<ui::NewProgramDialog>(std::vector<std::string>{"Team 1", "Team 2"},
                                                             QDate(2026, 10, 26), &window));
    dialogs.push_back(std::make_unique<ui::calibration::SessionDialog>(&window));
    // The guide's pages are English whatever the language, and its page list names them; the dialog says so.
    for (QWidget* w : dialogs.front()->findChildren<QWidget*>())
        if (qobject_cast<QTextEdit*>(w) || qobject_cast<QAbstractItemView*>(w))
            walk.skip(w);
    for (const auto& dialog : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        settle(300);
        walk.collect(dialog.get(), QString::fromLatin1(dialog->metaObject()->className()));
        dialog->hide();
    }

    QStringList found = walk.found();
    found.removeDuplicates();
    for (const QString& line : found) // all of them: QVERIFY2 cuts its message short
        qInfo("%s", qPrintable(line));
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 texts with English words, the first:\n").arg(found.size()) +
                                         found.mid(0, 20).join(u'\n')));
    QVERIFY(walk.checked() > 1000);
}

QTEST_MAIN(TestGermanWalk)
#include "tst_germanwalk.moc"
