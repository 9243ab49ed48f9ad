// floorboard: the desktop window. `floorboard [DATABASE] [--demo]`; see docs/gui.md.
#include "AppSupport.h"
#include "Appearance.h"
#include "FeaturePages.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Startup.h"
#include "dialogs/ImportDialog.h"
#include "models/KindTableModel.h"
#include "pages/AgentsPage.h"
#include "pages/InteractionsPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPainter>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <functional>

using namespace Qt::StringLiterals;
using fb::ui::MainWindow;

namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(main)
};

// Waits (with the event loop running) until ready() or the time is up.
bool waitFor(const std::function<bool()>& ready, int ms = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!ready() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return ready();
}

// --screenshot: renders the window (or the import dialog) as a user would see it
// after loading, for docs/screenshots; also works with QT_QPA_PLATFORM=offscreen.
int takeScreenshot(MainWindow& window, const QCommandLineParser& args)
{
    const QString file = args.value(u"screenshot"_s);
    const QStringList size = args.value(u"size"_s).split(u'x');
    window.resize(size.value(0).toInt(), size.value(1).toInt());
    waitFor([&] { return !window.databasePath().isEmpty(); });
    const QString page = args.value(u"page"_s);
    bool featurePage = false;
    int shownPage = -1;
    if (page == u"interactions"_s)
        window.showPage(MainWindow::InteractionsIndex);
    for (size_t i = 0; i < fb::ui::featurePages().size(); ++i)
        if (page == fb::ui::featurePages()[i].icon) {
            window.showPage(MainWindow::FirstFeatureIndex + int(i));
            featurePage = true;
            shownPage = MainWindow::FirstFeatureIndex + int(i);
        }
    if (args.isSet(u"tab"_s) && featurePage) // the page's own tabs, not a tab's tabs
        if (auto* tabs = window.page(shownPage)->findChild<QTabWidget*>(QString(), Qt::FindDirectChildrenOnly))
            tabs->setCurrentIndex(args.value(u"tab"_s).toInt() - 1);
    if (args.isSet(u"agent"_s) && window.interactionsPage())
        window.interactionsPage()->setAgent(args.value(u"agent"_s));
    QTimer::singleShot(0, [] {});
    waitFor([&] { return window.isIdle(); });
    if (featurePage) { // feature pages compute on their own threads: give them time to show results
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 4000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    QCoreApplication::processEvents();

    QPixmap shot = window.grab();
    if (args.isSet(u"import-preview"_s)) {
        // The dialog drawn over the window, centred, as it appears on screen.
        fb::ui::ImportDialog dialog(window.databasePath(), &window);
        bool updated = false;
        QObject::connect(&dialog, &fb::ui::ImportDialog::previewUpdated, [&] { updated = true; });
        dialog.setFile(args.value(u"import-preview"_s));
        dialog.show();
        waitFor([&] { return updated; });
        QCoreApplication::processEvents();
        const QPixmap front = dialog.grab();
        QPainter painter(&shot);
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 60));
        const QPoint at((shot.width() - front.width()) / 2, (shot.height() - front.height()) / 2);
        painter.setPen(QColor(0, 0, 0, 90));
        painter.drawRect(QRect(at, front.size()).adjusted(-1, -1, 0, 0));
        painter.drawPixmap(at, front);
    }
    const bool ok = shot.save(file);
    std::fprintf(stderr, "%s %s\n", ok ? "saved" : "could not save", qPrintable(file));
    return ok ? 0 : 1;
}

// The options, shared by the window and the text-only start below.
void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(Tr::tr("Floorboard — console for contact-center team leads"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        u"database"_s, Tr::tr("Database file, or a site server's address (postgresql://dbhost/site), to open."),
        u"[DATABASE]"_s);
    parser.addOption({u"demo"_s, Tr::tr("Create the demo site when the database does not "
                                        "exist (without DATABASE: the default demo site).")});
    parser.addOption({u"screenshot"_s, Tr::tr("Save a PNG of the window after loading, then quit."), u"file"_s});
    parser.addOption({u"page"_s,
                      Tr::tr("Page for --screenshot: agents, interactions, scorecards, quality, "
                             "coaching, calibration or friction."),
                      u"page"_s, u"agents"_s});
    parser.addOption({u"tab"_s, Tr::tr("With --screenshot and a feature page: show its tab N (from 1)."), u"N"_s});
    parser.addOption({u"agent"_s, Tr::tr("Agent filter for --screenshot."), u"id"_s});
    parser.addOption({u"size"_s, Tr::tr("Window size for --screenshot."), u"WxH"_s, u"1280x800"_s});
    parser.addOption({u"appearance"_s,
                      Tr::tr("Appearance for this run: system, light or dark (View > Appearance is not changed)."),
                      u"name"_s});
    parser.addOption(
        {u"import-preview"_s, Tr::tr("With --screenshot: show the import dialog on this CSV file."), u"csv"_s});
}

// --help and --version print text: they need no window system.
bool asksForTextOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char* option : {"-h", "--help", "--help-all", "-?", "-v", "--version"})
            if (std::strcmp(argv[i], option) == 0)
                return true;
    return false;
}

// On X11/Wayland desktops Qt aborts with a plugin error when there is no
// display; say it in one plain sentence instead.
bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char* argv[])
{
    if (asksForTextOnly(argc, argv) || !hasDisplay()) {
        QCoreApplication app(argc, argv);
        fb::ui::setApplicationNames();
        fb::ui::installTranslators(app);
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(app); // prints --help or --version and exits
        const QString message = Tr::tr(
            "floorboard: no display found (DISPLAY and WAYLAND_DISPLAY are not set). Floorboard is a desktop "
            "program. On a machine without a screen, floorboard-cli does the same work (floorboard-cli --help).");
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 1;
    }

    // A site server that does not answer is given up after 10 seconds rather
    // than the network's minutes; PGCONNECT_TIMEOUT or connect_timeout in
    // the address say otherwise.
    if (qEnvironmentVariableIsEmpty("PGCONNECT_TIMEOUT"))
        qputenv("PGCONNECT_TIMEOUT", "10");

    QApplication app(argc, argv);
    fb::ui::initResources();
    fb::ui::setApplicationNames();
    fb::ui::setDesktopIdentity();
    fb::ui::installTranslators(app);

    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);

    fb::ui::applyAppearance(fb::ui::appearanceFromName(parser.isSet(u"appearance"_s) ? parser.value(u"appearance"_s)
                                                                                     : fb::ui::Settings::appearance()));

    MainWindow window;
    window.setAsksWhoIAm(!parser.isSet(u"screenshot"_s));
    window.show();
    fb::ui::StartupRequest request;
    request.database = parser.positionalArguments().value(0);
    request.demo = parser.isSet(u"demo"_s);
    // Started from the event loop so the window paints before a first-run demo is generated.
    QTimer::singleShot(0, &window, [&] { fb::ui::startUp(window, request); });

    if (parser.isSet(u"screenshot"_s)) {
        QCoreApplication::processEvents();
        return takeScreenshot(window, parser);
    }
    return QApplication::exec();
}
