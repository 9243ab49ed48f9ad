#include "store/Transaction.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QCoreApplication>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::Transaction)
};

constexpr std::string_view kNested = "fb_nested";

} // namespace

Transaction::Transaction(sql::Connection& connection, bool nested) : m_connection(connection), m_nested(nested) {}

Transaction::~Transaction()
{
    if (m_done)
        return;
    // A failed rollback needs no answer: the engine has rolled back already
    // (SQLite after a full disk or an I/O error; PostgreSQL when the
    // connection is gone), so nothing is left to undo.
    if (m_nested) {
        if (m_connection.rollbackTo(kNested))
            (void)m_connection.release(kNested);
    } else {
        (void)m_connection.rollback();
    }
}

Result<std::unique_ptr<Transaction>> Transaction::begin(Database& db)
{
    sql::Connection& connection = db.connection();
    const bool nested = connection.inTransaction();
    if (auto st = nested ? connection.savepoint(kNested) : connection.begin(); !st)
        return Error{Tr::tr("cannot start writing: %1").arg(st.error().reason), db.path()};
    return std::unique_ptr<Transaction>(new Transaction(connection, nested));
}

Status Transaction::commit()
{
    if (auto st = m_nested ? m_connection.release(kNested) : m_connection.commit(); !st)
        return Error(Tr::tr("cannot save the changes: %1").arg(st.error().reason), m_connection.name());
    m_done = true;
    return {};
}

} // namespace fb::store
