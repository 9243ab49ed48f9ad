#include "store/Transaction.h"

#include "store/Database.h"

#include <QCoreApplication>

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Transaction.h>

namespace fb::store {

Transaction::Transaction(std::unique_ptr<SQLite::Transaction> tx) : m_tx(std::move(tx)) {}

Transaction::~Transaction() = default; // SQLite::Transaction rolls back when not committed

Result<std::unique_ptr<Transaction>> Transaction::begin(Database& db)
{
    try {
        auto tx = std::make_unique<SQLite::Transaction>(db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
        return std::unique_ptr<Transaction>(new Transaction(std::move(tx)));
    } catch (const SQLite::Exception& e) {
        return Error{QCoreApplication::translate("fb::store::Transaction", "cannot start writing: %1")
                         .arg(QString::fromUtf8(e.what())),
                     db.path()};
    }
}

Status Transaction::commit()
{
    try {
        m_tx->commit();
        return {};
    } catch (const SQLite::Exception& e) {
        return Error::plain(QCoreApplication::translate("fb::store::Transaction", "cannot save the changes: %1")
                                .arg(QString::fromUtf8(e.what())));
    }
}

} // namespace fb::store
