#include "store/Transaction.h"

#include "store/Database.h"

#include <QCoreApplication>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::Transaction)
};

} // namespace

Transaction::Transaction(SQLite::Database& db, bool nested) : m_db(db), m_nested(nested) {}

Transaction::~Transaction()
{
    if (m_done)
        return;
    try {
        if (m_nested)
            m_db.exec("ROLLBACK TO fb_nested; RELEASE fb_nested");
        else
            m_db.exec("ROLLBACK");
    } catch (const SQLite::Exception&) {
        // SQLite may have rolled back already (a full disk, an I/O error):
        // nothing is left to undo.
    }
}

Result<std::unique_ptr<Transaction>> Transaction::begin(Database& db)
{
    const bool nested = sqlite3_get_autocommit(db.sql().getHandle()) == 0;
    try {
        db.sql().exec(nested ? "SAVEPOINT fb_nested" : "BEGIN IMMEDIATE");
        return std::unique_ptr<Transaction>(new Transaction(db.sql(), nested));
    } catch (const SQLite::Exception& e) {
        return Error{Tr::tr("cannot start writing: %1").arg(QString::fromUtf8(e.what())), db.path()};
    }
}

Status Transaction::commit()
{
    try {
        m_db.exec(m_nested ? "RELEASE fb_nested" : "COMMIT");
        m_done = true;
        return {};
    } catch (const SQLite::Exception& e) {
        return Error::plain(Tr::tr("cannot save the changes: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace fb::store
