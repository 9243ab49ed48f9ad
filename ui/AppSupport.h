#pragma once

#include <QIcon>
#include <QLocale>
#include <QLoggingCategory>
#include <QString>

class QCoreApplication;

namespace fb::ui {

// How long computations took: for developers, never shown in the window.
// Enable with QT_LOGGING_RULES="floorboard.timing.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcTiming)

// The resources live in a static library, so the linker would drop their
// initialiser unless someone references it: call this once before any icon.
void initResources();

// An icon from :/icons/<name>.svg; SVG keeps it sharp on high-DPI screens.
QIcon icon(const QString& name);

// The locale whose translations the window uses: the system's, unless the
// language chosen in View > Language (Settings::language()) overrides it.
// Numbers and dates keep following the system's locale either way.
QLocale translationLocale(const QString& languageSetting, const QLocale& system);

// Installs Qt's own and Floorboard's translations for translationLocale().
// Floorboard's come from the installed translations folder when there is one
// (so an updated .qm file takes effect without a rebuild), else from the
// copies built into the program.
void installTranslators(QCoreApplication& app);

// Application, organisation and version names used by QSettings, --version
// and the About box. Needs no window system.
void setApplicationNames();

// The desktop-file name and window icon the window manager shows; needs a
// QGuiApplication.
void setDesktopIdentity();

} // namespace fb::ui
