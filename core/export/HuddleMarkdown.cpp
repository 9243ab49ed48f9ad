#include "export/HuddleMarkdown.h"

#include "common/IsoWeek.h"

#include <fmt/format.h>

namespace fb::exporting {
namespace {

// Markdown would read * _ ` [ and a leading # in a name or a sentence as markup.
std::string plain(const std::string& text)
{
    std::string out;
    for (char c : text) {
        if (c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '\\' || c == '#')
            out += '\\';
        out += c == '\n' || c == '\r' ? ' ' : c;
    }
    return out;
}

std::string giver(const Recognition& r)
{
    const std::string name = plain(r.fromName.empty() ? r.fromAgent : r.fromName);
    return r.fromRole.empty() ? name : fmt::format("{} ({})", name, r.fromRole);
}

} // namespace

std::string huddleMarkdown(const std::vector<analytics::HuddleRow>& rows, int week, const std::string& team)
{
    const std::string weekText = IsoWeek::fromKey(week).toString().toStdString();
    std::string out = team.empty() ? fmt::format("# Shout-outs, week {}\n\n", weekText)
                                   : fmt::format("# Shout-outs, week {} ({})\n\n", weekText, plain(team));
    if (rows.empty())
        return out + "No public recognitions this week.\n";
    for (const auto& h : rows) {
        const Recognition& r = *h.recognition;
        out += fmt::format("- **{}**", plain(h.agentName));
        if (team.empty() && !h.team.empty())
            out += fmt::format(" ({})", plain(h.team));
        out += fmt::format(", {}", plain(r.behavior));
        if (!r.fromName.empty() || !r.fromAgent.empty())
            out += fmt::format(" — from {}", giver(r));
        if (!r.evidence.empty())
            out += fmt::format(": {}", plain(r.evidence));
        if (!r.outcome.empty())
            out += fmt::format(" ({})", plain(r.outcome));
        out += '\n';
    }
    return out + fmt::format("\n{} recognition{}.\n", rows.size(), rows.size() == 1 ? "" : "s");
}

} // namespace fb::exporting
