#pragma once

namespace fb::store {

class Database;

// While it lives, SQLite does not check the foreign keys of this connection's
// writes: for a bulk writer that checks every reference itself before
// writing a row (an interactions import: References::resolve looks each
// agent id up in memory), so SQLite's second look-up of the same agent per
// row is pure cost (10 % of an import's instructions, docs/benchmarks.md). `check`
// still runs PRAGMA foreign_key_check over the whole database. SQLite
// ignores the setting inside a transaction, so it is made before one begins;
// made inside one (a nested import), it changes nothing. On a site server
// (PostgreSQL) it does nothing: foreign keys are always checked there.
class ReferencesCheckedByCaller final {
public:
    explicit ReferencesCheckedByCaller(Database& db);
    ~ReferencesCheckedByCaller();
    ReferencesCheckedByCaller(const ReferencesCheckedByCaller&) = delete;
    ReferencesCheckedByCaller& operator=(const ReferencesCheckedByCaller&) = delete;

private:
    Database& m_db;
    bool m_switched = false;
};

} // namespace fb::store
