#pragma once

// The date formats the import dialog offers, and which of them a file uses,
// guessed from the values of its date columns in the first rows.
#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>
#include <utility>
#include <vector>

namespace fb::import {

// The common ways other systems write a date and time, as Qt format strings
// (ImportOptions::dateFormat); ISO 8601 is the empty string.
// ISO 8601; dd/MM/yyyy H:mm; MM/dd/yyyy h:mm AP; dd.MM.yyyy HH:mm.
QStringList commonDateFormats();

struct DateFormatGuess final {
    enum class Outcome {
        NoDates,   // no value to go by
        Found,     // exactly one format reads every value: `format`
        Ambiguous, // several read them all (10/11/2026): `formats`, `example` the value that decides nothing
        Unknown,   // none reads every value: `example` the first that none reads
    };
    Outcome outcome = Outcome::NoDates;
    QString format;      // Found: the format ("" for ISO 8601)
    QStringList formats; // Ambiguous: the formats that fit
    QString example;     // Ambiguous, Unknown: a value to show the user
};

// Which of `formats` (commonDateFormats() plus, say, the system's short
// format) reads every one of `values`; empty values are skipped. A format
// with a time also reads a value without one (a date column), and H:mm also
// reads H:mm:ss, so one choice covers a file's date and date-time columns.
DateFormatGuess detectDateFormat(const std::vector<QString>& values, const QStringList& formats);

// `value` read in `format` ("" = ISO 8601) as a wall-clock date and time
// (no time zone, so no daylight-saving gap refuses 2:30), as import reads
// dates: date and time split at the first space; a date alone reads as
// midnight (a date column); a time with seconds also reads where the format
// has none (H:mm reads 14:30:15). detectDateFormat tries formats this way.
std::optional<std::pair<QDate, QTime>> readDateTime(const QString& value, const QString& format);

} // namespace fb::import
