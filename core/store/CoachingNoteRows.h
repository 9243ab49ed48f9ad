#pragma once

// The one read of a coaching note with its follow-up, shared by the coaching
// log (CoachingStore.cpp) and the Notes list (RecordLists.cpp): the columns
// in the order readCoachingNote reads them, and the FROM clause that names
// n (the note) and f (its follow-up). Private to core/store.
#include "analytics/Coaching.h"
#include "store/SqlValues.h"

#include <SQLiteCpp/Statement.h>

namespace fb::store {

inline constexpr const char* kCoachingNoteColumns =
    "n.note_id, n.agent_id, n.coach, n.coached_on, n.attribute, n.target_metric, n.baseline, n.target, "
    "n.follow_up_on, coalesce(n.stage, ''), coalesce(n.commitment, ''), n.minutes, n.followed_up_on, "
    "coalesce(n.outcome, ''), f.value_now, coalesce(f.value_n, 0)";

// Columns after these start at this index.
inline constexpr int kCoachingNoteColumnCount = 16;

inline constexpr const char* kCoachingNoteFrom =
    " FROM coaching_notes n LEFT JOIN coaching_follow_ups f ON f.note_id = n.note_id ";

inline analytics::CoachingNote readCoachingNote(const SQLite::Statement& st)
{
    analytics::CoachingNote n;
    n.noteId = st.getColumn(0).getString();
    n.agentId = st.getColumn(1).getString();
    n.coach = st.getColumn(2).getString();
    n.coachedOn = dateColumn(st.getColumn(3));
    n.attribute = st.getColumn(4).getString();
    n.targetMetric = st.getColumn(5).getString();
    n.baseline = optionalReal(st.getColumn(6));
    n.target = optionalReal(st.getColumn(7));
    n.followUpOn = dateColumn(st.getColumn(8));
    n.stage = st.getColumn(9).getString();
    n.commitment = st.getColumn(10).getString();
    n.minutes = optionalReal(st.getColumn(11));
    n.followedUpOn = dateColumn(st.getColumn(12));
    n.outcome = st.getColumn(13).getString();
    n.valueNow = optionalReal(st.getColumn(14));
    n.valueNowN = st.getColumn(15).getInt64();
    return n;
}

// The fields the note's form edits, bound from index `first` in this order:
// agent_id, coach, coached_on, attribute, target_metric, baseline, target,
// follow_up_on, stage, commitment, minutes. Returns the next index.
inline int bindCoachingNoteFields(SQLite::Statement& st, int first, const analytics::CoachingNote& n)
{
    st.bind(first, n.agentId);
    st.bind(first + 1, n.coach);
    bindDayOrNull(st, first + 2, n.coachedOn);
    st.bind(first + 3, n.attribute);
    st.bind(first + 4, n.targetMetric);
    bindRealOrNull(st, first + 5, n.baseline);
    bindRealOrNull(st, first + 6, n.target);
    bindDayOrNull(st, first + 7, n.followUpOn);
    bindTextOrNull(st, first + 8, n.stage);
    bindTextOrNull(st, first + 9, n.commitment);
    bindRealOrNull(st, first + 10, n.minutes);
    return first + 11;
}

} // namespace fb::store
