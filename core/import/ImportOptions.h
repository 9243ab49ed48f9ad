#pragma once

#include "common/Error.h"
#include "csv/CsvTypes.h"
#include "domain/Kinds.h"

#include <QString>

#include <map>
#include <string>
#include <vector>

namespace fb::import {

// Where each canonical column comes from when the file's headers differ:
// --map started_at=Date+Time joins the Date and Time columns with a space.
struct ColumnMap final {
    std::map<std::string, std::vector<QString>> sources; // target -> source header(s)

    // Parses "target=Source Header" or "target=A+B"; error names the problem.
    Status add(const QString& assignment);
};

struct ImportOptions final {
    Kind kind = Kind::Agents;
    QString file;
    csv::ReaderOptions reader;
    QString dateFormat; // Qt format for the whole (joined) value; empty = ISO 8601 only
    // A decimal comma (680,5) is read as a decimal point whenever the file's
    // delimiter is not a comma (";", tab — Excel's "Unicode text" — or "|").
    // This forces it for comma-separated files too, where such numbers come quoted.
    bool decimalComma = false;
    ColumnMap map;
    bool dryRun = false;      // validate and roll back
    bool skipInvalid = false; // import valid rows; rejected rows go to rejectsFile
    QString rejectsFile;
    bool update = false;       // replace rows whose id exists
    bool createAgents = false; // unknown agent ids (and teams) are created
    int listedProblems = 100;  // problems kept in the report; the rest are counted
    // A UTF-8 file's bytes that are not UTF-8 become U+FFFD (and are counted)
    // instead of refusing their row.
    bool replaceInvalid = false;
    // How refusals name the options that would help: the CLI's flags here, the
    // import dialog's own controls in the window (a person never sees a flag there).
    QString updateOptionName = QStringLiteral("--update");
    QString createAgentsOptionName = QStringLiteral("--create-agents");
    QString mapHowTo = QStringLiteral("--map %1=\"Your Header\""); // %1: the missing column
};

// A saved mapping profile (JSON), so another system's export imports as is:
// {"kind": "interactions", "delimiter": ";", "encoding": "Windows-1252",
//  "date_format": "dd/MM/yyyy H:mm", "map": {"started_at": "Date+Time", "agent_id": "Agent"}}
// Values in the profile fill options the command line did not set.
Status applyProfile(const QString& path, ImportOptions& options);
Status saveProfile(const QString& path, const ImportOptions& options);

// "UTF-8", "utf-16le", "Windows-1252", "cp1252", ... as --encoding takes it.
std::optional<csv::Encoding> parseEncodingName(const QString& name);

} // namespace fb::import
