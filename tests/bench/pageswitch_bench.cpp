// bench_pageswitch DATABASE [RUNS]: how long the window takes to show a page,
// on a file or on a site server (docs/site-server.md; the target for
// a server over a local socket is < 0.5 s). Offscreen, the real MainWindow:
//   QT_QPA_PLATFORM=offscreen bench_pageswitch "host=/tmp/x dbname=site" 11
// For each run it opens a new window on DATABASE (File ▸ Open, or File ▸
// Connect to Site Server) and times, from the switch until the page shows its
// rows: Agents and Interactions (read again, their first page of rows) and Scorecards (a
// page of its own, created on the first visit with its own connection, until
// the scorecard is computed); then View ▸ Refresh of Scorecards on the
// window already open. Medians and minimum of RUNS (default 11), wall time.
// Run by hand, never by CTest.
#include "AppSupport.h"
#include "FeaturePages.h"
#include "MainWindow.h"
#include "models/KindTableModel.h"
#include "pages/AgentsPage.h"
#include "pages/InteractionsPage.h"
#include "pages/scorecards/ScorecardPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTableView>

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <map>
#include <string>
#include <vector>

using namespace fb;
using Window = ui::MainWindow;

namespace {

// Runs the event loop until ready() (the pages compute on their threads); false after a minute.
bool waitUntil(const std::function<bool()>& ready)
{
    QElapsedTimer t;
    t.start();
    while (!ready() && t.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return ready();
}

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

int scorecardsIndex()
{
    for (size_t i = 0; i < ui::featurePages().size(); ++i)
        if (ui::featurePages()[i].icon == QLatin1String("scorecards"))
            return Window::FirstFeatureIndex + int(i);
    return -1;
}

bool opened(Window& window, const QString& database)
{
    if (!window.openDatabase(database).ok())
        return false;
    waitUntil([&] { return !window.databasePath().isEmpty(); });
    return !window.databasePath().isEmpty() && waitUntil([&] { return window.isIdle(); });
}

bool loaded(const ui::KindTableModel* model)
{
    return model->rowCount() > 0 && !model->isLoading();
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the user's recent databases stay as they are
    ui::initResources();
    if (argc < 2) {
        fmt::print(stderr, "usage: bench_pageswitch DATABASE [RUNS]\n");
        return 2;
    }
    const QString database = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 11;
    const int scorecards = scorecardsIndex();
    std::map<std::string, std::vector<double>> times;
    for (int run = 0; run < runs; ++run) {
        Window window;
        window.resize(1280, 720);
        window.show();
        if (!opened(window, database)) {
            fmt::print(stderr, "error: cannot open {}\n", database.toStdString());
            return 1;
        }
        QElapsedTimer t;
        t.start();
        window.showPage(Window::InteractionsIndex);
        window.interactionsPage()->reload();
        if (!waitUntil([&] { return loaded(window.interactionsPage()->model()); }))
            return 1;
        times["Interactions (read again)"].push_back(msSince(t));

        t.start();
        window.showPage(Window::AgentsIndex);
        window.agentsPage()->reload();
        if (!waitUntil([&] { return loaded(window.agentsPage()->model()); }))
            return 1;
        times["Agents (read again)"].push_back(msSince(t));

        t.start();
        window.showPage(scorecards);
        auto* page = qobject_cast<ui::scorecards::ScorecardPage*>(window.page(scorecards));
        auto computed = [&] { return page->table()->model()->rowCount() > 0 && !page->isComputing(); };
        if (!waitUntil(computed))
            return 1;
        times["Scorecards (first visit: connects, computes)"].push_back(msSince(t));

        t.start();
        page->reload();
        if (!waitUntil([&] { return page->isComputing(); }) || !waitUntil(computed))
            return 1;
        times["Scorecards (View > Refresh)"].push_back(msSince(t));
    }
    fmt::print("{} ({} runs, wall time from the switch until the page shows its rows)\n", database.toStdString(), runs);
    for (auto& [what, ms] : times) {
        std::sort(ms.begin(), ms.end());
        fmt::print("  {:<46} median {:7.1f} ms, min {:7.1f} ms, max {:7.1f} ms\n", what, ms[ms.size() / 2], ms.front(),
                   ms.back());
    }
    return 0;
}
