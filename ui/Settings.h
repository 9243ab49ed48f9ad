#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fb::ui {

// Everything Floorboard remembers between runs, in QSettings
// (organisation "Floorboard", application "Floorboard").
class Settings final {
public:
    static constexpr int kMaxRecent = 8;

    // A file's path or a site server's address (store::isSiteServerAddress).
    [[nodiscard]] static QString lastDatabase();
    static void setLastDatabase(const QString& path);

    // Files and site server addresses in one list, most recent first. Files
    // that no longer exist are dropped when read; an address stays (a server
    // that does not answer today may answer tomorrow). Addresses are kept as
    // typed, and never hold a password: store::Database::open refuses such an
    // address before the window remembers it.
    [[nodiscard]] static QStringList recentFiles();
    // The addresses of recentFiles(), for the Connect dialog.
    [[nodiscard]] static QStringList recentSites();
    static void addRecentFile(const QString& pathOrAddress);
    static void clearRecentFiles();

    [[nodiscard]] static QString lastImportFolder();
    static void setLastImportFolder(const QString& folder);
    [[nodiscard]] static QString lastExportFolder();
    static void setLastExportFolder(const QString& folder);

    // "Excel on this computer" for every CSV the window writes (the Export
    // dialog's checkbox, every page's Export CSV); on until the user unticks it.
    [[nodiscard]] static bool excelCsv();
    static void setExcelCsv(bool on);

    [[nodiscard]] static QByteArray windowGeometry();
    [[nodiscard]] static QByteArray windowState();
    static void setWindow(const QByteArray& geometry, const QByteArray& state);

    // The window's language: empty follows the system, else a language code
    // ("en", "de"). Read once at start-up, so a change takes effect after a restart.
    [[nodiscard]] static QString language();
    static void setLanguage(const QString& code);

    // The window's appearance: "" (follow the desktop), "light" or "dark"
    // (Appearance.h). Applied at start-up and at once when changed.
    [[nodiscard]] static QString appearance();
    static void setAppearance(const QString& name);

    // The screen (by name) the calibration shared screen goes to; empty: automatic.
    [[nodiscard]] static QString sharedScreen();
    static void setSharedScreen(const QString& name);

    // Who uses this console, asked once (File ▸ My Team and Name…): "my team"
    // starts the team filters, "my name" the evaluator, coach and coach filter.
    // Empty: not given (all teams, no name).
    [[nodiscard]] static QString myTeam();
    [[nodiscard]] static QString myName();
    static void setMe(const QString& team, const QString& name);
    // True once the question was answered or dismissed: it is never asked again by itself.
    [[nodiscard]] static bool meAsked();

    // Where the demo site lives when Floorboard starts for the first time.
    [[nodiscard]] static QString defaultDemoPath();
};

} // namespace fb::ui
