#pragma once

#include "common/Error.h"

#include <QString>

#include <memory>

namespace SQLite {
class Database;
}

namespace fb::store {

// PRAGMA application_id of every Floorboard database ("FLBD").
inline constexpr int kApplicationId = 0x464C4244;

// One connection to a Floorboard database. Each thread opens its own; WAL
// lets readers go on while an import writes.
class Database final {
public:
    enum class Mode { CreateOrMigrate, ExistingOnly, ReadOnly };

    // Opens (and creates, with Mode::CreateOrMigrate) a database, refusing a
    // file that is not a Floorboard database or was written by a newer
    // Floorboard; such files are checked read-only first and left untouched.
    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode = Mode::CreateOrMigrate);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const;

    // For core/store only: the statements live there.
    SQLite::Database& sql() { return *m_db; }

private:
    Database(QString path, std::unique_ptr<SQLite::Database> db);
    QString m_path;
    std::unique_ptr<SQLite::Database> m_db;
};

// Schema version this build writes and reads (PRAGMA user_version).
int currentSchemaVersion();

} // namespace fb::store
