// The calibration shared screen without a projector: Qt's offscreen platform
// with one screen (tests/data/screens/laptop-720.json, named so the lead can
// pick it), so the shared screen goes to the main window's
// own screen as a maximised window (the lead keeps the page within reach),
// and full screen only when the lead picked that screen in the menu.
#include "pages/calibration/PresentationWindow.h"
#include "pages/calibration/SharedScreen.h"

#include <QApplication>
#include <QGuiApplication>
#include <QScreen>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fb::ui::calibration;

class TestSharedScreenAlone final : public QObject {
    Q_OBJECT
private slots:
    void oneScreenOpensAWindowOnIt()
    {
        QCOMPARE(QGuiApplication::screens().size(), 1);
        QCOMPARE(QGuiApplication::primaryScreen()->name(), u"Laptop"_s);
        QWidget window;
        window.setGeometry(100, 100, 600, 400);
        window.show();
        bool fullScreen = true;
        QScreen* target = sharedScreen(&window, QString(), &fullScreen);
        QCOMPARE(target, QGuiApplication::primaryScreen());
        QVERIFY(!fullScreen);

        PresentationWindow shared(nullptr);
        shared.showOn(target, fullScreen);
        QVERIFY(shared.isVisible());
        QVERIFY(!shared.isFullScreen());
        QVERIFY(shared.isMaximized());
        QCOMPARE(shared.screen(), target);
    }

    void oneScreenChosenGoesFullScreen()
    {
        QWidget window;
        window.show();
        bool fullScreen = false;
        QScreen* target = sharedScreen(&window, u"Laptop"_s, &fullScreen);
        QCOMPARE(target, QGuiApplication::primaryScreen());
        QVERIFY(fullScreen);
        PresentationWindow shared(nullptr);
        shared.showOn(target, false);
        QVERIFY(!shared.isFullScreen());
        shared.showOn(target, fullScreen); // the lead picks the screen while it is open
        QVERIFY(shared.isFullScreen());
    }
};

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" FB_TESTDATA "/screens/laptop-720.json");
    QApplication app(argc, argv);
    TestSharedScreenAlone test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_sharedscreenalone.moc"
