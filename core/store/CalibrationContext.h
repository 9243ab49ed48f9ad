#pragma once

// What the calibration sessions, scores and consensus files share, private to
// core/store: small conversions, a session loaded with the rubric it is scored
// against, and the rule a single score must keep.
#include "store/CalibrationStore.h"
#include "store/RubricStore.h"

#include <QDate>
#include <QString>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fb::store::calibration {

std::string trimmed(const std::string& s);
QDate dateOf(const SQLite::Column& c);
std::string isoDate(QDate d);
// A score as a whole number, or NULL for NA.
void bindScore(SQLite::Statement& st, int i, const std::optional<double>& v);

// A session with the rubric it is scored against.
struct SessionContext {
    CalibrationSession session;
    std::map<std::string, RubricAttribute> attributes;
    std::vector<RubricAttribute> ordered;

    [[nodiscard]] bool hasParticipant(const std::string& name) const
    {
        return std::any_of(session.participants.begin(), session.participants.end(),
                           [&](const auto& p) { return p.name == name; });
    }
    [[nodiscard]] const CalibrationUnit* unit(const std::string& interactionId) const
    {
        for (const auto& u : session.units)
            if (u.interactionId == interactionId)
                return &u;
        return nullptr;
    }
};

Result<SessionContext> loadContext(Database& db, const std::string& sessionId);

// Why a score is not acceptable for the attribute; empty when it is.
QString scoreProblem(const RubricAttribute& a, const std::optional<double>& score);
QString scoreText(const std::optional<double>& score);

} // namespace fb::store::calibration
