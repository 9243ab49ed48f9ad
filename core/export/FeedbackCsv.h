#pragma once

// Feedback report CSVs (docs/feedback.md, docs/csv-formats.md "Report
// files"): the SLA table of `feedback sla`, the queue of `feedback due` and
// the digest of `feedback digest --format csv`, laid out from what analytics
// returns and written through exporting::writeCsv.
#include "analytics/FeedbackDigest.h"
#include "analytics/FeedbackFixCheck.h"
#include "analytics/FeedbackQueue.h"
#include "analytics/FeedbackSla.h"
#include "export/ReportCsv.h"

#include <vector>

namespace fb::exporting {

// group, tickets, decided, median_days_to_decision, p90_days_to_decision,
// breached, median_days_to_fix, p90_days_to_fix, open_longest_days
ReportTable feedbackSlaCsv(const std::vector<analytics::SlaRow>& rows);
// ticket_id, state, category, team, owner, title, raised_on, due_on, over_by_days, agents
ReportTable feedbackQueueCsv(const std::vector<analytics::QueueItem>& items);
// section, ticket_id, category, team, title, agents, status, day, owner, text
ReportTable feedbackDigestCsv(const analytics::FeedbackDigest& digest);
// "Did it help?": ticket_id, metric, the four cells' values and n (in scope /
// untouched, before / from the fix), did, did_low, did_high, p_value, p_holm,
// agents, note, method; values in the metric's unit (proportion 0-1, defects
// per 1,000, seconds).
ReportTable feedbackFixCheckCsv(const analytics::FixCheck& check);

} // namespace fb::exporting
