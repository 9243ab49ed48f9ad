// Calibration sessions: creating one (its participants and sampled
// interactions, checked and written in one transaction), loading it, and
// adding participants later. Scores are in CalibrationScores.cpp, the agreed
// scores in CalibrationConsensus.cpp.
#include "common/Text.h"
#include "store/CalibrationContext.h"
#include "store/CalibrationStore.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/SqlValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <set>

namespace fb::store {
namespace {

using calibration::trimmed;

// The Tr::tr() of this file; its strings stay under the context they had
// before CalibrationStore.cpp was split, so the translations still apply.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::CalibrationStore)
};

std::string initialsOf(const std::string& name)
{
    std::string out;
    const auto words = QString::fromStdString(name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const auto& w : words)
        out += w.left(1).toUpper().toStdString();
    return out;
}

} // namespace

Result<CalibrationSession> createSession(Database& db, CalibrationSession s)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!idPattern.match(q(s.id)).hasMatch())
        return Error::plain(Tr::tr("The session id '%1' must be letters, digits, '-' or '_'.").arg(q(s.id)));
    if (!s.heldOn.isValid())
        return Error::plain(Tr::tr("Enter the date of the session."));
    s.facilitator = trimmed(s.facilitator);
    if (s.facilitator.empty())
        return Error::plain(Tr::tr("Enter the facilitator."));
    if (s.participants.empty())
        return Error::plain(Tr::tr("Name at least one participant."));
    std::set<std::string> names;
    for (auto& p : s.participants) {
        p.name = trimmed(p.name);
        if (p.name.empty())
            return Error::plain(Tr::tr("A participant has no name."));
        if (!names.insert(p.name).second)
            return Error::plain(Tr::tr("%1 is named twice among the participants.").arg(q(p.name)));
        if (trimmed(p.initials).empty())
            p.initials = initialsOf(p.name);
    }
    if (s.anchor) {
        s.anchor = trimmed(*s.anchor);
        if (!names.count(*s.anchor))
            return Error::plain(Tr::tr("The anchor %1 is not one of the participants.").arg(q(*s.anchor)));
    }
    if (s.units.empty())
        return Error::plain(Tr::tr("Choose at least one interaction."));
    std::set<std::string> unitIds;
    for (auto& u : s.units)
        if (!unitIds.insert(u.interactionId).second)
            return Error::plain(Tr::tr("Interaction %1 is chosen twice.").arg(q(u.interactionId)));
    auto rubric = loadRubric(db, s.rubricVersion);
    if (!rubric)
        return rubric.error();
    s.rubricVersion = rubric->version;

    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const QString what = Tr::tr("cannot save the calibration session");
    const auto taken = exists(db, "SELECT 1 FROM calibration_sessions WHERE session_id = ?", s.id, what);
    if (!taken)
        return taken.error();
    if (*taken)
        return Error::plain(Tr::tr("A calibration session with id %1 already exists.").arg(q(s.id)));
    Query head(db,
               "INSERT INTO calibration_sessions(session_id, held_on, facilitator, anchor, "
               "seed, rubric_version) VALUES (?, ?, ?, ?, ?, ?)",
               what);
    head.bind(1, s.id);
    head.bind(2, isoDay(s.heldOn));
    head.bind(3, s.facilitator);
    if (s.anchor)
        head.bind(4, *s.anchor);
    else
        head.bindNull(4);
    if (s.seed)
        head.bind(5, static_cast<qint64>(*s.seed)); // stored as its 64-bit pattern
    else
        head.bindNull(5);
    head.bind(6, s.rubricVersion);
    if (auto st = head.run(); !st)
        return st.error();
    Query part(db,
               "INSERT INTO calibration_participants(session_id, name, initials, position) "
               "VALUES (?, ?, ?, ?)",
               what);
    int position = 0;
    for (const auto& p : s.participants) {
        part.bind(1, s.id);
        part.bind(2, p.name);
        part.bind(3, p.initials);
        part.bind(4, ++position);
        if (auto st = part.run(); !st)
            return st.error();
        part.reset();
    }
    if (!part.ok())
        return part.error();
    Query agent(db, "SELECT agent_id FROM interactions WHERE interaction_id = ?", what);
    if (!agent.ok())
        return agent.error();
    Query unit(db,
               "INSERT INTO calibration_units(session_id, position, interaction_id, "
               "agent_id) VALUES (?, ?, ?, ?)",
               what);
    if (!unit.ok())
        return unit.error();
    position = 0;
    for (auto& u : s.units) {
        agent.bind(1, u.interactionId);
        if (!agent.next()) {
            if (!agent.ok())
                return agent.error();
            return Error::plain(Tr::tr("Interaction %1 does not exist.").arg(q(u.interactionId)));
        }
        u.agentId = agent.text(0);
        agent.reset();
        u.position = ++position;
        unit.bind(1, s.id);
        unit.bind(2, u.position);
        unit.bind(3, u.interactionId);
        unit.bind(4, u.agentId);
        if (auto st = unit.run(); !st)
            return st.error();
        unit.reset();
    }
    if (auto c = tx.value()->commit(); !c)
        return c.error();
    return s;
}

Result<CalibrationSession> loadSession(Database& db, const std::string& sessionId)
{
    const QString what = Tr::tr("cannot read calibration session %1").arg(q(sessionId));
    Query head(db,
               "SELECT held_on, facilitator, anchor, seed, rubric_version "
               "FROM calibration_sessions WHERE session_id = ?",
               what);
    head.bind(1, sessionId);
    if (!head.next()) {
        if (!head.ok())
            return head.error();
        return Error::plain(Tr::tr("no calibration session with id %1").arg(q(sessionId)));
    }
    CalibrationSession s;
    s.id = sessionId;
    s.heldOn = head.day(0);
    s.facilitator = head.text(1);
    if (!head.isNull(2))
        s.anchor = head.text(2);
    if (!head.isNull(3))
        s.seed = static_cast<quint64>(head.integer(3));
    s.rubricVersion = static_cast<int>(head.integer(4));
    Query part(db,
               "SELECT name, initials FROM calibration_participants WHERE session_id = ? "
               "ORDER BY position",
               what);
    part.bind(1, sessionId);
    while (part.next())
        s.participants.push_back({part.text(0), part.text(1)});
    if (!part.ok())
        return part.error();
    Query unit(db,
               "SELECT position, interaction_id, agent_id FROM calibration_units "
               "WHERE session_id = ? ORDER BY position",
               what);
    unit.bind(1, sessionId);
    while (unit.next())
        s.units.push_back({static_cast<int>(unit.integer(0)), unit.text(1), unit.text(2)});
    if (!unit.ok())
        return unit.error();
    return s;
}

Status addParticipants(Database& db, const std::string& sessionId,
                       const std::vector<CalibrationParticipant>& participants)
{
    auto session = loadSession(db, sessionId);
    if (!session)
        return session.error();
    std::set<std::string> names;
    for (const auto& p : session->participants)
        names.insert(p.name);
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    Query part(db,
               "INSERT INTO calibration_participants(session_id, name, initials, position) "
               "VALUES (?, ?, ?, ?)",
               Tr::tr("cannot add the participants"));
    if (!part.ok())
        return part.error();
    int position = static_cast<int>(session->participants.size());
    for (const auto& p : participants) {
        const std::string name = trimmed(p.name);
        if (name.empty())
            return Error::plain(Tr::tr("A participant has no name."));
        if (!names.insert(name).second)
            return Error::plain(Tr::tr("%1 is already a participant.").arg(q(name)));
        part.bind(1, sessionId);
        part.bind(2, name);
        part.bind(3, trimmed(p.initials).empty() ? initialsOf(name) : trimmed(p.initials));
        part.bind(4, ++position);
        if (auto st = part.run(); !st)
            return st;
        part.reset();
    }
    return tx.value()->commit();
}

} // namespace fb::store
