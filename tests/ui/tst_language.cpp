// The window's language: it follows the system unless View > Language says
// otherwise, the choice is remembered, and the user is told it takes effect
// after a restart.
#include "AppSupport.h"
#include "LanguageMenu.h"
#include "Settings.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fb;

class TestLanguage final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void translationLocale_data();
    void translationLocale();
    void menuRemembersTheChoiceAndSaysWhenItApplies();
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // keep the user's settings out of it
    ui::Settings::setLanguage(QString());
}

void TestLanguage::translationLocale_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected"); // QLocale::name() of the locale whose translations load

    QTest::newRow("follows a German system") << QString() << u"de_DE"_s << u"de_DE"_s;
    QTest::newRow("follows an English system") << QString() << u"en_GB"_s << u"en_GB"_s;
    QTest::newRow("English on a German system") << u"en"_s << u"de_DE"_s << u"en_DE"_s;
    // CLDR has no German for the US: Qt takes German's main country. Only the
    // language picks the translation file (floorboard_de.qm) either way.
    QTest::newRow("German on a US system") << u"de"_s << u"en_US"_s << u"de_DE"_s;
    QTest::newRow("German on an Austrian system") << u"de"_s << u"de_AT"_s << u"de_AT"_s;
    QTest::newRow("an unknown code is ignored") << u"zz"_s << u"de_CH"_s << u"de_CH"_s;
}

void TestLanguage::translationLocale()
{
    QFETCH(QString, setting);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(ui::translationLocale(setting, QLocale(system)).name(), expected);
}

void TestLanguage::menuRemembersTheChoiceAndSaysWhenItApplies()
{
    QMainWindow window;
    auto* menu = new ui::LanguageMenu(&window);
    window.menuBar()->addMenu(menu);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QList<QAction*> actions = menu->actions();
    QCOMPARE(actions.size(), 3);
    QCOMPARE(actions[0]->text(), u"&System language"_s);
    QCOMPARE(actions[1]->text(), u"English"_s);
    QCOMPARE(actions[2]->text(), u"Deutsch"_s);
    QVERIFY(actions[0]->isChecked()); // nothing chosen yet: the system's language

    QSignalSpy chosen(menu, &ui::LanguageMenu::languageChosen);
    actions[2]->trigger();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen[0][0].toString(), u"de"_s);
    QCOMPARE(ui::Settings::language(), u"de"_s);
    QVERIFY(actions[2]->isChecked());
    auto* message = window.findChild<QMessageBox*>(u"languageRestartMessage"_s);
    QVERIFY(message);
    QCOMPARE(message->text(), u"The new language is used the next time you start Floorboard."_s);
    QVERIFY(message->isVisible());
    message->accept();

    // The same choice again changes nothing and says nothing.
    actions[2]->trigger();
    QCOMPARE(chosen.size(), 1);

    // A new menu (the next start) shows what was remembered.
    ui::LanguageMenu again(&window);
    QVERIFY(again.actions()[2]->isChecked());

    // Back to the system's language: the setting is removed, not set to "".
    actions[0]->trigger();
    QCOMPARE(ui::Settings::language(), QString());
    QVERIFY(!QSettings().contains(u"ui/language"_s));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
