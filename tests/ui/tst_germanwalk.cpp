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
#include "DemoSite.h"
#include "GermanLanguage.h"
#include "GermanWalk.h"
#include "MainWindow.h"
#include "analytics/Attribution.h"
#include "background/DatabaseJobs.h"
#include "dialogs/DemoDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/GuideDialog.h"
#include "dialogs/HelpDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/MeDialog.h"
#include "domain/Kinds.h"
#include "pages/calibration/SessionDialog.h"
#include "pages/friction/NewProgramDialog.h"
#include "pages/scorecards/AgentCardDialog.h"
#include "pages/scorecards/DefinitionDialog.h"
#include "pages/scorecards/ScorecardPage.h"
#include "store/Database.h"

#include <QMenuBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fb;
using namespace fbtest::german;

class TestGermanWalk final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void theWordListIsTheProgramsEnglish();
    void noEnglishWordOnAnyPageOrDialog();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::set<QString> m_english;
    int m_messages = 0;
};

void TestGermanWalk::initTestCase()
{
    QVERIFY(fbtest::installGerman());
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
    fbtest::leaveGerman();
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
