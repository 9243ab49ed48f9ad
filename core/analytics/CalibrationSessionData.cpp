#include "analytics/CalibrationSessionData.h"

#include <QCoreApplication>

#include <map>

namespace fb::analytics {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::analytics::CalibrationSessionData)
};

// 0 -> "A", 25 -> "Z", 26 -> "AA": spreadsheet column letters, so any number
// of agents gets a short distinct label.
std::string letters(std::size_t n)
{
    std::string out;
    ++n;
    while (n > 0) {
        --n;
        out.insert(out.begin(), static_cast<char>('A' + n % 26));
        n /= 26;
    }
    return out;
}

} // namespace

std::vector<std::string> agentLabels(const CalibrationSessionInfo& session, bool maskAgents)
{
    std::vector<std::string> out;
    out.reserve(session.units.size());
    std::map<std::string, std::string> masked;
    for (const auto& u : session.units) {
        if (!maskAgents) {
            out.push_back(u.agentId);
            continue;
        }
        auto it = masked.find(u.agentId);
        if (it == masked.end())
            it = masked
                     .emplace(u.agentId,
                              Tr::tr("Agent %1").arg(QString::fromStdString(letters(masked.size()))).toStdString())
                     .first;
        out.push_back(it->second);
    }
    return out;
}

std::vector<std::string> participantLabels(const CalibrationSessionInfo& session, bool initialsOnly)
{
    std::vector<std::string> out;
    out.reserve(session.participants.size());
    std::map<std::string, int> seen;
    for (const auto& p : session.participants) {
        if (!initialsOnly) {
            out.push_back(p.name);
            continue;
        }
        const std::string base = p.initials.empty() ? p.name : p.initials;
        const int n = ++seen[base];
        out.push_back(n == 1 ? base : base + std::to_string(n));
    }
    return out;
}

std::optional<std::size_t> participantIndex(const CalibrationSessionInfo& session, const std::string& name)
{
    for (std::size_t i = 0; i < session.participants.size(); ++i)
        if (session.participants[i].name == name)
            return i;
    return std::nullopt;
}

const AgreedScore* agreedScoreOf(const CalibrationSessionReportData& data, const std::string& interactionId,
                                 const std::string& attribute)
{
    for (const auto& a : data.agreed)
        if (a.interactionId == interactionId && a.attribute == attribute)
            return &a;
    return nullptr;
}

} // namespace fb::analytics
