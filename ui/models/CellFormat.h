#pragma once

#include "domain/Kinds.h"
#include "domain/Value.h"

#include <QString>
#include <QVariant>

namespace fb::ui {

// "agent_id" -> "Agent ID", "started_at" -> "Started at": headers a team lead reads.
QString columnLabel(const std::string& canonicalName);

// The header's tooltip: what the column means and its CSV header, for people who import.
QString columnToolTip(const std::string& canonicalName);

// How a stored value reads in a table cell: durations as 4:05, booleans as
// Yes/No, dates with a space instead of 'T', empty scores as "NA".
QString cellText(const ColumnSpec& column, const Value& value);

// "Agents", "QA evaluations", ...: a kind as menus and dialogs name it.
QString kindLabel(Kind kind);

// Numbers read right-aligned so their digits line up.
bool isNumeric(const ColumnSpec& column);

} // namespace fb::ui
