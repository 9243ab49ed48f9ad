#pragma once

#include "common/Error.h"

#include <memory>

namespace SQLite {
class Transaction;
}

namespace fb::store {

class Database;

// RAII write transaction (BEGIN IMMEDIATE): rolls back unless committed, so
// an error anywhere in an import leaves the database as it was.
class Transaction final {
public:
    static Result<std::unique_ptr<Transaction>> begin(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    Status commit();

private:
    explicit Transaction(std::unique_ptr<SQLite::Transaction> tx);
    std::unique_ptr<SQLite::Transaction> m_tx;
};

} // namespace fb::store
