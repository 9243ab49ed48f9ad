// Feedback tickets and recognitions of the demo site.
#include "demo/DemoGen.h"
#include "demo/DemoRandom.h"
#include "demo/DemoText.h"
#include "domain/Recognition.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace fb::demo {
namespace {

struct TicketTemplate final {
    const char* category;
    const char* friction;
    const char* title;
    const char* detail;
    const char* queue; // nullptr: site-wide
    const char* plan;  // the planned fix when accepted
    const char* did;   // what changed when fixed, read after "We"
};

constexpr TicketTemplate kPlantedFix{
    "tool",
    "tool lag",
    "Billing console freezes when opening payment history",
    "The payment history tab takes 30-60 seconds to load, so we promise call-backs and customers ring again.",
    effects::kFixQueue,
    "Vendor patch to the payment history query",
    "Patched the payment history query with the vendor"};
constexpr const char* kPlantedReason = "Vendor patch to the payment history query, rolled out to all billing desks.";

constexpr TicketTemplate kTemplates[] = {
    {"tool", "tool lag", "CRM search is slow on busy afternoons",
     "Customer search takes 15-20 seconds between 14:00 and 17:00.", "general",
     "Move the nightly CRM re-index out of business hours", "Moved the CRM re-index to 02:00"},
    {"tool", "tool lag", "Knowledge base search returns old articles first",
     "Top results are archived versions; we read out outdated steps.", nullptr, "Hide archived articles from search",
     "Hid archived articles from knowledge base search"},
    {"tool", "tool crash", "Softphone drops the call on transfer to retention",
     "About one transfer in ten drops; the customer has to call back.", "retention",
     "Softphone update 4.2 with the transfer fix", "Rolled out softphone 4.2 to retention"},
    {"tool", "missing field", "No field for the customer's preferred contact time",
     "We write it in the notes, where the call-back team never sees it.", "tech",
     "Add a preferred contact time field to the case form", "Added a preferred contact time field to the case form"},
    {"policy", "policy ambiguity", "When may we waive a late fee?",
     "Leads answer differently; customers compare notes on social media.", "billing",
     "One written late-fee waiver rule for all leads", "Published one late-fee waiver rule in the handbook"},
    {"policy", "policy ambiguity", "Two versions of the identity check script",
     "The onboarding script and the knowledge base disagree on the third question.", "onboarding",
     "Retire the old identity check script", "Retired the old identity check script"},
    {"policy", "approval delay", "Retention offers need a lead's approval every time",
     "Customers wait on hold while we find a lead for a standard offer.", "retention",
     "Let agents give the two standard offers without approval", "Let agents give the standard offers without a lead"},
    {"policy", "schedule", "Shift swap requests take a week to approve",
     "Swaps for the following week are approved after the week has started.", nullptr, "Approve swaps by Thursday noon",
     "Set Thursday noon as the swap approval deadline"},
    {"training", "knowledge gap", "No training on the new router models",
     "We cannot talk customers through the setup of the two new models.", "tech",
     "Two short sessions on the new router models", "Ran two sessions on the new router models"},
    {"training", "knowledge gap", "New joiners miss the direct debit process",
     "The induction does not cover changing the collection date.", "billing",
     "Add direct debit changes to the induction", "Added direct debit changes to the induction"},
    {"training", "knowledge gap", "Knowledge base article on contract end is outdated",
     "It still lists last year's notice period.", "retention", "Update the contract end article",
     "Updated the contract end article"},
    {"product", "product defect", "Welcome email links to an expired page",
     "Customers call to ask where to activate their account.", "onboarding",
     "Fix the activation link in the welcome email", "Fixed the activation link in the welcome email"},
    {"product", "confusing bill", "Customers confused by pro-rata lines on the first bill",
     "Most first-bill calls are about the two partial-month lines.", "onboarding",
     "One pro-rata line with a note on the first bill", "Merged the pro-rata lines on the first bill"},
    {"product", "outage", "Repeated evening outage in the north region",
     "Three evenings this month; we have no status page to point to.", "tech", "A public status page for outages",
     "Launched a public status page"},
};

const char* reasonFor(std::string_view status)
{
    if (status == "accepted")
        return "Agreed; planned for the next release.";
    if (status == "deferred")
        return "Valid, but behind higher-impact work this quarter.";
    if (status == "declined")
        return "Works as intended; we will cover it in the next team huddle.";
    if (status == "fixed")
        return "Fixed and rolled out; tell us if it comes back.";
    return "";
}

// Who owns an accepted ticket's fix, by category. "Product team" names no
// person: its tickets make the long tail of unclear ownership.
const char* ownerFor(std::string_view category, Rng& rng)
{
    if (category == "tool")
        return rng.bernoulli(0.6) ? "Priya Shah" : "Marek Novak";
    if (category == "policy")
        return "Ines Moreau";
    if (category == "training")
        return "Lena Vogel";
    return rng.bernoulli(0.5) ? "Sam Okafor" : "Product team";
}

struct Ticket final {
    const TicketTemplate* t;
    int submitted;
    int team;  // -1: none
    int agent; // -1: none
    bool scoped;
    std::string status;
    int decided = -1;
    int fixed = -1;
};

} // namespace

Status Generator::feedback()
{
    const KindSpec& spec = kindSpec(Kind::Feedback);
    if (Status st = m_sink.begin(spec); !st)
        return st;
    m_row.assign(spec.columns.size(), Value{});
    Rng rng = Rng::stream(s.options.seed, TicketStream);
    const int lastDay = s.days - 1;
    std::vector<Ticket> tickets;
    auto teamOfQueue = [&](const char* queue) {
        for (size_t t = 0; t < s.teams.size(); ++t)
            if (queue && s.queues[s.teams[t].queue].name == queue)
                return static_cast<int>(t);
        return rng.below(static_cast<int>(s.teams.size()));
    };
    auto agentOf = [&](int team, int dayIndex) {
        std::vector<int> active;
        for (int a : s.teams[team].agents)
            if (s.agents[a].firstDay <= dayIndex && s.agents[a].endDay > dayIndex)
                active.push_back(a);
        return active.empty() ? -1 : rng.pick(active);
    };
    // The planted fix: reported four weeks before, fixed on the fix week's Monday.
    const int fixDay = 7 * s.fixWeek;
    Ticket planted{&kPlantedFix, std::max(0, fixDay - 27), teamOfQueue(kPlantedFix.queue), -1, true, "fixed"};
    planted.agent = agentOf(planted.team, planted.submitted);
    planted.decided = std::min(planted.submitted + 3, std::max(fixDay - 1, planted.submitted));
    planted.fixed = fixDay;
    tickets.push_back(planted);

    const int count = static_cast<int>(std::lround(s.weeks * (1 + 0.35 * static_cast<double>(s.teams.size()))));
    for (int i = 0; i < count; ++i) {
        Ticket t{&rng.pick(kTemplates), 7 * rng.below(s.weeks) + rng.range(0, 4), -1, -1, false, {}};
        t.submitted = std::min(t.submitted, lastDay);
        t.team = teamOfQueue(t.t->queue);
        t.agent = rng.bernoulli(0.7) ? agentOf(t.team, t.submitted) : -1;
        t.scoped = t.t->queue && rng.bernoulli(0.6);
        const int age = lastDay - t.submitted;
        const double u = rng.uniform();
        if (age < 7)
            t.status = u < 0.7 ? "new" : "reviewing";
        else if (age < 21)
            t.status = u < 0.3 ? "reviewing" : u < 0.6 ? "accepted" : u < 0.8 ? "deferred" : "declined";
        else
            t.status = u < 0.1    ? "reviewing"
                       : u < 0.35 ? "accepted"
                       : u < 0.5  ? "deferred"
                       : u < 0.65 ? "declined"
                                  : "fixed";
        if (t.status != "new" && t.status != "reviewing")
            t.decided = std::min(t.submitted + rng.range(3, 14), lastDay);
        if (t.status == "fixed") {
            t.fixed = t.decided + rng.range(7, 28);
            // Only the planted ticket fixes anything in the planted queue.
            if (t.fixed > lastDay || (t.t->queue && std::string_view(t.t->queue) == effects::kFixQueue))
                t.status = "accepted", t.fixed = -1;
        }
        tickets.push_back(std::move(t));
    }
    std::stable_sort(tickets.begin(), tickets.end(),
                     [](const Ticket& x, const Ticket& y) { return x.submitted < y.submitted; });
    // Owners and revisit dates come from a stream of their own, so the
    // tickets, statuses and days above stay what they were before owners existed.
    Rng ownerRng = Rng::stream(s.options.seed, TicketStream, 1);
    qint64 id = 0;
    for (const Ticket& t : tickets) {
        formatId(m_row[0], 'T', ++id, 4);
        setText(m_row[1], day(t.submitted));
        setText(m_row[2], t.t->category);
        setText(m_row[3], t.t->title);
        if (t.team >= 0)
            setText(m_row[4], s.teams[t.team].name);
        else
            setNull(m_row[4]);
        if (t.agent >= 0)
            setText(m_row[5], s.agents[t.agent].id);
        else
            setNull(m_row[5]);
        setText(m_row[6], t.t->friction);
        setText(m_row[7], t.t->detail);
        setText(m_row[8], t.status);
        const char* reason = t.t == &kPlantedFix ? kPlantedReason : reasonFor(t.status);
        if (*reason)
            setText(m_row[9], reason);
        else
            setNull(m_row[9]);
        if (t.decided >= 0)
            setText(m_row[10], day(t.decided));
        else
            setNull(m_row[10]);
        if (t.fixed >= 0)
            setText(m_row[11], day(t.fixed));
        else
            setNull(m_row[11]);
        if (t.scoped)
            setText(m_row[12], t.t->queue);
        else
            setNull(m_row[12]);
        const bool accepted = t.status == "accepted" || t.status == "fixed";
        if (accepted) {
            setText(m_row[13], ownerFor(t.t->category, ownerRng));
            setText(m_row[14], t.t->plan);
        } else {
            setNull(m_row[13]);
            setNull(m_row[14]);
        }
        if (t.status == "deferred")
            setText(m_row[15], s.dateText(t.decided + ownerRng.range(28, 56))); // may be after the last day
        else
            setNull(m_row[15]);
        if (t.fixed >= 0)
            setText(m_row[16], t.t->did);
        else
            setNull(m_row[16]);
        setNull(m_row[17]);
        setNull(m_row[18]);
        if (Status st = m_sink.row(m_row); !st)
            return st;
    }
    m_summary.tickets = id;
    return m_sink.end();
}

Status Generator::recognitions()
{
    const KindSpec& spec = kindSpec(Kind::Recognitions);
    if (Status st = m_sink.begin(spec); !st)
        return st;
    m_row.assign(spec.columns.size(), Value{});
    // The QA evaluation (and its interaction) of each agent-week, numbered as
    // qaPass numbers them, so a nomination can cite documented work.
    struct Cited {
        qint64 evaluation = 0, interaction = 0;
    };
    std::map<std::pair<int, int>, Cited> cited; // (agent, week) -> its first evaluation
    qint64 evaluationId = 0;
    for (const QaPick& p : m_picks)
        if (p.week < s.weeks)
            cited.emplace(std::pair{p.agent, p.week}, Cited{++evaluationId, p.serial});
    const auto& behaviors = defaultRecognitionBehaviors();
    qint64 id = 0;
    struct Rec {
        int day, to, from; // from: agent index, or -1 - team (the supervisor)
    };
    std::vector<Rec> week;
    std::vector<int> active;
    std::vector<double> weights;
    for (int w = 0; w < s.weeks; ++w) {
        Rng rng = Rng::stream(s.options.seed, RecognitionStream, static_cast<quint64>(w));
        week.clear();
        for (size_t t = 0; t < s.teams.size(); ++t) {
            active.clear();
            weights.clear();
            for (int a : s.teams[t].agents)
                if (s.agents[a].firstDay <= 7 * w && s.agents[a].endDay > 7 * w + 4) {
                    active.push_back(a);
                    weights.push_back(std::exp(0.5 * s.agents[a].skill));
                }
            if (active.empty())
                continue;
            for (int n = rng.poisson(0.12 * static_cast<double>(active.size())); n > 0; --n) {
                const int to = active[rng.weighted(weights.data(), weights.size())];
                int from = -1 - static_cast<int>(t);
                if (active.size() > 1 && rng.bernoulli(0.55))
                    do
                        from = rng.pick(active);
                    while (from == to);
                week.push_back({7 * w + rng.range(0, 4), to, from});
            }
        }
        std::stable_sort(week.begin(), week.end(), [](const Rec& x, const Rec& y) { return x.day < y.day; });
        for (const Rec& r : week) {
            formatId(m_row[0], 'R', ++id, 6);
            setText(m_row[1], day(r.day));
            setText(m_row[2], s.agents[r.to].id);
            const auto b = static_cast<size_t>(rng.below(static_cast<int>(behaviors.size())));
            setText(m_row[3], behaviors[b].name);
            setText(m_row[4], r.from >= 0 ? s.agents[r.from].name : s.teams[-1 - r.from].supervisor);
            const auto outcome = rng.pick(text::kRecognitionOutcomes);
            if (outcome.empty())
                setNull(m_row[5]);
            else
                setText(m_row[5], outcome);
            setText(m_row[6], rng.bernoulli(0.75) ? "public" : "private");
            // Who gave it, and the evidence: the agent's evaluation of the
            // week (30%) or its interaction (25%) where there is one, always
            // with the sentence saying what they did.
            setText(m_row[7], r.from >= 0 ? "peer" : "lead");
            if (r.from >= 0)
                setText(m_row[8], s.agents[r.from].id);
            else
                setNull(m_row[8]);
            setNull(m_row[9]);
            setNull(m_row[10]);
            const double u = rng.uniform();
            if (const auto c = cited.find({r.to, r.day / 7}); c != cited.end()) {
                if (u < 0.3)
                    formatId(m_row[10], 'E', c->second.evaluation, 7);
                else if (u < 0.55)
                    formatId(m_row[9], 'C', c->second.interaction, 8);
            }
            setText(m_row[11], rng.pick(text::kRecognitionEvidence[b]));
            if (Status st = m_sink.row(m_row); !st)
                return st;
        }
    }
    m_summary.recognitions = id;
    return m_sink.end();
}

} // namespace fb::demo
