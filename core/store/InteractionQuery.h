#pragma once

#include "common/Error.h"
#include "domain/Kinds.h"
#include "domain/Value.h"
#include "store/Browse.h"

#include <QtGlobal>

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace fb::store {

class Database;

// The one description of "which contacts, in which order" that the
// Interactions page, its export and every drill-down from a figure share.
// Each field narrows the rows; defaults match everything, newest first.
struct InteractionQuery final {
    enum class Csat { Any, Surveyed, NotSurveyed, Top2, Score1, Score2, Score3, Score4, Score5 };
    enum class Fcr { Any, Known, Resolved, NotResolved, Unknown };
    enum class Flag { Any, Yes, No, Known };
    enum class Defects { Any, Some, None };
    // Only orders an index serves (schema version 10), so the first page of
    // ten million rows is a seek, never a sort.
    enum class Sort { Started, InteractionId, Agent };

    std::string fromDay; // "YYYY-MM-DD", inclusive (the date part of started_at); empty = open
    std::string toDay;   // "YYYY-MM-DD", inclusive; empty = open
    std::string team;
    std::vector<std::string> teams; // any of these (a program's teams); with team, both must hold
    std::string agentId;
    std::string queue;
    std::string channel;  // voice, chat, email, other
    std::string contains; // text in the id, queue, channel or reason (case-insensitive)
    Csat csat = Csat::Any;
    Fcr fcr = Fcr::Any;
    Flag escalated = Flag::Any;
    Flag repeat = Flag::Any; // repeat_contact
    Defects defects = Defects::Any;
    Sort sort = Sort::Started;
    bool descending = true;

    // Any narrowing beyond the order (the page offers "Clear filters").
    [[nodiscard]] bool narrows() const;
    friend bool operator==(const InteractionQuery&, const InteractionQuery&) = default;
};

// The interactions kind with the agent's name after agent_id: what the page shows.
const KindSpec& interactionBrowseSpec();

// Whether the indexes the page's orders and filters walk (schema version 10)
// are still to be built. A load into an empty table (a first import, a demo
// site) and the migration of a database that has interactions leave them
// unbuilt, so neither pays for them; the first reader that needs them (the
// Interactions page) builds them with buildInteractionIndexes(). Every query
// below answers the same without them, only by scanning or sorting.
Result<bool> interactionIndexesPending(Database& db);

// Builds the missing indexes in one transaction. progress(done, total) is
// an estimate from SQLite's steps against the rows; cancel is polled while
// SQLite works. A site server reports no steps: progress is 0, then done,
// and cancel counts until the build starts. A cancel ("cancelled") or a
// failure leaves them missing and the database as it was; a read-only
// database is refused, named.
Status buildInteractionIndexes(Database& db, const std::function<void(qint64 done, qint64 total)>& progress = {},
                               const std::atomic_bool* cancel = nullptr);

// One page of rows (interactionBrowseSpec() order) after the cursor
// (Page::lastKey of the previous page; empty = from the start).
Result<Page> browseInteractions(Database& db, const InteractionQuery& query, const std::string& afterKey, int limit);

// The engine's plan of a first page, one line per step: SQLite's EXPLAIN
// QUERY PLAN, or on a site server PostgreSQL's EXPLAIN (a line per row of
// its output). Tests and benchmarks check that it walks an index instead of
// sorting.
Result<std::string> explainFirstPage(Database& db, const InteractionQuery& query);

// How many interactions match. From the weekly rollups when the query asks
// only what they hold (agent or team, whole weeks, CSAT surveyed or top-2,
// FCR known or resolved), so the figure behind a scorecard cell counts
// instantly on any size; from the table otherwise.
Result<qint64> countInteractions(Database& db, const InteractionQuery& query);

// Every matching row in the query's order, canonical column order
// (kindSpec(Kind::Interactions)), for export; visit returns false to stop.
Status forEachInteraction(Database& db, const InteractionQuery& query,
                          const std::function<bool(const std::vector<Value>&)>& visit);

// First and last day with an interaction ("YYYY-MM-DD"), empty when none:
// where the page's date filter starts.
struct InteractionDays final {
    std::string first;
    std::string last;
};
Result<InteractionDays> interactionDays(Database& db);

// The queues named by any interaction, sorted (one scan of the table).
Result<std::vector<std::string>> interactionQueues(Database& db);

} // namespace fb::store
