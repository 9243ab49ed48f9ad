#pragma once

#include "store/InteractionQuery.h"

#include <QMetaType>
#include <QString>

namespace fb::ui {

// "Show me the contacts behind this figure": what a page asks of the
// Interactions page when a lead double-clicks a number. The query selects
// exactly the rows the figure was computed from; the banner says so in
// words ("Contacts behind: CSAT of Ana Ruiz, 2026-W40 to 2026-W43 — 57
// surveyed contacts") and n is the figure's own count, which the page's
// total must equal.
struct ContactsRequest final {
    store::InteractionQuery query;
    QString banner;
    qint64 n = 0;
};

} // namespace fb::ui

Q_DECLARE_METATYPE(fb::ui::ContactsRequest)
