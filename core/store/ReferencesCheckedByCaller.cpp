#include "store/ReferencesCheckedByCaller.h"

#include "store/Database.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

namespace fb::store {

ReferencesCheckedByCaller::ReferencesCheckedByCaller(Database& db) : m_db(db)
{
    if (sqlite3_get_autocommit(db.sql().getHandle()) == 0)
        return; // inside a transaction the pragma would be ignored: keep the checks
    try {
        db.sql().exec("PRAGMA foreign_keys = OFF");
        m_switched = true;
    } catch (const SQLite::Exception&) {
        // The checks stay on: slower, never wrong.
    }
}

ReferencesCheckedByCaller::~ReferencesCheckedByCaller()
{
    if (!m_switched)
        return;
    try {
        // The transaction has ended here (committed or rolled back), so the
        // pragma takes effect again for every later write.
        m_db.sql().exec("PRAGMA foreign_keys = ON");
    } catch (const SQLite::Exception&) {
        // Only a closed connection refuses a pragma; it writes nothing more.
    }
}

} // namespace fb::store
