#include "AppSupport.h"

#include "Settings.h"
#include "common/Version.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

static void initFloorboardResources()
{
    // Q_INIT_RESOURCE must be used outside any namespace.
    Q_INIT_RESOURCE(floorboard);
}

namespace fb::ui {

Q_LOGGING_CATEGORY(lcTiming, "floorboard.timing", QtInfoMsg)

using namespace Qt::StringLiterals;

void initResources()
{
    initFloorboardResources();
}

QIcon icon(const QString& name)
{
    return QIcon(u":/icons/"_s + name + u".svg"_s);
}

QLocale translationLocale(const QString& languageSetting, const QLocale& system)
{
    if (languageSetting.isEmpty())
        return system;
    // Only the language changes: "de" on an English system reads German with
    // the system's country, so dates and numbers stay as the user set them.
    const QLocale chosen(languageSetting);
    return chosen.language() == QLocale::C ? system : QLocale(chosen.language(), system.territory());
}

void installTranslators(QCoreApplication& app)
{
    QLocale locale = translationLocale(Settings::language(), QLocale::system());
    // The C locale (LC_ALL=C, a bare container) reads English: its plural forms
    // ("1 agent", "2 agents") come from floorboard_en.qm like any language's.
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // Installed layouts: <prefix>/bin + <prefix>/share/floorboard/translations
    // (Linux), translations/ beside the program (a Windows deployment).
    const QDir bin(QCoreApplication::applicationDirPath());
    const QStringList folders{bin.filePath(u"../share/floorboard/translations"_s), bin.filePath(u"translations"_s),
                              u":/i18n"_s};
    auto* own = new QTranslator(&app);
    for (const QString& folder : folders)
        if (own->load(locale, u"floorboard"_s, u"_"_s, folder)) {
            QCoreApplication::installTranslator(own);
            break;
        }
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(u"Floorboard"_s);
    QCoreApplication::setApplicationName(u"Floorboard"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
}

void setDesktopIdentity()
{
    QGuiApplication::setApplicationDisplayName(u"Floorboard"_s);
    QGuiApplication::setDesktopFileName(u"floorboard"_s);
    QGuiApplication::setWindowIcon(icon(u"floorboard"_s));
}

} // namespace fb::ui
