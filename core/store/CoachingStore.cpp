#include "store/CoachingStore.h"

#include "common/IsoWeek.h"
#include "store/CoachingNoteRows.h"
#include "store/Database.h"
#include "store/QaStore.h"
#include "store/Query.h"
#include "store/ScorecardStore.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::CoachingStore)
};

} // namespace

Result<std::vector<analytics::CoachingNote>> loadCoachingNotes(Database& db)
{
    std::vector<analytics::CoachingNote> out;
    Query q(db, std::string("SELECT ") + kCoachingNoteColumns + kCoachingNoteFrom + "ORDER BY n.coached_on, n.note_id",
            Tr::tr("cannot read coaching notes"));
    while (q.next())
        out.push_back(readCoachingNote(q));
    if (!q.ok())
        return q.error();
    return out;
}

Result<std::string> saveCoachingNote(Database& db, analytics::CoachingNote n)
{
    if (auto v = analytics::validateNote(n); !v)
        return v.error();
    const QString what = Tr::tr("cannot save the coaching note");
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    Query exists(db, "SELECT 1 FROM coaching_notes WHERE note_id = ?", what);
    if (n.noteId.empty()) {
        const auto count = scalar(db, "SELECT count(*) + 1 FROM coaching_notes", what);
        if (!count)
            return count.error();
        for (int next = static_cast<int>(*count);; ++next) {
            n.noteId = fmt::format("N{:04}", next);
            exists.bind(1, n.noteId);
            const bool taken = exists.next();
            if (!exists.ok())
                return exists.error();
            exists.reset();
            if (!taken)
                break;
        }
    } else {
        exists.bind(1, n.noteId);
        const bool taken = exists.next();
        if (!exists.ok())
            return exists.error();
        if (taken)
            return Error::plain(Tr::tr("A note with id %1 already exists.").arg(QString::fromStdString(n.noteId)));
    }
    Query q(db,
            "INSERT INTO coaching_notes(note_id, agent_id, coach, coached_on, attribute, "
            "target_metric, baseline, target, follow_up_on, stage, commitment, minutes, "
            "followed_up_on, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            what);
    q.bind(1, n.noteId);
    const int next = bindCoachingNoteFields(q, 2, n);
    q.bindDayOrNull(next, n.followedUpOn);
    q.bindTextOrNull(next + 1, n.outcome);
    if (auto st = q.run(); !st)
        return st.error();
    if (auto st = (*tx)->commit(); !st)
        return st.error();
    return n.noteId;
}

Status completeFollowUp(Database& db, const std::string& noteId, QDate on, const std::string& outcome,
                        const analytics::TargetValue& valueNow)
{
    const auto& outcomes = analytics::followUpOutcomes();
    if (std::find(outcomes.begin(), outcomes.end(), outcome) == outcomes.end())
        return Error::plain(Tr::tr("Choose the outcome: met, partly or not met."));
    if (!on.isValid())
        return Error::plain(Tr::tr("Enter the date of the follow-up."));
    const QString what = Tr::tr("cannot record the follow-up");
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    Query up(db,
             "UPDATE coaching_notes SET followed_up_on = ?, outcome = ?, "
             "stage = 'follow_up' WHERE note_id = ?",
             what);
    up.bindDayOrNull(1, on).bind(2, outcome).bind(3, noteId);
    if (auto st = up.run(); !st)
        return st;
    if (up.changes() != 1)
        return Error::plain(Tr::tr("Coaching note %1 does not exist.").arg(QString::fromStdString(noteId)));
    Query f(db,
            "INSERT INTO coaching_follow_ups(note_id, value_now, value_n, computed_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(note_id) DO UPDATE SET value_now = excluded.value_now, value_n = excluded.value_n, "
            "computed_at = excluded.computed_at",
            what);
    f.bind(1, noteId).bindRealOrNull(2, valueNow.value).bind(3, valueNow.n);
    f.bind(4, QDateTime::currentDateTime().toString(Qt::ISODate).toStdString());
    if (auto st = f.run(); !st)
        return st;
    return (*tx)->commit();
}

Result<std::unordered_map<std::string, std::string>> agentTeams(Database& db)
{
    auto agents = scorecardAgents(db);
    if (!agents)
        return agents.error();
    std::unordered_map<std::string, std::string> out;
    for (const auto& a : agents.value())
        out[a.id] = a.team;
    return out;
}

Result<analytics::WeeklyData> loadCoachingData(Database& db, int fromWeek, int toWeek)
{
    analytics::WeeklyData data;
    auto weekly = loadWeeklySums(db, fromWeek, toWeek);
    if (!weekly)
        return weekly.error();
    for (auto& [week, period] : weekly.value())
        for (auto& [agent, sums] : period.byAgent)
            data[agent][week].sums = sums;
    if (auto st = addAttributeWeeks(db, fromWeek, toWeek, data); !st)
        return st.error();
    return data;
}

Result<std::vector<std::string>> rubricAttributeNames(Database& db)
{
    std::vector<std::string> out;
    Query q(db, "SELECT name FROM rubric_attributes GROUP BY name ORDER BY min(position), name",
            Tr::tr("cannot read rubric attributes"));
    while (q.next())
        out.push_back(q.text(0));
    if (!q.ok())
        return q.error();
    return out;
}

Result<analytics::EffectInput> loadEffectInput(Database& db, QDate from, QDate to)
{
    analytics::EffectInput in;
    auto notes = loadCoachingNotes(db);
    if (!notes)
        return notes.error();
    in.notes = std::move(notes.value());
    auto teams = agentTeams(db);
    if (!teams)
        return teams.error();
    in.teamOf = std::move(teams.value());
    auto attrs = rubricAttributeNames(db);
    if (!attrs)
        return attrs.error();
    in.attributes = std::move(attrs.value());
    QDate first, last;
    for (const auto& n : in.notes) {
        if (!n.coachedOn.isValid() || (from.isValid() && n.coachedOn < from) || (to.isValid() && n.coachedOn > to))
            continue;
        if (!first.isValid() || n.coachedOn < first)
            first = n.coachedOn;
        if (!last.isValid() || n.coachedOn > last)
            last = n.coachedOn;
    }
    if (!first.isValid())
        return in;
    const int fromWeek = analytics::noteWindows(first).baselineFrom;
    const int toWeek = analytics::noteWindows(last).afterTo;
    auto data = loadCoachingData(db, fromWeek, toWeek);
    if (!data)
        return data.error();
    in.data = std::move(data.value());
    return in;
}

Result<double> coachingRatioFloor(Database& db)
{
    Query q(db, "SELECT value FROM settings WHERE key = 'coaching_ratio_floor'", Tr::tr("cannot read settings"));
    if (q.next()) {
        bool ok = false;
        const double v = q.qtext(0).toDouble(&ok);
        if (ok && std::isfinite(v))
            return v;
    }
    if (!q.ok())
        return q.error();
    return 0.02;
}

Status setCoachingRatioFloor(Database& db, double floor)
{
    if (!std::isfinite(floor) || floor < 0 || floor > 1)
        return Error::plain(Tr::tr("The floor is a share between 0 and 1 (2% = 0.02)."));
    Query q(db,
            "INSERT INTO settings(key, value) VALUES ('coaching_ratio_floor', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            Tr::tr("cannot save settings"));
    q.bind(1, fmt::format("{}", floor));
    return q.run();
}

} // namespace fb::store
