#pragma once

// Where the calibration meeting's shared screen goes. With a projector
// plugged in, unrevealed scores must never flash up on the lead's own
// screen, so the window is placed on its screen before it is first shown:
// the screen the lead chose (remembered by name, while it is connected),
// else the first screen the main window is not on, else the only screen.
// Full screen on another screen or on the one the lead chose; on the main
// window's own screen, chosen automatically (no projector), a window, so the
// lead keeps the page (and its blind panels) within reach.
#include <QString>
#include <QStringList>

#include <functional>

class QMenu;
class QScreen;
class QWidget;

namespace fb::ui::calibration {

// The rule above on screen names: the index in names, or -1 without screens.
int sharedScreenIndex(const QStringList& names, int mainWindowScreen, const QString& chosen);

// Where the rule puts it, and whether full screen.
struct SharedScreenPlace final {
    int index = -1;
    bool fullScreen = false;
};
SharedScreenPlace sharedScreenPlace(const QStringList& names, int mainWindowScreen, const QString& chosen);

// The rule on the screens connected now, for a main window (may be null).
QScreen* sharedScreen(const QWidget* mainWindow, const QString& chosen, bool* fullScreen = nullptr);

// Fills menu with "Automatic" and one entry per connected screen, the current
// choice checked; choose gets the name (empty for automatic).
void fillSharedScreenMenu(QMenu* menu, const QString& chosen, const std::function<void(const QString&)>& choose);

} // namespace fb::ui::calibration
