#pragma once

#include <QString>

namespace fb::ui {

class MainWindow;

// What `floorboard [DATABASE] [--demo]` asks for.
struct StartupRequest final {
    QString database; // a file or a site server's address; empty: the last used one, or the demo site on first run
    bool demo = false;
};

// Opens what the request names in the (already shown) window, creating the
// demo site when asked or on first run. Errors are shown in message boxes;
// the window then stays open without a database.
void startUp(MainWindow& window, const StartupRequest& request);

} // namespace fb::ui
