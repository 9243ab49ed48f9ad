#pragma once

// The records of a friction-to-flow program (docs/friction-to-flow.md): the
// program, its fixes log and confirmed frictions, and the rows its report
// reads (tickets, pulse sums, recognitions, interactions). Values only: the
// store reads and writes them (store/ProgramStore.h).
#include <QDate>
#include <QString>

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace fb {

struct Program final {
    qint64 id = 0;
    std::string name;
    QDate start; // a Monday: day 1 of week 1
    std::vector<std::string> teams;
};

struct ProgramFix final {
    qint64 id = 0; // its id in the log
    qint64 program = 0;
    QDate fixedOn; // in effect from this day on
    std::string friction;
    std::string what;
    std::string owner;
    std::vector<std::string> queues; // the scope; empty = all queues
    [[nodiscard]] bool allQueues() const { return queues.empty(); }
};

struct ConfirmedFriction final {
    int rank = 0; // 1..3
    std::string friction;
    std::string dimension; // pulse dimension it maps to; may be empty
    std::string note;
};

// A feedback ticket as the program reads it (dates "YYYY-MM-DD", empty when none).
struct TicketRow final {
    std::string ticketId;
    std::string submittedOn;
    std::string category;
    std::string title;
    std::string agentId; // empty when anonymous
    std::string friction;
    std::string status;
    std::string decisionReason;
    std::string decidedOn;
    std::string fixedOn;
    std::string scopeQueue;
};

// The pulse dimensions, in the order of PulseSums' arrays.
inline constexpr std::array<const char*, 5> kPulseDimensionNames = {"role_clarity", "tool_reliability",
                                                                    "coaching_usefulness", "schedule_fit", "fairness"};

// Pulse responses: per dimension the sum and count of the non-empty scores,
// and the number of responses.
struct PulseSums final {
    qint64 responses = 0;
    std::array<qint64, 5> sum{};
    std::array<qint64, 5> count{};
};

// Recognitions given on one day for one behaviour.
struct RecognitionRow final {
    std::string givenOn;
    std::string behavior;
    qint64 count = 0;
};

// One interaction as the program's comparison reads it. Null values: fcr,
// repeat, escalated = -1; defects = -1; csat = 0.
struct ProgramInteraction final {
    std::string_view day;   // "YYYY-MM-DD" of started_at
    std::string_view queue; // empty when none
    std::string_view agent; // the agent id (the cluster of the comparisons)
    double handleSeconds = 0;
    int fcr = -1;
    int repeat = -1;
    int escalated = -1;
    int defects = -1;
    int csat = 0;
};

} // namespace fb
