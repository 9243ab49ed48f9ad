#include "store/Migrations.h"

#include "store/Database.h"
#include "store/PgSchema.h"
#include "store/Query.h"
#include "store/Sql.h"

#include <QCoreApplication>

#include <fmt/format.h>

#include <string>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::Migrations)
};

} // namespace

// Defined in SchemaV1.cpp (one file per migration).
extern const char* const kSchemaV1;
Status seedV1(sql::Connection& db);
extern const char* const kSchemaV2; // SchemaV2.cpp: scorecard definitions
Status seedV2(sql::Connection& db);
extern const char* const kSchemaCoaching; // SchemaCoaching.cpp: rubric anchors, QA comments, follow-up values
Status seedCoaching(sql::Connection& db);
extern const char* const kSchemaProgram;     // SchemaProgram.cpp: friction-to-flow programs, fixes log
extern const char* const kSchemaCalibration; // SchemaCalibration.cpp: calibration sessions, scores, consensus
extern const char* const kSchemaMentoring;   // SchemaMentoring.cpp: mentoring pairs, sessions, mentor capacity
extern const char* const kSchemaFeedback;    // SchemaFeedback.cpp: ticket owners, SLAs, history, +1s, holidays
extern const char* const kSchemaRecognition; // SchemaRecognition.cpp: who gave a recognition, evidence, behaviours
Status seedRecognition(sql::Connection& db);
extern const char* const kSchemaIncentive; // SchemaIncentive.cpp: incentive plans and their components
// SchemaInteractionIndexes.cpp: interactions by date, by agent (built lazily on a table with rows)
Status migrateInteractionIndexes(sql::Connection& db);
extern const char* const kSchemaRecordHistory; // SchemaRecordHistory.cpp: earlier versions of evaluations, notes

namespace {

struct Migration {
    const char* sql; // nullptr: the seed does all of it
    Status (*seed)(sql::Connection&);
};

// Migration i takes the schema to version i + 1. Append new ones at the end;
// never edit one that has shipped.
const Migration kMigrations[] = {
    {kSchemaV1, &seedV1},
    {kSchemaV2, &seedV2},
    {kSchemaCoaching, &seedCoaching},
    {kSchemaProgram, nullptr},
    {kSchemaCalibration, nullptr},
    {kSchemaMentoring, nullptr},
    {kSchemaFeedback, nullptr},
    {kSchemaRecognition, &seedRecognition},
    {kSchemaIncentive, nullptr},
    {nullptr, &migrateInteractionIndexes},
    {kSchemaRecordHistory, nullptr},
};

bool onPostgres(const sql::Connection& db)
{
    return db.engine() == sql::Engine::PostgreSQL;
}

Status markVersion(sql::Connection& db, int version)
{
    if (!onPostgres(db))
        return db.exec(fmt::format("PRAGMA application_id = {}; PRAGMA user_version = {}", kApplicationId, version));
    Query q(db,
            "INSERT INTO meta(key, value) VALUES ('schema_version', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            {});
    q.bind(1, std::to_string(version));
    return q.run();
}

// One migration, inside the caller's transaction.
Status apply(sql::Connection& db, const Migration& m, int version)
{
    if (m.sql) {
        if (auto st = db.exec(onPostgres(db) ? postgresSchema(m.sql) : std::string(m.sql)); !st)
            return st;
    }
    if (m.seed) {
        if (auto st = m.seed(db); !st)
            return st;
    }
    return markVersion(db, version + 1);
}

} // namespace

int latestSchemaVersion()
{
    return static_cast<int>(std::size(kMigrations));
}

Result<int> storedSchemaVersion(sql::Connection& db)
{
    if (!onPostgres(db)) {
        Query q(db, "PRAGMA user_version", {});
        const int version = q.next() ? static_cast<int>(q.integer(0)) : 0;
        if (!q.ok())
            return q.error();
        return version;
    }
    Query hasMeta(db, "SELECT to_regclass('meta') IS NOT NULL", {});
    const bool found = hasMeta.next() && hasMeta.integer(0) != 0;
    if (!hasMeta.ok())
        return hasMeta.error();
    if (!found)
        return 0;
    Query q(db, "SELECT value FROM meta WHERE key = 'schema_version'", {});
    const int version = q.next() ? QString::fromStdString(q.text(0)).toInt() : 0;
    if (!q.ok())
        return q.error();
    return version;
}

Status migrate(sql::Connection& db, int target)
{
    if (target < 0 || target > latestSchemaVersion())
        target = latestSchemaVersion();
    const auto failed = [](int version, const Error& e) {
        return Error::plain(Tr::tr("migration to schema version %1 failed: %2").arg(version).arg(e.reason));
    };
    auto stored = storedSchemaVersion(db);
    if (!stored)
        return failed(1, stored.error());
    int version = *stored;
    while (version < target) {
        if (auto st = db.begin(); !st)
            return failed(version + 1, st.error());
        // Another process may have migrated while we waited for the lock
        // (SQLite's BEGIN IMMEDIATE; on PostgreSQL a lock held until the
        // transaction ends, taken before the version is read).
        Status st = lockOnServer(db, ServerLock::Migration);
        auto now = st ? storedSchemaVersion(db) : Result<int>(st.error());
        if (now && *now != version) {
            version = *now;
            (void)db.rollback();
            continue;
        }
        st = now ? apply(db, kMigrations[version], version) : Status(now.error());
        if (st)
            st = db.commit();
        if (!st) {
            (void)db.rollback();
            return failed(version + 1, st.error());
        }
        ++version;
    }
    return {};
}

Status migrate(SQLite::Database& db, int target)
{
    const auto connection = sql::overSqlite(db, {});
    return migrate(*connection, target);
}

} // namespace fb::store
