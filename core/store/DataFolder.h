#pragma once

#include <QString>

namespace fb::store {

// The folder where Floorboard keeps its own databases (the GUI's demo site,
// the CLI's default floorboard.db): the local, non-roaming application data
// folder. Not created here.
//
// Local, not roaming: on Windows the roaming profile is often redirected to
// a network share, and SQLite's WAL mode is unsafe there; a roaming profile
// would also copy a database of millions of rows at every log-on. On Linux
// and macOS AppLocalDataLocation and AppDataLocation are the same folder
// (~/.local/share/Floorboard/Floorboard), so users of earlier versions find
// their databases where they were.
QString defaultDataFolder();

} // namespace fb::store
