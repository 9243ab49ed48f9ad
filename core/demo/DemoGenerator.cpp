#include "demo/DemoGenerator.h"

#include "demo/DemoCalibration.h"
#include "demo/DemoFeedbackHistory.h"
#include "demo/DemoGen.h"
#include "demo/DemoIncentive.h"
#include "demo/DemoProgram.h"
#include "demo/DemoRandom.h"
#include "store/Catalog.h"
#include "store/Transaction.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace fb::demo {
namespace {

// Shift windows in seconds of the day: early, day, late.
constexpr int kShiftStart[3] = {6 * 3600, 8 * 3600 + 1800, 13 * 3600};
constexpr int kShiftEnd[3] = {14 * 3600, 17 * 3600, 21 * 3600 + 1800};
// Contact volume by weekday (Mon..Sat; Saturday only for Saturday rotas).
constexpr double kDayWeight[6] = {1.15, 1.05, 1.0, 1.0, 0.9, 0.45};
constexpr double kWeekWeight = 1.15 + 1.05 + 1.0 + 1.0 + 0.9;
// Mean handle seconds and log-scale spread per channel: voice, chat, email.
constexpr double kHandleMean[3] = {450, 720, 300};
constexpr double kHandleSigma[3] = {0.5, 0.45, 0.7};
constexpr double kPrimaryQueueShare = 0.85; // the rest goes to "general"
constexpr double kFcrUnknown = 0.05;
constexpr double kCsatSurveyed = 0.2;

char* put2(char* p, int v)
{
    p[0] = static_cast<char>('0' + v / 10);
    p[1] = static_cast<char>('0' + v % 10);
    return p + 2;
}

Status checkOptions(const DemoOptions& o)
{
    if (o.agents < 1 || o.agents > 100000 || o.teams < 1 || o.weeks < 1 || o.weeks > 520 || o.contactsPerWeek < 0 ||
        o.contactsPerWeek > 100000 || !o.start.isValid())
        return Error::plain(QStringLiteral("demo: options out of range (1-100000 agents, at least one team, "
                                           "1-520 weeks, 0-100000 contacts per week, a valid start date)"));
    return {};
}

} // namespace

void formatId(Value& v, char prefix, qint64 n, int width)
{
    char buf[32];
    char digits[24];
    int len = 0;
    do {
        digits[len++] = static_cast<char>('0' + n % 10);
        n /= 10;
    } while (n > 0);
    int pos = 0;
    buf[pos++] = prefix;
    for (int i = len; i < width; ++i)
        buf[pos++] = '0';
    while (len > 0)
        buf[pos++] = digits[--len];
    setText(v, std::string_view(buf, static_cast<size_t>(pos)));
}

void formatDateTime(Value& v, const std::string& date, int seconds)
{
    char buf[19];
    std::memcpy(buf, date.data(), 10);
    buf[10] = 'T';
    char* p = put2(buf + 11, seconds / 3600);
    *p++ = ':';
    p = put2(p, seconds / 60 % 60);
    *p++ = ':';
    put2(p, seconds % 60);
    setText(v, std::string_view(buf, sizeof buf));
}

Generator::Generator(const Site& site, Sink& sink, const DemoProgress& progress, const std::atomic_bool* cancel)
    : s(site), m_sink(sink), m_progress(progress), m_cancel(cancel)
{
    for (int d = -kDayPad; d < s.days + kDayPad; ++d)
        m_dayText.push_back(s.dateText(d));
    const size_t cells = s.agents.size() * static_cast<size_t>(s.weeks);
    m_stats.assign(cells, {});
    m_qa.assign(cells, {});
}

Result<DemoSummary> Generator::run()
{
    for (const Team& t : s.teams)
        if (Status st = m_sink.addTeam(t.name); !st)
            return st.error();
    using Step = Status (Generator::*)();
    for (Step step : {&Generator::agents, &Generator::interactions, &Generator::evaluations, &Generator::pulses,
                      &Generator::coaching, &Generator::feedback, &Generator::recognitions, &Generator::mentoring}) {
        if (cancelled())
            return Error::plain(QStringLiteral("cancelled"));
        if (Status st = (this->*step)(); !st)
            return st.error();
    }
    if (m_progress)
        m_progress(s.weeks, s.weeks);
    return m_summary;
}

Status Generator::agents()
{
    if (Status st = m_sink.begin(kindSpec(Kind::Agents)); !st)
        return st;
    m_row.assign(kindSpec(Kind::Agents).columns.size(), Value{});
    for (const Agent& a : s.agents) {
        const Team& team = s.teams[a.team];
        setText(m_row[0], a.id);
        setText(m_row[1], a.name);
        setText(m_row[2], team.name);
        setText(m_row[3], team.supervisor);
        setText(m_row[4], s.siteNames[a.site]);
        setText(m_row[5], a.shift == 0 ? "early" : a.shift == 1 ? "day" : "late");
        setText(m_row[6], a.hireDate.toString(Qt::ISODate).toStdString());
        setText(m_row[7], a.left ? "left" : "active");
        if (a.left)
            setText(m_row[8], day(a.endDay - 1));
        else
            setNull(m_row[8]);
        if (Status st = m_sink.row(m_row); !st)
            return st;
        ++m_summary.agents;
    }
    return m_sink.end();
}

Status Generator::interactions()
{
    using namespace effects;
    const KindSpec& spec = kindSpec(Kind::Interactions);
    if (Status st = m_sink.begin(spec); !st)
        return st;
    m_row.assign(spec.columns.size(), Value{});
    const int idWidth = 8;
    qint64 serial = 0;
    std::vector<int> times;
    int reported = 0;
    const int general = static_cast<int>(s.queues.size()) - 1;
    for (size_t ai = 0; ai < s.agents.size(); ++ai) {
        if (cancelled())
            return Error::plain(QStringLiteral("cancelled"));
        const int a = static_cast<int>(ai);
        const Agent& ag = s.agents[ai];
        const Team& team = s.teams[ag.team];
        Rng rng = Rng::stream(s.options.seed, InteractionStream, ai);
        setText(m_row[1], ag.id);
        const int queues[2] = {team.queue, general};
        for (int w = 0; w < s.weeks; ++w) {
            double dayW[6];
            double sumW = 0;
            for (int d = 0; d < 6; ++d) {
                const int dd = 7 * w + d;
                const bool works = dd >= ag.firstDay && dd < ag.endDay && (d < 5 || ag.saturdays);
                dayW[d] = works ? kDayWeight[d] : 0;
                sumW += dayW[d];
            }
            if (sumW == 0)
                continue;
            const double fullWeek = kWeekWeight + (ag.saturdays ? kDayWeight[5] : 0);
            const int n = rng.poisson(s.options.contactsPerWeek * ag.volume * sumW / fullWeek);
            int counts[6] = {};
            for (int i = 0; i < n; ++i)
                ++counts[rng.weighted(dayW, 6)];

            // This agent-week's probabilities, with climate and coaching lifts.
            const auto& lift = s.lift(a, w);
            const double climate = s.teamClimate(ag.team, w);
            double pFcr[2], pRepeat[2], pEsc[2];
            for (int qi = 0; qi < 2; ++qi) {
                const Queue& q = s.queues[queues[qi]];
                const double repeatBase =
                    queues[qi] == s.fixQueue() ? (w >= s.fixWeek ? kRepeatAfterFix : kRepeatBeforeFix) : q.repeat;
                pFcr[qi] = std::clamp(q.fcr + 0.035 * ag.skill + kFcrPerPulsePoint * climate +
                                          kFcrPerAccuracyPoint * lift[Accuracy],
                                      0.3, 0.97);
                pRepeat[qi] = repeatBase * std::exp(-0.15 * ag.skill) *
                              (1 - kRepeatCutPerClarityPoint * lift[Clarity]) *
                              (1 - kRepeatCutPerDocumentationPoint * lift[Documentation]);
                pEsc[qi] = q.escalation * std::exp(-0.2 * ag.skill) *
                           (1 - kEscalationCutPerPolicyPoint * lift[PolicyAdherence]);
            }
            const double defectMean =
                0.02 * std::exp(-0.35 * ag.skill) * (1 - kDefectCutPerAccuracyPoint * lift[Accuracy]);
            const double ahtFactor = std::exp(-0.08 * ag.skill) * (1 - kAhtCutPerClarityPoint * lift[Clarity]);
            const double csatShift =
                0.25 * ag.skill + 0.3 * (ag.level[Empathy] - 2.8) + kCsatPerEmpathyPoint * lift[Empathy];

            // 2-4 QA picks among this week's contacts.
            int picks[4];
            const int k = std::min(n, rng.range(2, 4));
            for (int i = 0; i < k; ++i) {
                int p;
                do
                    p = rng.below(n);
                while (std::find(picks, picks + i, p) != picks + i);
                picks[i] = p;
            }
            for (int i = 1; i < k; ++i) // insertion sort of at most 4
                for (int j = i; j > 0 && picks[j - 1] > picks[j]; --j)
                    std::swap(picks[j - 1], picks[j]);
            int nextPick = 0;
            int index = 0;
            WeekStats st;
            for (int d = 0; d < 6; ++d) {
                if (counts[d] == 0)
                    continue;
                const int dd = 7 * w + d;
                const std::string& date = day(dd);
                times.resize(static_cast<size_t>(counts[d]));
                for (int& t : times)
                    t = rng.range(kShiftStart[ag.shift], kShiftEnd[ag.shift] - 1);
                std::sort(times.begin(), times.end());
                for (int t : times) {
                    formatId(m_row[0], 'C', ++serial, idWidth);
                    formatDateTime(m_row[2], date, t);
                    const int qi = team.queue == general || rng.bernoulli(kPrimaryQueueShare) ? 0 : 1;
                    const Queue& q = s.queues[queues[qi]];
                    const int ch = static_cast<int>(rng.weighted(q.channelMix.data(), 3));
                    setText(m_row[3], kChannelNames[ch]);
                    setText(m_row[4], q.name);
                    const double handle =
                        std::max(20.0, std::round(rng.lognormalMean(kHandleMean[ch] * ahtFactor, kHandleSigma[ch])));
                    setNumber(m_row[5], handle);
                    int fcr = -1;
                    if (rng.bernoulli(kFcrUnknown)) {
                        setNull(m_row[6]);
                    } else {
                        fcr = rng.bernoulli(pFcr[qi]) ? 1 : 0;
                        setInt(m_row[6], fcr);
                    }
                    const int repeat = rng.bernoulli(pRepeat[qi]) ? 1 : 0;
                    const int esc = rng.bernoulli(pEsc[qi]) ? 1 : 0;
                    const int defects = rng.poisson(defectMean);
                    setInt(m_row[7], repeat);
                    setInt(m_row[8], esc);
                    setInt(m_row[9], defects);
                    if (rng.bernoulli(kCsatSurveyed)) {
                        const double latent = 4.0 + csatShift +
                                              (fcr == 1   ? 0.35
                                               : fcr == 0 ? -0.9
                                                          : 0) -
                                              0.4 * esc + rng.normal(0, 0.9);
                        const int csat = std::clamp(static_cast<int>(std::lround(latent)), 1, 5);
                        setInt(m_row[10], csat);
                        ++st.csatN;
                        st.csatTop2 += csat >= 4;
                    } else {
                        setNull(m_row[10]);
                    }
                    setText(m_row[11], rng.pick(q.reasons));
                    if (Status ok = m_sink.row(m_row); !ok)
                        return ok;
                    ++st.n;
                    st.handle += handle;
                    st.fcrKnown += fcr >= 0;
                    st.fcrYes += fcr == 1;
                    st.repeats += repeat;
                    st.escalations += esc;
                    st.defects += defects;
                    if (nextPick < k && picks[nextPick] == index) {
                        m_picks.push_back(QaPick{serial, a, w, dd, t, ch});
                        ++nextPick;
                    }
                    ++index;
                }
            }
            m_stats[ai * s.weeks + w] = st;
        }
        const int done = static_cast<int>((ai + 1) * s.weeks / s.agents.size());
        if (m_progress && done != reported && done < s.weeks)
            m_progress(done, s.weeks);
        reported = done;
    }
    m_summary.interactions = serial;
    return m_sink.end();
}

Result<DemoSummary> generateDemo(store::Database& db, const DemoOptions& options, const DemoProgress& progress,
                                 const std::atomic_bool* cancel)
{
    if (Status st = checkOptions(options); !st)
        return st.error();
    auto existing = store::agentIds(db);
    if (!existing)
        return existing.error();
    if (!existing->empty())
        return Error::plain(QStringLiteral("the database already holds agents; the demo site needs an empty one"));
    const Site site = buildSite(options);
    // One transaction for the whole site, calibration sessions included
    // (their own transactions nest in it as savepoints): a demo killed or
    // failing at any point leaves the database as empty as it was.
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    DbSink sink(db);
    Generator gen(site, sink, progress, cancel);
    auto summary = gen.run();
    if (!summary)
        return summary; // the transaction rolls back
    if (Status st = addFeedbackHistory(db, site); !st)
        return st.error();
    auto calibration = addCalibrationSessions(db, site, gen.weekStats());
    if (!calibration)
        return calibration.error();
    if (Status st = addDemoIncentivePlan(db); !st)
        return st.error();
    if (Status st = addDemoProgram(db, site); !st)
        return st.error();
    if (Status st = tx.value()->commit(); !st)
        return st.error();
    summary->calibrationSessions = calibration->sessions;
    summary->evaluations += calibration->agreedUnits;
    return summary;
}

Result<DemoSummary> writeDemoCsv(const QString& dir, const DemoOptions& options, const DemoProgress& progress)
{
    if (Status st = checkOptions(options); !st)
        return st.error();
    const Site site = buildSite(options);
    CsvSink sink(dir);
    Generator gen(site, sink, progress, nullptr);
    return gen.run();
}

} // namespace fb::demo
