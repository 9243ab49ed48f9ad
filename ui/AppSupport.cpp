#include "AppSupport.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

static void initFloorboardResources()
{
    // Q_INIT_RESOURCE must be used outside any namespace.
    Q_INIT_RESOURCE(floorboard);
}

namespace fb::ui {

using namespace Qt::StringLiterals;

void initResources()
{
    initFloorboardResources();
}

QIcon icon(const QString& name)
{
    return QIcon(u":/icons/"_s + name + u".svg"_s);
}

void installTranslators(QApplication& app)
{
    const QLocale locale;
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    if (own->load(locale, u"floorboard"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(own);
}

void setApplicationIdentity()
{
    QApplication::setOrganizationName(u"Floorboard"_s);
    QApplication::setApplicationName(u"Floorboard"_s);
    QApplication::setApplicationDisplayName(u"Floorboard"_s);
    QApplication::setApplicationVersion(QStringLiteral(FLOORBOARD_VERSION));
    QGuiApplication::setDesktopFileName(u"floorboard"_s);
    QApplication::setWindowIcon(icon(u"floorboard"_s));
}

} // namespace fb::ui
