#pragma once

// The huddle list as Markdown (docs/recognition-and-incentives.md): the
// public shout-outs of a week to read out or paste into a team channel.
#include "analytics/Recognition.h"

#include <string>

namespace fb::exporting {

// "# Shout-outs, week 2026-W05 (Team North)" and one bullet per recognition:
// "- **Ana Ruiz** (Team North), productive empathy — from Tom Becker (lead): <evidence>. <outcome>"
// File text: untranslated, the same on every machine. A week without rows says so.
std::string huddleMarkdown(const std::vector<analytics::HuddleRow>& rows, int week, const std::string& team);

} // namespace fb::exporting
