#include "store/Migrations.h"

#include "store/Database.h"

#include <QCoreApplication>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::Migrations)
};

} // namespace

// Defined in SchemaV1.cpp (one file per migration).
extern const char* const kSchemaV1;
void seedV1(SQLite::Database& db);
extern const char* const kSchemaV2; // SchemaV2.cpp: scorecard definitions
void seedV2(SQLite::Database& db);
extern const char* const kSchemaCoaching; // SchemaCoaching.cpp: rubric anchors, QA comments, follow-up values
void seedCoaching(SQLite::Database& db);
extern const char* const kSchemaProgram;     // SchemaProgram.cpp: friction-to-flow programs, fixes log
extern const char* const kSchemaCalibration; // SchemaCalibration.cpp: calibration sessions, scores, consensus
extern const char* const kSchemaMentoring;   // SchemaMentoring.cpp: mentoring pairs, sessions, mentor capacity
extern const char* const kSchemaFeedback;    // SchemaFeedback.cpp: ticket owners, SLAs, history, +1s, holidays
extern const char* const kSchemaRecognition; // SchemaRecognition.cpp: who gave a recognition, evidence, behaviours
void seedRecognition(SQLite::Database& db);
extern const char* const kSchemaIncentive; // SchemaIncentive.cpp: incentive plans and their components
// SchemaInteractionIndexes.cpp: interactions by date, by agent (built lazily on a table with rows)
void migrateInteractionIndexes(SQLite::Database& db);
extern const char* const kSchemaRecordHistory; // SchemaRecordHistory.cpp: earlier versions of evaluations, notes

namespace {

struct Migration {
    const char* sql; // nullptr: the seed does all of it
    void (*seed)(SQLite::Database&);
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

} // namespace

int latestSchemaVersion()
{
    return static_cast<int>(std::size(kMigrations));
}

Status migrate(SQLite::Database& db, int target)
{
    if (target < 0 || target > latestSchemaVersion())
        target = latestSchemaVersion();
    int version = db.execAndGet("PRAGMA user_version").getInt();
    while (version < target) {
        const Migration& m = kMigrations[version];
        try {
            SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
            // Another process may have migrated while we waited for the lock.
            if (db.execAndGet("PRAGMA user_version").getInt() != version) {
                version = db.execAndGet("PRAGMA user_version").getInt();
                continue;
            }
            if (m.sql)
                db.exec(m.sql);
            if (m.seed)
                m.seed(db);
            db.exec(fmt::format("PRAGMA application_id = {}", kApplicationId));
            db.exec(fmt::format("PRAGMA user_version = {}", version + 1));
            tx.commit();
        } catch (const SQLite::Exception& e) {
            return Error::plain(
                Tr::tr("migration to schema version %1 failed: %2").arg(version + 1).arg(QString::fromUtf8(e.what())));
        }
        ++version;
    }
    return {};
}

} // namespace fb::store
