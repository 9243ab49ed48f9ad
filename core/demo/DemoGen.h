#pragma once

// The demo generator's internals: one pass per kind over the site model,
// writing rows to a Sink. Split over DemoGenerator.cpp (agents,
// interactions), DemoActivity.cpp (QA, pulses, coaching) and DemoTickets.cpp
// (feedback, recognitions).

#include "demo/DemoGenerator.h"
#include "demo/DemoModel.h"
#include "demo/DemoSink.h"

#include <array>
#include <atomic>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fb::demo {

// Sums of one agent's interactions in one site week.
struct WeekStats final {
    int n = 0;
    int fcrKnown = 0;
    int fcrYes = 0;
    int repeats = 0;
    int escalations = 0;
    int defects = 0;
    int csatN = 0;
    int csatTop2 = 0;
    double handle = 0;
};

// An interaction chosen for QA while interactions are generated.
struct QaPick final {
    qint64 serial = 0; // interaction number
    int agent = 0;
    int week = 0;
    int day = 0;
    int seconds = 0; // time of day
    int channel = 0;
};

// One agent's QA scores in one site week.
struct QaStats final {
    std::array<float, kAttributes> sum{};
    std::array<qint16, kAttributes> n{};
    float pctSum = 0;
    qint16 pctN = 0;
};

class Generator final {
public:
    Generator(const Site& site, Sink& sink, const DemoProgress& progress, const std::atomic_bool* cancel);
    Result<DemoSummary> run();
    // Interactions per agent-week as written: [agent * weeks + week].
    [[nodiscard]] const std::vector<WeekStats>& weekStats() const { return m_stats; }

private:
    Status agents();
    Status interactions();
    Status evaluations();
    // One pass over the QA picks: those of site weeks before untilWeek, written when write is set.
    Status qaPass(int untilWeek, bool write);
    // The mentoring program of docs/demo-site.md (DemoMentoring.cpp): its
    // start week (-1 on a site too short for it), the mentees chosen on the
    // QA of the weeks before it, and the pairs written after the rest.
    [[nodiscard]] int mentoringStartWeek() const;
    void chooseMentees();
    Status mentoring();
    Status mentoringSessions();
    Status pulses();
    Status coaching();
    // The no-effect coach of docs/demo-site.md: appends its notes, numbered from id + 1.
    Status noEffectCoaching(qint64& id);
    Status feedback();
    Status recognitions();
    [[nodiscard]] bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    // A metric of one agent over site weeks [w0, w1]; nullopt without data.
    [[nodiscard]] std::optional<double> metric(std::string_view id, int attribute, int agent, int w0, int w1) const;
    [[nodiscard]] const std::string& day(int d) const
    {
        const int index = d + kDayPad; // days before the site's first one are padded
        return m_dayText[static_cast<size_t>(index)];
    }

    static constexpr int kDayPad = 7;
    const Site& s;
    Sink& m_sink;
    const DemoProgress& m_progress;
    const std::atomic_bool* m_cancel;
    DemoSummary m_summary;
    std::vector<std::string> m_dayText; // site days [-kDayPad, days + kDayPad)
    std::vector<WeekStats> m_stats;     // [agent * weeks + week]
    std::vector<QaStats> m_qa;          // [agent * weeks + week]
    std::vector<QaPick> m_picks;
    struct DemoPair {
        int mentee = 0, mentor = 0, attribute = 0;
    };
    std::vector<DemoPair> m_pairs;
    // [agent]: QA points added to a mentee's attributes after the program's start (empty without a program).
    std::vector<std::array<float, kAttributes>> m_mentoringLift;
    std::vector<Value> m_row;
};

// Row building without reallocating the row's strings.
inline void setText(Value& v, std::string_view text)
{
    if (auto* s = std::get_if<std::string>(&v))
        s->assign(text.data(), text.size());
    else
        v.emplace<std::string>(text);
}
inline void setInt(Value& v, qint64 i)
{
    v = i;
}
inline void setNumber(Value& v, double d)
{
    v = d;
}
inline void setNull(Value& v)
{
    v = std::monostate{};
}
inline void setOptional(Value& v, const std::optional<double>& d)
{
    if (d)
        v = *d;
    else
        v = std::monostate{};
}

// "C00000042": prefix and n zero-padded to width digits.
void formatId(Value& v, char prefix, qint64 n, int width);
// "YYYY-MM-DDTHH:MM:SS" from a date text and seconds of the day.
void formatDateTime(Value& v, const std::string& date, int seconds);

inline const char* const kChannelNames[3] = {"voice", "chat", "email"};

} // namespace fb::demo
