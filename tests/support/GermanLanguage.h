#pragma once

// The program in German as View > Language > Deutsch loads it (the translators
// ui::installTranslators installs, from the Settings' language), with German
// dates and numbers (QLocale de_DE). The user's own settings stay out of it.
#include "AppSupport.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStandardPaths>

namespace fbtest {

// True when the German translation answers ("&File" reads "&Datei").
inline bool installGerman()
{
    QStandardPaths::setTestModeEnabled(true);
    fb::ui::initResources();
    fb::ui::Settings::setLanguage(QStringLiteral("de"));
    fb::ui::installTranslators(*QCoreApplication::instance());
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    return QCoreApplication::translate("fb::ui::MainWindow", "&File") == QStringLiteral("&Datei");
}

inline void leaveGerman()
{
    fb::ui::Settings::setLanguage(QString());
}

} // namespace fbtest
