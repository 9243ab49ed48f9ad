#pragma once

// The options of commands that look at a window of weeks (mentoring,
// recognition): --week, --team, a whole number, --out, shared so each
// command reads them the same way.
#include "Cli.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>
#include <optional>
#include <string>

namespace fb::cli {

// The window's last week: --week, else the last complete week before today
// (or the last week with data when the data end earlier); nullopt (error printed) when bad.
std::optional<int> lastWeek(const QCommandLineParser& p, const QCommandLineOption& week, store::Database& db);
// True when the team is empty or known; prints the error otherwise.
bool knownTeam(store::Database& db, const std::string& team);
// A whole-number option within [min, max], or nullopt (error printed).
std::optional<int> wholeNumber(const QCommandLineParser& p, const QCommandLineOption& o, int min, int max);

// The database, the window's last week and a known --team, or the exit code.
struct Opened final {
    std::unique_ptr<store::Database> db;
    int lastWeek = 0;
    int exitCode = Ok;
};
Opened openWindow(const Context& ctx, const QCommandLineParser& p, const QCommandLineOption& week,
                  const QCommandLineOption& team);

QCommandLineOption weekOption(); // --week W
QCommandLineOption outOption();  // --out FILE.csv

} // namespace fb::cli
