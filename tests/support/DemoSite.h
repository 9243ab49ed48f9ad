#pragma once

// The fixture most UI tests start from: a seeded demo site written to a file
// (demo::DemoOptions says its shape), and the text of a result table's row.
#include "demo/DemoGenerator.h"
#include "store/Database.h"

#include <QStringList>
#include <QTableWidget>
#include <QtDebug>

namespace fbtest {

// Makes the demo site at `path`; false, with the reason in the test log, when it cannot.
inline bool makeDemoSite(const QString& path, const fb::demo::DemoOptions& options = {})
{
    auto db = fb::store::Database::open(path);
    if (!db) {
        qWarning().noquote() << db.error().toString();
        return false;
    }
    auto made = fb::demo::generateDemo(**db, options);
    if (!made)
        qWarning().noquote() << made.error().toString();
    return made.ok();
}

// The cells of row r as shown (an empty string for an empty cell).
inline QStringList tableRow(const QTableWidget* t, int r)
{
    QStringList cells;
    for (int c = 0; c < t->columnCount(); ++c)
        cells << (t->item(r, c) ? t->item(r, c)->text() : QString());
    return cells;
}

} // namespace fbtest
