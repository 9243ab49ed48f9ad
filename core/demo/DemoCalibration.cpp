// Calibration sessions of the demo site (docs/demo-site.md, effect 4).
#include "demo/DemoCalibration.h"

#include "demo/DemoGen.h"
#include "demo/DemoRandom.h"
#include "store/CalibrationStore.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>

namespace fb::demo {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::demo::DemoCalibration)
};

// Scorers for sites with fewer than four teams. Their first names are not in
// DemoText's list, so they never clash with a generated agent or supervisor.
constexpr const char* kExtraSupervisors[4] = {"Sara Lindqvist", "Jonas Weber", "Ana Ruiz", "Tom Mensah"};

// Decision notes, [attribute][0: agreed 0-2, 1: agreed 3-4][variant]: the
// "why" a team lead would write in the decision log.
using N = std::string_view;
constexpr N kNotes[kAttributes][2][2] = {
    {{N("Quoted the old fee; the right amount came only after the customer pushed back."),
      N("Right answer to the first question, the second one was never answered.")},
     {N("Correct and complete; the account history was checked before answering."),
      N("Right answer first time and the refund amount was confirmed back.")}},
    {{N("Jargon ('pro-rata adjustment') without explaining it; the customer asked twice."),
      N("No next step stated, so the customer could not act on the answer.")},
     {N("Plain words and one clear next step; the customer repeated it back."),
      N("Walked through the bill line by line without jargon.")}},
    {{N("Scripted apology only; the tone did not change when the customer got upset."),
      N("Talked over the customer while they explained the problem.")},
     {N("Acknowledged the missed appointment before solving it; tone adapted well."),
      N("Named the customer's frustration and stayed calm and warm.")}},
    {{N("Identity check done only after account details were shared."),
      N("Promised a credit without the approval the policy requires.")},
     {N("Full identity check, disclosure read at the right point."),
      N("Followed the escalation steps exactly; nothing to flag.")}},
    {{N("Case note says 'sorted' only; the next agent would have to ask again."),
      N("Notes miss the callback date that was promised.")},
     {N("Notes state the issue, the fix and the promised follow-up."),
      N("Clear notes; the next agent could continue without asking.")}},
};

// Interaction ids are "C" + serial, numbered agent by agent and week by week
// (DemoGenerator.cpp), so the serial locates the agent-week it came from.
class SerialIndex final {
public:
    explicit SerialIndex(const std::vector<WeekStats>& stats)
    {
        qint64 next = 1;
        m_first.reserve(stats.size());
        for (const WeekStats& st : stats) {
            m_first.push_back(next);
            next += st.n;
        }
        m_end = next;
    }
    // The agent-week cell of a serial; -1 when the generator wrote no such interaction.
    [[nodiscard]] int cellOf(qint64 serial) const
    {
        if (serial < 1 || serial >= m_end)
            return -1;
        // The last cell starting at or before the serial: empty cells share
        // their successor's start and are skipped by upper_bound.
        const auto it = std::upper_bound(m_first.begin(), m_first.end(), serial);
        return static_cast<int>(it - m_first.begin()) - 1;
    }

private:
    std::vector<qint64> m_first;
    qint64 m_end = 1;
};

qint64 serialOf(const std::string& id)
{
    qint64 serial = -1;
    if (id.size() > 1 && id[0] == 'C')
        std::from_chars(id.data() + 1, id.data() + id.size(), serial);
    return serial;
}

// A scorer's bias or noise in session i: learning moves it from first to last.
double towards(double first, double last, int session)
{
    return last + (first - last) * std::exp(-session / effects::kCalibrationSessionsToLearn);
}

int scoreOf(double v)
{
    return std::clamp(static_cast<int>(std::lround(v)), 0, 4);
}

// Sessions the QA lead misses (no anchor): one or two, never the latest.
bool anchorAway(int session, int sessions)
{
    if (sessions >= 6)
        return session == sessions / 3 || session == 2 * sessions / 3;
    return sessions >= 3 && session == sessions / 2;
}

} // namespace

std::vector<CalibrationScorer> calibrationRoster(const Site& s)
{
    struct Profile {
        ScorerRole role;
        double biasFirst, biasLast, noiseFirst, noiseLast;
    };
    // Lenient learns fully, strict only halfway, noisy stays noisy.
    static constexpr Profile kProfiles[] = {
        {ScorerRole::Lenient, 1.2, 0.0, 0.55, 0.35}, {ScorerRole::Strict, -0.9, -0.4, 0.45, 0.35},
        {ScorerRole::Noisy, 0.1, 0.0, 1.0, 0.9},     {ScorerRole::Calibrated, 0.2, 0.0, 0.45, 0.3},
        {ScorerRole::StandIn, 0.0, 0.0, 0.4, 0.4},   {ScorerRole::Anchor, 0.0, 0.0, 0.3, 0.3},
    };
    std::vector<CalibrationScorer> roster;
    for (const Profile& p : kProfiles) {
        const auto slot = roster.size();
        std::string name = p.role == ScorerRole::Anchor    ? s.qaAnalysts.at(0)
                           : p.role == ScorerRole::StandIn ? s.qaAnalysts.at(1)
                           : slot < s.teams.size()         ? s.teams[slot].supervisor
                                                           : std::string(kExtraSupervisors[slot]);
        roster.push_back({std::move(name), p.role, p.biasFirst, p.biasLast, p.noiseFirst, p.noiseLast});
    }
    return roster;
}

Result<CalibrationDemoSummary> addCalibrationSessions(store::Database& db, const Site& s,
                                                      const std::vector<WeekStats>& weekStats)
{
    using namespace effects;
    CalibrationDemoSummary summary;
    // Each session reviews interactions of earlier weeks, so the first week has none.
    const int sessions = std::min(kCalibrationSessions, s.weeks - 1);
    qint64 interactions = 0;
    for (const WeekStats& st : weekStats)
        interactions += st.n;
    if (sessions < 1 || interactions == 0)
        return summary;

    // One draw for all sessions: a draw reads every interaction, and one per
    // session would double the time of the whole demo. Each session takes, in
    // draw order, the first interactions from before its week, one per agent,
    // none reviewed before. That sample cannot be repeated from a seed, so the
    // sessions record none (as for a sample chosen by hand).
    const int pool = static_cast<int>(std::min<qint64>(interactions, kCalibrationPool));
    auto drawn = store::drawSample(db, pool, Rng::stream(s.options.seed, CalibrationStream).next());
    if (!drawn)
        return Error::plain(Tr::tr("demo calibration sessions: %1").arg(drawn.error().toString()));
    const SerialIndex index(weekStats);
    std::vector<int> cellOfDrawn;
    for (const std::string& id : drawn.value()) {
        const int cell = index.cellOf(serialOf(id));
        if (cell < 0)
            return Error::plain(Tr::tr("demo calibration sessions: interaction %1 was not written by the demo "
                                       "generator")
                                    .arg(QString::fromStdString(id)));
        cellOfDrawn.push_back(cell);
    }
    std::vector<bool> reviewed(drawn->size(), false);

    const std::vector<CalibrationScorer> roster = calibrationRoster(s);
    const auto& rubric = defaultRubric();
    auto failed = [](const Error& e) {
        return Error::plain(Tr::tr("demo calibration sessions: %1").arg(e.toString()));
    };

    for (int i = 0; i < sessions; ++i) {
        const int week = s.weeks - sessions + i;
        Rng rng = Rng::stream(s.options.seed, CalibrationStream, static_cast<quint64>(i) + 1);
        CalibrationSession session;
        std::vector<int> cells; // agent-week of each unit
        for (size_t d = 0; d < cellOfDrawn.size() && static_cast<int>(cells.size()) < kCalibrationUnits; ++d) {
            const int cell = cellOfDrawn[d];
            const bool sameAgent =
                std::any_of(cells.begin(), cells.end(), [&](int c) { return c / s.weeks == cell / s.weeks; });
            if (reviewed[d] || cell % s.weeks >= week || sameAgent)
                continue;
            reviewed[d] = true;
            session.units.push_back({0, drawn.value()[d], {}});
            cells.push_back(cell);
        }
        if (cells.size() < 2)
            continue; // too little history on a tiny site: no session this week

        const bool away = anchorAway(i, sessions);
        std::vector<const CalibrationScorer*> scorers;
        for (const CalibrationScorer& c : roster)
            if (c.role != (away ? ScorerRole::Anchor : ScorerRole::StandIn))
                scorers.push_back(&c);
        session.id = s.weekText[static_cast<size_t>(week)];            // "2026-W41"
        session.heldOn = s.date(7 * week + 3);                         // Thursday
        session.facilitator = roster[static_cast<size_t>(i % 4)].name; // supervisors take turns
        if (!away)
            session.anchor = roster.back().name;
        for (const CalibrationScorer* c : scorers)
            session.participants.push_back({c->name, {}});
        auto created = store::createSession(db, session);
        if (!created)
            return failed(created.error());

        // Each interaction has a true quality per attribute around its agent's
        // level that week; a scorer sees it through their own bias and noise.
        std::vector<CalibrationScore> scores;
        std::vector<Consensus> agreed;
        for (size_t u = 0; u < cells.size(); ++u) {
            const int agent = cells[u] / s.weeks;
            const auto& lift = s.lift(agent, cells[u] % s.weeks);
            const std::string& id = session.units[u].interactionId;
            for (int k = 0; k < kAttributes; ++k) {
                const double truth = s.agents[static_cast<size_t>(agent)].level[static_cast<size_t>(k)] +
                                     lift[static_cast<size_t>(k)] + rng.normal(0, kInteractionQualitySd);
                const std::string& attribute = rubric[static_cast<size_t>(k)].name;
                for (const CalibrationScorer* c : scorers) {
                    const double seen = truth + towards(c->biasFirst, c->biasLast, i) +
                                        rng.normal(0, towards(c->noiseFirst, c->noiseLast, i));
                    scores.push_back({c->name, id, attribute, double(scoreOf(seen))});
                }
                const int consensus = scoreOf(truth);
                agreed.push_back({id, attribute, double(consensus),
                                  std::string(kNotes[k][consensus >= 3 ? 1 : 0][rng.below(2)]), QDate()});
            }
        }
        if (Status st = store::recordScores(db, session.id, scores); !st)
            return failed(st.error());
        // The latest session is still open: scored, not yet agreed.
        if (i < sessions - 1) {
            if (Status st = store::recordConsensus(db, session.id, agreed); !st)
                return failed(st.error());
            summary.agreedUnits += static_cast<qint64>(cells.size());
        }
        ++summary.sessions;
    }
    return summary;
}

} // namespace fb::demo
