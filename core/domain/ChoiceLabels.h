#pragma once

// The words a person reads for a stored choice: "reviewing" is stored and
// written to CSV as it is (files are the same on every machine), and shown as
// "in Prüfung" on a German screen. One table for every screen, PDF and text a
// person reads; CSV and XLSX exports keep the stored value.
#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace fb {

// The label of `value` in the choice column `column` of a kind ("status",
// "channel", "category", "stage", "outcome", "visibility", "from_role"; and a
// ticket history's "action"), translated. A value the table does not know (a
// category a site renamed) reads as stored, with '_' as a space.
QString choiceLabel(std::string_view column, const std::string& value);
QString choiceLabel(std::string_view column, const QString& value);

// The stored values of `column` whose label contains `text`, ignoring case:
// what a search box must also look for when the table shows labels ("Telefon"
// finds the channel stored as "voice"). Empty when none does.
std::vector<std::string> choiceValuesMatching(std::string_view column, const QString& text);

} // namespace fb
