#pragma once

#include <QRect>
#include <QSize>

class QWidget;

namespace fb::ui {

// Windows and dialogs size to the screen they are on: a laptop at 1280 x 720
// must reach every button without the window running off its edge.

// The available geometry (without task bars) of the screen a widget is on, or
// will be on: its own, its parent window's, else the primary screen's.
[[nodiscard]] QRect availableGeometryFor(const QWidget* widget);

// preferred, made small enough that the window with its title bar fits on the
// available screen (never smaller than the window's minimum size hint allows).
[[nodiscard]] QSize sizeOnScreen(QSize preferred, const QWidget* widget);

// Resizes a top-level window or dialog to sizeOnScreen(preferred).
void resizeToScreen(QWidget* window, QSize preferred);

// Moves and, where needed, shrinks a top-level window so that it lies within the
// available geometry of its screen (a geometry restored from a larger screen).
void clampToScreen(QWidget* window);

} // namespace fb::ui
