#include "store/CoachingStore.h"

#include "common/IsoWeek.h"
#include "store/CoachingNoteRows.h"
#include "store/Database.h"
#include "store/QaStore.h"
#include "store/ScorecardStore.h"
#include "store/SqlValues.h"

#include <QCoreApplication>
#include <QDateTime>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
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
    try {
        std::vector<analytics::CoachingNote> out;
        SQLite::Statement st(db.sql(), std::string("SELECT ") + kCoachingNoteColumns + kCoachingNoteFrom +
                                           "ORDER BY n.coached_on, n.note_id");
        while (st.executeStep())
            out.push_back(readCoachingNote(st));
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read coaching notes"), e);
    }
}

Result<std::string> saveCoachingNote(Database& db, analytics::CoachingNote n)
{
    if (auto v = analytics::validateNote(n); !v)
        return v.error();
    try {
        SQLite::Transaction tx(db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement exists(db.sql(), "SELECT 1 FROM coaching_notes WHERE note_id = ?");
        if (n.noteId.empty()) {
            int next = db.sql().execAndGet("SELECT count(*) + 1 FROM coaching_notes").getInt();
            for (;; ++next) {
                n.noteId = fmt::format("N{:04}", next);
                exists.bind(1, n.noteId);
                const bool taken = exists.executeStep();
                exists.reset();
                if (!taken)
                    break;
            }
        } else {
            exists.bind(1, n.noteId);
            if (exists.executeStep())
                return Error::plain(Tr::tr("A note with id %1 already exists.").arg(QString::fromStdString(n.noteId)));
        }
        SQLite::Statement st(db.sql(), "INSERT INTO coaching_notes(note_id, agent_id, coach, coached_on, attribute, "
                                       "target_metric, baseline, target, follow_up_on, stage, commitment, minutes, "
                                       "followed_up_on, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, n.noteId);
        const int next = bindCoachingNoteFields(st, 2, n);
        bindDayOrNull(st, next, n.followedUpOn);
        bindTextOrNull(st, next + 1, n.outcome);
        st.exec();
        tx.commit();
        return n.noteId;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot save the coaching note"), e);
    }
}

Status completeFollowUp(Database& db, const std::string& noteId, QDate on, const std::string& outcome,
                        const analytics::TargetValue& valueNow)
{
    const auto& outcomes = analytics::followUpOutcomes();
    if (std::find(outcomes.begin(), outcomes.end(), outcome) == outcomes.end())
        return Error::plain(Tr::tr("Choose the outcome: met, partly or not met."));
    if (!on.isValid())
        return Error::plain(Tr::tr("Enter the date of the follow-up."));
    try {
        SQLite::Transaction tx(db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement up(db.sql(), "UPDATE coaching_notes SET followed_up_on = ?, outcome = ?, "
                                       "stage = 'follow_up' WHERE note_id = ?");
        bindDayOrNull(up, 1, on);
        up.bind(2, outcome);
        up.bind(3, noteId);
        if (up.exec() != 1)
            return Error::plain(Tr::tr("Coaching note %1 does not exist.").arg(QString::fromStdString(noteId)));
        SQLite::Statement f(db.sql(), "INSERT OR REPLACE INTO coaching_follow_ups(note_id, value_now, value_n, "
                                      "computed_at) VALUES (?, ?, ?, ?)");
        f.bind(1, noteId);
        bindRealOrNull(f, 2, valueNow.value);
        f.bind(3, static_cast<int64_t>(valueNow.n));
        f.bind(4, QDateTime::currentDateTime().toString(Qt::ISODate).toStdString());
        f.exec();
        tx.commit();
        return {};
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot record the follow-up"), e);
    }
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
    try {
        std::vector<std::string> out;
        SQLite::Statement st(db.sql(), "SELECT name FROM rubric_attributes GROUP BY name ORDER BY min(position), name");
        while (st.executeStep())
            out.push_back(st.getColumn(0).getString());
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read rubric attributes"), e);
    }
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
    try {
        SQLite::Statement st(db.sql(), "SELECT value FROM settings WHERE key = 'coaching_ratio_floor'");
        if (st.executeStep()) {
            bool ok = false;
            const double v = QString::fromStdString(st.getColumn(0).getString()).toDouble(&ok);
            if (ok && std::isfinite(v))
                return v;
        }
        return 0.02;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read settings"), e);
    }
}

Status setCoachingRatioFloor(Database& db, double floor)
{
    if (!std::isfinite(floor) || floor < 0 || floor > 1)
        return Error::plain(Tr::tr("The floor is a share between 0 and 1 (2% = 0.02)."));
    try {
        SQLite::Statement st(db.sql(), "INSERT INTO settings(key, value) VALUES ('coaching_ratio_floor', ?) "
                                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        st.bind(1, fmt::format("{}", floor));
        st.exec();
        return {};
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot save settings"), e);
    }
}

} // namespace fb::store
