#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace fb::ui {

namespace {

// Before a window is shown its frame is unknown; a title bar is about this tall
// on the desktops we support, and reserving it keeps the bottom edge on screen.
constexpr int kTitleBarAllowance = 32;

QSize frameAllowance(const QWidget* window)
{
    if (window && window->isVisible()) {
        const QRect frame = window->frameGeometry(), inner = window->geometry();
        return {frame.width() - inner.width(), frame.height() - inner.height()};
    }
    return {0, kTitleBarAllowance};
}

} // namespace

QRect availableGeometryFor(const QWidget* widget)
{
    QScreen* screen = nullptr;
    if (widget) {
        const QWidget* parent = widget->parentWidget();
        // A dialog not yet shown opens on its parent's screen.
        screen = !widget->isVisible() && parent ? parent->window()->screen() : widget->screen();
    }
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1280, 720);
}

QSize sizeOnScreen(QSize preferred, const QWidget* widget)
{
    const QRect available = availableGeometryFor(widget);
    const QSize frame = frameAllowance(widget);
    return preferred.boundedTo(available.size() - frame);
}

void resizeToScreen(QWidget* window, QSize preferred)
{
    window->resize(sizeOnScreen(preferred, window));
}

void clampToScreen(QWidget* window)
{
    const QRect available = availableGeometryFor(window);
    const QSize frame = frameAllowance(window);
    const QSize size = window->size().boundedTo(available.size() - frame);
    if (size != window->size())
        window->resize(size);
    // A top-level window's pos() is its frame's top-left corner.
    QPoint at = window->pos();
    at.setX(std::clamp(at.x(), available.left(), available.right() + 1 - size.width() - frame.width()));
    at.setY(std::clamp(at.y(), available.top(), available.bottom() + 1 - size.height() - frame.height()));
    if (at != window->pos())
        window->move(at);
}

} // namespace fb::ui
