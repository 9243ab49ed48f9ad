#include "Startup.h"

#include "MainWindow.h"
#include "Settings.h"
#include "store/Database.h"

#include <QDir>
#include <QFileInfo>

namespace fb::ui {

namespace {

bool existsNonEmpty(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() && info.size() > 0;
}

void openOrReport(MainWindow& window, const QString& path)
{
    if (Status st = window.openDatabase(path); !st.ok())
        window.showError(MainWindow::tr("Open Database"), MainWindow::tr("Floorboard cannot open this database."),
                         st.error());
}

} // namespace

void startUp(MainWindow& window, const StartupRequest& request)
{
    QString path = request.database;
    // A site server connects in the background (the window paints and stays
    // usable meanwhile) and says itself why it could not; it is never a file
    // to create a demo in.
    if (store::isSiteServerAddress(path)) {
        window.connectToSite(path);
        return;
    }
    if (path.isEmpty() && !request.demo) {
        const QString last = Settings::lastDatabase();
        if (store::isSiteServerAddress(last)) {
            window.connectToSite(last);
            return;
        }
        if (!last.isEmpty() && existsNonEmpty(last)) {
            openOrReport(window, last);
            return;
        }
        // First run (or the last database is gone): a lead should see a working
        // Floorboard at once, so the demo site is created and opened.
    }
    const bool demo = request.demo || path.isEmpty();
    if (path.isEmpty())
        path = Settings::defaultDemoPath();
    if (existsNonEmpty(path) || !demo) {
        openOrReport(window, path);
        return;
    }
    window.createDemo(path, demo::DemoOptions{});
}

} // namespace fb::ui
