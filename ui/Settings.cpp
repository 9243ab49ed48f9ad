#include "Settings.h"

#include "store/DataFolder.h"
#include "store/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace fb::ui {

using namespace Qt::StringLiterals;

QString Settings::lastDatabase()
{
    return QSettings().value(u"database/last"_s).toString();
}

void Settings::setLastDatabase(const QString& path)
{
    QSettings().setValue(u"database/last"_s, path);
}

QStringList Settings::recentFiles()
{
    QStringList files = QSettings().value(u"database/recent"_s).toStringList();
    files.removeIf([](const QString& f) { return !store::isSiteServerAddress(f) && !QFileInfo::exists(f); });
    return files;
}

QStringList Settings::recentSites()
{
    QStringList sites = QSettings().value(u"database/recent"_s).toStringList();
    sites.removeIf([](const QString& f) { return !store::isSiteServerAddress(f); });
    return sites;
}

void Settings::addRecentFile(const QString& pathOrAddress)
{
    // An address is no path: absoluteFilePath would turn "host=/tmp/x dbname=site" into a file name.
    const QString canonical =
        store::isSiteServerAddress(pathOrAddress) ? pathOrAddress : QFileInfo(pathOrAddress).absoluteFilePath();
    QStringList files = QSettings().value(u"database/recent"_s).toStringList();
    files.removeAll(canonical);
    files.prepend(canonical);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(u"database/recent"_s, files);
}

void Settings::clearRecentFiles()
{
    QSettings().remove(u"database/recent"_s);
}

QString Settings::lastImportFolder()
{
    return QSettings().value(u"import/folder"_s, QDir::homePath()).toString();
}

void Settings::setLastImportFolder(const QString& folder)
{
    QSettings().setValue(u"import/folder"_s, folder);
}

QString Settings::lastExportFolder()
{
    return QSettings().value(u"export/folder"_s, QDir::homePath()).toString();
}

void Settings::setLastExportFolder(const QString& folder)
{
    QSettings().setValue(u"export/folder"_s, folder);
}

bool Settings::excelCsv()
{
    return QSettings().value(u"export/excel"_s, true).toBool();
}

void Settings::setExcelCsv(bool on)
{
    QSettings().setValue(u"export/excel"_s, on);
}

QByteArray Settings::windowGeometry()
{
    return QSettings().value(u"window/geometry"_s).toByteArray();
}

QByteArray Settings::windowState()
{
    return QSettings().value(u"window/state"_s).toByteArray();
}

void Settings::setWindow(const QByteArray& geometry, const QByteArray& state)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, geometry);
    settings.setValue(u"window/state"_s, state);
}

QString Settings::language()
{
    return QSettings().value(u"ui/language"_s).toString();
}

void Settings::setLanguage(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(u"ui/language"_s);
    else
        settings.setValue(u"ui/language"_s, code);
}

QString Settings::appearance()
{
    return QSettings().value(u"ui/appearance"_s).toString();
}

void Settings::setAppearance(const QString& name)
{
    QSettings settings;
    if (name.isEmpty())
        settings.remove(u"ui/appearance"_s);
    else
        settings.setValue(u"ui/appearance"_s, name);
}

QString Settings::sharedScreen()
{
    return QSettings().value(u"calibration/sharedScreen"_s).toString();
}

void Settings::setSharedScreen(const QString& name)
{
    QSettings().setValue(u"calibration/sharedScreen"_s, name);
}

QString Settings::myTeam()
{
    return QSettings().value(u"me/team"_s).toString();
}

QString Settings::myName()
{
    return QSettings().value(u"me/name"_s).toString();
}

void Settings::setMe(const QString& team, const QString& name)
{
    QSettings settings;
    settings.setValue(u"me/team"_s, team.trimmed());
    settings.setValue(u"me/name"_s, name.trimmed());
    settings.setValue(u"me/asked"_s, true);
}

bool Settings::meAsked()
{
    return QSettings().value(u"me/asked"_s, false).toBool();
}

QString Settings::defaultDemoPath()
{
    return QDir(store::defaultDataFolder()).filePath(u"demo.floorboard"_s);
}

} // namespace fb::ui
