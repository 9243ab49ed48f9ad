#include "store/ReferencesCheckedByCaller.h"

#include "store/Database.h"
#include "store/Sql.h"

namespace fb::store {

ReferencesCheckedByCaller::ReferencesCheckedByCaller(Database& db) : m_db(db)
{
    if (db.isSiteServer())
        return; // PostgreSQL always checks foreign keys; they cannot be switched off
    if (db.connection().inTransaction())
        return; // inside a transaction the pragma would be ignored: keep the checks
    // A failure leaves the checks on: slower, never wrong.
    m_switched = db.connection().exec("PRAGMA foreign_keys = OFF").ok();
}

ReferencesCheckedByCaller::~ReferencesCheckedByCaller()
{
    if (!m_switched)
        return;
    // The transaction has ended here (committed or rolled back), so the
    // pragma takes effect again for every later write. Only a closed
    // connection refuses a pragma; it writes nothing more.
    (void)m_db.connection().exec("PRAGMA foreign_keys = ON");
}

} // namespace fb::store
