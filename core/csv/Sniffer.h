#pragma once

#include <string_view>

// Private to the CSV layer.
namespace fb::csv::detail {

// Guesses the delimiter among , ; tab | from the start of a file (UTF-8).
// A candidate that occurs the same non-zero number of times on every record
// is preferred, the most frequent such one winning; failing that, the one
// whose most common per-record count is shared by the most records. ','
// when none occurs at all (a single-column file). `complete` says whether
// the sample is the whole file; if not, its last, possibly cut, record is
// ignored. Quotes are honoured so that delimiters inside quoted fields
// (commas in a ;-file's text) do not count.
char sniffDelimiter(std::string_view sample, bool complete);

} // namespace fb::csv::detail
