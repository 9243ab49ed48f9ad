#pragma once

// The one read of a coaching note with its follow-up, shared by the coaching
// log (CoachingStore.cpp) and the Notes list (RecordLists.cpp): the columns
// in the order readCoachingNote reads them, and the FROM clause that names
// n (the note) and f (its follow-up). Private to core/store.
#include "analytics/Coaching.h"
#include "store/Query.h"

namespace fb::store {

inline constexpr const char* kCoachingNoteColumns =
    "n.note_id, n.agent_id, n.coach, n.coached_on, n.attribute, n.target_metric, n.baseline, n.target, "
    "n.follow_up_on, coalesce(n.stage, ''), coalesce(n.commitment, ''), n.minutes, n.followed_up_on, "
    "coalesce(n.outcome, ''), f.value_now, coalesce(f.value_n, 0)";

// Columns after these start at this index.
inline constexpr int kCoachingNoteColumnCount = 16;

inline constexpr const char* kCoachingNoteFrom =
    " FROM coaching_notes n LEFT JOIN coaching_follow_ups f ON f.note_id = n.note_id ";

inline analytics::CoachingNote readCoachingNote(const Query& q)
{
    analytics::CoachingNote n;
    n.noteId = q.text(0);
    n.agentId = q.text(1);
    n.coach = q.text(2);
    n.coachedOn = q.day(3);
    n.attribute = q.text(4);
    n.targetMetric = q.text(5);
    n.baseline = q.optionalReal(6);
    n.target = q.optionalReal(7);
    n.followUpOn = q.day(8);
    n.stage = q.text(9);
    n.commitment = q.text(10);
    n.minutes = q.optionalReal(11);
    n.followedUpOn = q.day(12);
    n.outcome = q.text(13);
    n.valueNow = q.optionalReal(14);
    n.valueNowN = q.integer(15);
    return n;
}

// The fields the note's form edits, bound from index `first` in this order:
// agent_id, coach, coached_on, attribute, target_metric, baseline, target,
// follow_up_on, stage, commitment, minutes. Returns the next index.
inline int bindCoachingNoteFields(Query& q, int first, const analytics::CoachingNote& n)
{
    q.bind(first, n.agentId);
    q.bind(first + 1, n.coach);
    q.bindDayOrNull(first + 2, n.coachedOn);
    q.bind(first + 3, n.attribute);
    q.bind(first + 4, n.targetMetric);
    q.bindRealOrNull(first + 5, n.baseline);
    q.bindRealOrNull(first + 6, n.target);
    q.bindDayOrNull(first + 7, n.followUpOn);
    q.bindTextOrNull(first + 8, n.stage);
    q.bindTextOrNull(first + 9, n.commitment);
    q.bindRealOrNull(first + 10, n.minutes);
    return first + 11;
}

} // namespace fb::store
