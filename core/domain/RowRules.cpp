#include "domain/RowRules.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>

namespace fb {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::RowRules)
};

// A row's cells by column name; empty text for an empty cell.
class Cells final {
public:
    Cells(const KindSpec& spec, const std::vector<Value>& row) : m_spec(spec), m_row(row) {}
    [[nodiscard]] std::string text(const char* name) const
    {
        const auto& cols = m_spec.columns;
        const auto it = std::find_if(cols.begin(), cols.end(), [&](const ColumnSpec& c) { return c.name == name; });
        const auto i = size_t(it - cols.begin());
        return it == cols.end() || i >= m_row.size() ? std::string() : valueToText(m_row[i]);
    }

private:
    const KindSpec& m_spec;
    const std::vector<Value>& m_row;
};

void agentRules(const Cells& c, std::vector<RuleBreach>& out)
{
    const std::string status = c.text("status"); // empty is stored as active
    const std::string left = c.text("left_on");
    const std::string hired = c.text("hire_date");
    if (status == "left" && left.empty())
        out.push_back({"left_on", Tr::tr("status is 'left' but left_on is empty")});
    if (status != "left" && !left.empty())
        out.push_back({"left_on", Tr::tr("left_on is set but status is not 'left'")});
    if (!left.empty() && !hired.empty() && left < hired) // ISO dates order as text
        out.push_back({"left_on", Tr::tr("left_on (%1) is before hire_date (%2)")
                                      .arg(QString::fromStdString(left), QString::fromStdString(hired))});
}

void coachingRules(const Cells& c, std::vector<RuleBreach>& out)
{
    const std::string coached = c.text("coached_on");
    const std::string followUp = c.text("follow_up_on");
    if (!followUp.empty() && !coached.empty() && followUp < coached)
        out.push_back({"follow_up_on", Tr::tr("follow_up_on (%1) is before coached_on (%2)")
                                           .arg(QString::fromStdString(followUp), QString::fromStdString(coached))});
    if (!c.text("outcome").empty() && c.text("followed_up_on").empty())
        out.push_back({"followed_up_on", Tr::tr("outcome is set but followed_up_on is empty")});
}

void feedbackRules(const Cells& c, std::vector<RuleBreach>& out)
{
    if (c.text("status") == "fixed" && c.text("fixed_on").empty())
        out.push_back({"fixed_on", Tr::tr("status is 'fixed' but fixed_on is empty")});
}

// The same rules as validatePair (domain/Mentoring.h), on the CSV's cells.
void mentoringPairRules(const Cells& c, std::vector<RuleBreach>& out)
{
    const std::string mentee = c.text("mentee_id");
    const std::string started = c.text("started_on");
    const std::string planned = c.text("planned_end");
    const std::string ended = c.text("ended_on");
    const std::string outcome = c.text("outcome");
    if (!mentee.empty() && mentee == c.text("mentor_id"))
        out.push_back(
            {"mentor_id", Tr::tr("mentor_id is the same agent as mentee_id (%1)").arg(QString::fromStdString(mentee))});
    if (!planned.empty() && !started.empty() && planned <= started)
        out.push_back({"planned_end", Tr::tr("planned_end (%1) is not after started_on (%2)")
                                          .arg(QString::fromStdString(planned), QString::fromStdString(started))});
    if (!outcome.empty() && ended.empty())
        out.push_back({"ended_on", Tr::tr("outcome is set but ended_on is empty")});
    if (outcome.empty() && !ended.empty())
        out.push_back({"outcome", Tr::tr("ended_on is set but outcome is empty")});
    if (!ended.empty() && !started.empty() && ended < started)
        out.push_back({"ended_on", Tr::tr("ended_on (%1) is before started_on (%2)")
                                       .arg(QString::fromStdString(ended), QString::fromStdString(started))});
}

void mentoringSessionRules(const Cells& c, std::vector<RuleBreach>& out)
{
    const std::string minutes = c.text("minutes");
    if (!minutes.empty() && std::strtod(minutes.c_str(), nullptr) <= 0)
        out.push_back({"minutes", Tr::tr("minutes must be more than 0")});
}

// The same rules as validateRecognition (domain/Recognition.h) without the
// evidence a new nomination needs: old files have no role and no evidence.
void recognitionRules(const Cells& c, std::vector<RuleBreach>& out)
{
    const std::string role = c.text("from_role");
    const std::string peer = c.text("from_agent");
    if (role == "peer" && peer.empty())
        out.push_back({"from_agent", Tr::tr("from_role is 'peer' but from_agent is empty")});
    if (role == "lead" && !peer.empty())
        out.push_back({"from_agent", Tr::tr("from_role is 'lead' but from_agent is set")});
    if (!peer.empty() && peer == c.text("to_agent"))
        out.push_back(
            {"from_agent", Tr::tr("from_agent is the same agent as to_agent (%1)").arg(QString::fromStdString(peer))});
}

} // namespace

bool hasRowRules(Kind kind)
{
    return kind == Kind::Agents || kind == Kind::Coaching || kind == Kind::Feedback || kind == Kind::MentoringPairs ||
           kind == Kind::MentoringSessions || kind == Kind::Recognitions;
}

std::vector<RuleBreach> ruleBreaches(const KindSpec& spec, const std::vector<Value>& row)
{
    std::vector<RuleBreach> out;
    const Cells cells(spec, row);
    switch (spec.kind) {
    case Kind::Agents:
        agentRules(cells, out);
        break;
    case Kind::Coaching:
        coachingRules(cells, out);
        break;
    case Kind::Feedback:
        feedbackRules(cells, out);
        break;
    case Kind::MentoringPairs:
        mentoringPairRules(cells, out);
        break;
    case Kind::MentoringSessions:
        mentoringSessionRules(cells, out);
        break;
    case Kind::Recognitions:
        recognitionRules(cells, out);
        break;
    default:
        break;
    }
    return out;
}

} // namespace fb
