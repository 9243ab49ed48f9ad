#include "store/Transaction.h"

#include "store/Database.h"

#include <QCoreApplication>

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Transaction.h>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::Transaction)
};

} // namespace

Transaction::Transaction(std::unique_ptr<SQLite::Transaction> tx) : m_tx(std::move(tx)) {}

Transaction::~Transaction() = default; // SQLite::Transaction rolls back when not committed

Result<std::unique_ptr<Transaction>> Transaction::begin(Database& db)
{
    try {
        auto tx = std::make_unique<SQLite::Transaction>(db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
        return std::unique_ptr<Transaction>(new Transaction(std::move(tx)));
    } catch (const SQLite::Exception& e) {
        return Error{Tr::tr("cannot start writing: %1").arg(QString::fromUtf8(e.what())), db.path()};
    }
}

Status Transaction::commit()
{
    try {
        m_tx->commit();
        return {};
    } catch (const SQLite::Exception& e) {
        return Error::plain(Tr::tr("cannot save the changes: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace fb::store
