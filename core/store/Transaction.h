#pragma once

#include "common/Error.h"

#include <memory>

namespace fb::store {

class Database;
namespace sql {
class Connection;
}

// RAII write transaction (BEGIN IMMEDIATE on SQLite): rolls back unless committed, so
// an error anywhere in an import leaves the database as it was. Begun while
// another transaction is open on the connection, it is a savepoint inside
// it: its commit keeps its changes for the outer commit, its rollback undoes
// only its own. So a whole demo site, calibration sessions included, is
// written all or nothing.
class Transaction final {
public:
    static Result<std::unique_ptr<Transaction>> begin(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    Status commit();

private:
    Transaction(sql::Connection& connection, bool nested);
    sql::Connection& m_connection;
    bool m_nested = false;
    bool m_done = false;
};

} // namespace fb::store
