// The demo site's no-effect coach (docs/demo-site.md, "A coach with no
// effect"): in one week near the end of the site, a coach picks in every team
// the agent whose handle time was worst over the 4 weeks before and coaches
// them on clarity with handle time as the target. Nothing in the data responds
// (the notes are written after the site was built, so no lift exists): the
// agents improve only by regression to the mean, which a plain
// before-and-after reads as success and coaching effectiveness must not.
#include "demo/DemoGen.h"
#include "demo/DemoRandom.h"
#include "demo/DemoText.h"

namespace fb::demo {

namespace {

constexpr const char* kNoEffectCoach = "Noor Lindqvist";
constexpr int kClarity = 1; // index of clarity in text::kAttributeNames

} // namespace

Status Generator::noEffectCoaching(qint64& id)
{
    // Its week leaves 4 weeks before and 4 after inside the site.
    const int week = s.weeks - 5;
    if (week < 4)
        return {};
    for (const Team& team : s.teams) {
        int worst = -1;
        double worstAht = 0;
        for (int a : team.agents) {
            const Agent& ag = s.agents[a];
            if (ag.firstDay > 7 * (week - 4) || ag.endDay < 7 * (week + 5))
                continue; // not there for both windows
            const auto aht = metric("aht", kClarity, a, week - 4, week - 1);
            if (aht && (worst < 0 || *aht > worstAht)) {
                worst = a;
                worstAht = *aht;
            }
        }
        if (worst < 0)
            continue;
        const int coachedOn = 7 * week + 2; // a Wednesday
        // The follow-up falls after the site's last day: not yet due, so the
        // scorecard's coaching metric is not touched.
        const int followUp = 7 * s.weeks + 7;
        formatId(m_row[0], 'N', ++id, 6);
        setText(m_row[1], s.agents[worst].id);
        setText(m_row[2], kNoEffectCoach);
        setText(m_row[3], day(coachedOn));
        setText(m_row[4], std::string_view(text::kAttributeNames[kClarity]));
        setText(m_row[5], "aht");
        setNumber(m_row[6], worstAht);
        setNumber(m_row[7], worstAht - 30);
        setText(m_row[8], s.dateText(followUp));
        setText(m_row[9], "commit");
        setText(m_row[10], std::string_view(text::kCommitments[kClarity][0]));
        setNumber(m_row[11], 20);
        setNull(m_row[12]);
        setNull(m_row[13]);
        if (Status st = m_sink.row(m_row); !st)
            return st;
    }
    return {};
}

} // namespace fb::demo
