#pragma once

#include <QIcon>
#include <QString>

class QApplication;

namespace fb::ui {

// The resources live in a static library, so the linker would drop their
// initialiser unless someone references it: call this once before any icon.
void initResources();

// An icon from :/icons/<name>.svg; SVG keeps it sharp on high-DPI screens.
QIcon icon(const QString& name);

// Installs Qt's own and Floorboard's translations for the system locale.
void installTranslators(QApplication& app);

// Application, organisation and desktop-file names used by QSettings and the window manager.
void setApplicationIdentity();

} // namespace fb::ui
