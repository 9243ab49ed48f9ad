#pragma once

// The English plural forms ("1 agent", "2 agents" for tr("%n agent(s)", nullptr, n)),
// installed as the program installs them on an English or C locale
// (ui::installTranslators). Suites that assert English counts call this once.
#include "AppSupport.h"

#include <QCoreApplication>
#include <QTranslator>

namespace fbtest {

inline bool installEnglishPlurals()
{
    fb::ui::initResources();
    static QTranslator english;
    return english.load(QStringLiteral(":/i18n/floorboard_en.qm")) && QCoreApplication::installTranslator(&english);
}

} // namespace fbtest
