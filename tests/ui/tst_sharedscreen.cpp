// The calibration shared screen with a projector: it opens on the screen the
// main window is not on (or the one the lead picked), is placed there before
// it is first shown, and scales its type to that screen. Runs on Qt's
// offscreen platform with two screens (tests/data/screens).
#include "pages/calibration/PresentationWindow.h"
#include "pages/calibration/SharedScreen.h"

#include <QApplication>
#include <QGuiApplication>
#include <QMenu>
#include <QScreen>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fb::ui::calibration;

namespace {

QScreen* screenNamed(const QString& name)
{
    for (QScreen* screen : QGuiApplication::screens())
        if (screen->name() == name)
            return screen;
    return nullptr;
}

// Remembers the screen a window was on when it was first shown.
class FirstShow final : public QObject {
public:
    QString screen;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && screen.isEmpty())
            screen = static_cast<QWidget*>(watched)->screen()->name();
        return false;
    }
};

} // namespace

class TestSharedScreen final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sharedScreenIndex_data();
    void sharedScreenIndex();
    void sharedScreenPlace_data();
    void sharedScreenPlace();
    void opensOnTheScreenTheWindowIsNotOn();
    void menuListsTheScreensAndReportsTheChoice();
    void movesToAnotherScreen();
};

void TestSharedScreen::initTestCase()
{
    QCOMPARE(QGuiApplication::screens().size(), 2);
    QVERIFY(screenNamed(u"Laptop"_s));
    QVERIFY(screenNamed(u"Projector"_s));
}

void TestSharedScreen::sharedScreenIndex_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("mainWindow");
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<int>("expected");

    const QStringList two{u"Laptop"_s, u"Projector"_s};
    QTest::newRow("window on the laptop: the projector") << two << 0 << QString() << 1;
    QTest::newRow("window on the projector: the laptop") << two << 1 << QString() << 0;
    QTest::newRow("chosen screen wins") << two << 0 << u"Laptop"_s << 0;
    QTest::newRow("chosen screen unplugged: automatic") << two << 0 << u"Beamer 2"_s << 1;
    QTest::newRow("one screen: that one") << QStringList{u"Laptop"_s} << 0 << QString() << 0;
    QTest::newRow("window's screen unknown: the first") << two << -1 << QString() << 0;
    QTest::newRow("no screen") << QStringList() << -1 << QString() << -1;
}

void TestSharedScreen::sharedScreenIndex()
{
    QFETCH(QStringList, names);
    QFETCH(int, mainWindow);
    QFETCH(QString, chosen);
    QFETCH(int, expected);
    QCOMPARE(fb::ui::calibration::sharedScreenIndex(names, mainWindow, chosen), expected);
}

void TestSharedScreen::sharedScreenPlace_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("mainWindow");
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("fullScreen");

    const QStringList two{u"Laptop"_s, u"Projector"_s};
    const QStringList three{u"Laptop"_s, u"Monitor"_s, u"Projector"_s};
    QTest::newRow("projector: full screen there") << two << 0 << QString() << 1 << true;
    QTest::newRow("one screen: a window beside the page") << QStringList{u"Laptop"_s} << 0 << QString() << 0 << false;
    QTest::newRow("one screen, chosen: full screen as asked")
        << QStringList{u"Laptop"_s} << 0 << u"Laptop"_s << 0 << true;
    QTest::newRow("own screen chosen: full screen as asked") << two << 0 << u"Laptop"_s << 0 << true;
    QTest::newRow("chosen unplugged, one screen left: a window")
        << QStringList{u"Laptop"_s} << 0 << u"Projector"_s << 0 << false;
    QTest::newRow("three screens: the first other one") << three << 1 << QString() << 0 << true;
    QTest::newRow("three screens, the projector chosen") << three << 0 << u"Projector"_s << 2 << true;
    QTest::newRow("no screen") << QStringList() << -1 << QString() << -1 << false;
}

void TestSharedScreen::sharedScreenPlace()
{
    QFETCH(QStringList, names);
    QFETCH(int, mainWindow);
    QFETCH(QString, chosen);
    QFETCH(int, expected);
    QFETCH(bool, fullScreen);
    const SharedScreenPlace place = fb::ui::calibration::sharedScreenPlace(names, mainWindow, chosen);
    QCOMPARE(place.index, expected);
    QCOMPARE(place.fullScreen, fullScreen);
}

void TestSharedScreen::opensOnTheScreenTheWindowIsNotOn()
{
    QWidget window;
    window.setScreen(screenNamed(u"Laptop"_s));
    window.setGeometry(100, 100, 800, 500);
    window.show();
    QCOMPARE(window.screen()->name(), u"Laptop"_s);

    bool fullScreen = false;
    QScreen* target = sharedScreen(&window, QString(), &fullScreen);
    QCOMPARE(target->name(), u"Projector"_s);
    QVERIFY(fullScreen);
    PresentationWindow shared(nullptr);
    FirstShow first;
    shared.installEventFilter(&first);
    shared.showOn(target);
    QCOMPARE(first.screen, u"Projector"_s); // never shown on the lead's own screen
    QCOMPARE(shared.screen()->name(), u"Projector"_s);
    QTRY_COMPARE(shared.geometry(), QRect(1280, 0, 1920, 1080));
    QVERIFY(shared.isFullScreen());
    QCOMPARE(shared.fontScale(), 2.0); // 1080 lines: twice the desktop type
}

void TestSharedScreen::menuListsTheScreensAndReportsTheChoice()
{
    QMenu menu;
    QStringList chosen;
    const auto choose = [&](const QString& name) { chosen << name; };
    fillSharedScreenMenu(&menu, u"Projector"_s, choose);
    fillSharedScreenMenu(&menu, u"Projector"_s, choose); // opened twice: rebuilt, not appended
    QStringList texts;
    for (const QAction* action : menu.actions())
        texts << (action->isSeparator() ? u"--"_s : action->text() + (action->isChecked() ? u" [x]"_s : QString()));
    QCOMPARE(texts, QStringList({u"&Automatic: a screen the window is not on"_s, u"--"_s,
                                 u"Present on Laptop (1280 × 720)"_s, u"Present on Projector (1920 × 1080) [x]"_s}));
    menu.actions()[2]->trigger();
    menu.actions()[0]->trigger();
    QCOMPARE(chosen, QStringList({u"Laptop"_s, QString()}));
}

void TestSharedScreen::movesToAnotherScreen()
{
    PresentationWindow shared(nullptr);
    shared.showOn(screenNamed(u"Projector"_s));
    QTRY_COMPARE(shared.geometry(), QRect(1280, 0, 1920, 1080));
    shared.showOn(screenNamed(u"Laptop"_s));
    QCOMPARE(shared.screen()->name(), u"Laptop"_s);
    QTRY_COMPARE(shared.geometry(), QRect(0, 0, 1280, 720));
    QVERIFY(shared.isFullScreen());
    QCOMPARE(shared.fontScale(), 1.6); // 720 lines: never below 1.6x
}

int main(int argc, char* argv[])
{
    // Two screens side by side, on the offscreen platform.
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" FB_TESTDATA "/screens/laptop-and-projector.json");
    QApplication app(argc, argv);
    TestSharedScreen test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sharedscreen.moc"
