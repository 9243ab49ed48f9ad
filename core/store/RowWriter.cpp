#include "store/RowWriter.h"

#include "store/Catalog.h"
#include "store/Database.h"
#include "store/InteractionIndexes.h"
#include "store/Rollups.h"
#include "store/SqlValues.h"

#include <QCoreApplication>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <optional>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::RowWriter)
};

} // namespace

struct RowWriter::Impl {
    Database& db;
    KindSpec spec;
    Mode mode;
    int rubricVersion = 0;
    std::vector<int> tableColumns; // spec positions stored in the kind's table
    std::vector<int> scoreColumns; // spec positions stored in qa_scores
    std::optional<SQLite::Statement> insert;
    // Prepared on first use from their SQL: a small file never fills a batch,
    // and a file of new rows never selects or updates one. Preparing all
    // three for every import took a fifth of fuzz_import's time, the 32-row
    // batch most of it, more than reading and checking a file of a few rows.
    std::optional<SQLite::Statement> insertBatch; // kBatchRows rows, plain INSERT (aborts on any conflict)
    std::optional<SQLite::Statement> select;
    std::optional<SQLite::Statement> update;
    std::string insertBatchSql; // empty for a kind with rubric scores: no batches
    std::string selectSql;
    std::string updateSql;
    std::optional<SQLite::Statement> selectScores;
    std::optional<SQLite::Statement> upsertScore;
    std::optional<RollupBuffer> rollups;
    std::vector<Value> existing;

    Impl(Database& d, KindSpec s, Mode m) : db(d), spec(std::move(s)), mode(m) {}

    SQLite::Statement& prepared(std::optional<SQLite::Statement>& statement, const std::string& sql)
    {
        if (!statement)
            statement.emplace(db.sql(), sql);
        return *statement;
    }

    void bindRow(SQLite::Statement& st, const std::vector<Value>& row)
    {
        int index = 1;
        for (int c : tableColumns)
            bindValue(st, index++, row[c]);
        if (spec.hasRubricScores)
            st.bind(index, rubricVersion);
    }

    void writeScores(const std::vector<Value>& row)
    {
        for (int c : scoreColumns) {
            upsertScore->bind(1, std::get<std::string>(row[0]));
            upsertScore->bind(2, spec.columns[c].name);
            bindValue(*upsertScore, 3, row[c]);
            upsertScore->exec();
            upsertScore->reset();
        }
    }

    // Reads the stored row with the same key into `existing` (spec order).
    void readExisting(const std::vector<Value>& row)
    {
        existing.assign(spec.columns.size(), Value{});
        SQLite::Statement& st = prepared(select, selectSql);
        bindValue(st, 1, row[0]);
        if (st.executeStep()) {
            for (size_t i = 0; i < tableColumns.size(); ++i)
                existing[tableColumns[i]] = columnValue(st.getColumn(int(i)), spec.columns[tableColumns[i]].type);
        }
        st.reset();
        if (!spec.hasRubricScores)
            return;
        bindValue(*selectScores, 1, row[0]);
        while (selectScores->executeStep()) {
            const std::string attribute = selectScores->getColumn(0).getString();
            for (int c : scoreColumns)
                if (spec.columns[c].name == attribute)
                    existing[c] = columnValue(selectScores->getColumn(1), ColumnType::Score);
        }
        selectScores->reset();
    }
};

RowWriter::RowWriter(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
RowWriter::~RowWriter() = default;

Result<std::unique_ptr<RowWriter>> RowWriter::create(Database& db, const KindSpec& spec, Mode mode)
{
    auto impl = std::make_unique<Impl>(db, spec, mode);
    std::string names;
    std::string marks;
    std::string assignments;
    for (int i = 0; i < int(spec.columns.size()); ++i) {
        const auto& c = spec.columns[i];
        if (c.type == ColumnType::Score) {
            impl->scoreColumns.push_back(i);
            continue;
        }
        impl->tableColumns.push_back(i);
        names += (names.empty() ? "" : ", ") + c.storeName();
        marks += marks.empty() ? "?" : ", ?";
        if (i > 0)
            assignments += (assignments.empty() ? "" : ", ") + c.storeName() + " = excluded." + c.storeName();
    }
    if (spec.hasRubricScores) {
        auto rubric = currentRubric(db);
        if (!rubric)
            return rubric.error();
        impl->rubricVersion = rubric->version;
        names += ", rubric_version";
        marks += ", ?";
        assignments += ", rubric_version = excluded.rubric_version";
    }
    const std::string& key = spec.columns[0].storeName();
    try {
        auto& sql = db.sql();
        // Before the statements are prepared, so none of them plans with an
        // index about to go. Left unbuilt: the first reader that needs them
        // builds them (InteractionQuery.h), off the import's clock.
        if (spec.kind == Kind::Interactions) {
            if (auto st = dropInteractionIndexesForBulkLoad(db.connection()); !st)
                return Error{
                    Tr::tr("cannot prepare writing %1: %2").arg(QString::fromStdString(spec.name), st.error().reason),
                    db.path()};
        }
        impl->insert.emplace(sql, fmt::format("INSERT INTO {}({}) VALUES ({}) ON CONFLICT({}) DO NOTHING", spec.table,
                                              names, marks, key));
        if (!spec.hasRubricScores) {
            std::string rows;
            for (int r = 0; r < kBatchRows; ++r)
                rows += fmt::format("{}({})", r == 0 ? "" : ", ", marks);
            impl->insertBatchSql = fmt::format("INSERT INTO {}({}) VALUES {}", spec.table, names, rows);
        }
        impl->updateSql = fmt::format("INSERT INTO {}({}) VALUES ({}) ON CONFLICT({}) DO UPDATE SET {}", spec.table,
                                      names, marks, key, assignments);
        std::string selected;
        for (int c : impl->tableColumns)
            selected += (selected.empty() ? "" : ", ") + spec.columns[c].storeName();
        impl->selectSql = fmt::format("SELECT {} FROM {} WHERE {} = ?", selected, spec.table, key);
        if (spec.hasRubricScores) {
            impl->selectScores.emplace(sql, "SELECT attribute, score FROM qa_scores WHERE evaluation_id = ?");
            impl->upsertScore.emplace(sql,
                                      "INSERT INTO qa_scores(evaluation_id, attribute, score) VALUES (?, ?, ?) "
                                      "ON CONFLICT(evaluation_id, attribute) DO UPDATE SET score = excluded.score");
        }
    } catch (const SQLite::Exception& e) {
        return Error{
            Tr::tr("cannot prepare writing %1: %2").arg(QString::fromStdString(spec.name), QString::fromUtf8(e.what())),
            db.path()};
    }
    if (spec.kind == Kind::Interactions)
        impl->rollups.emplace();
    return std::unique_ptr<RowWriter>(new RowWriter(std::move(impl)));
}

Result<RowWriter::Outcome> RowWriter::write(const std::vector<Value>& row)
{
    try {
        d->bindRow(*d->insert, row);
        const int inserted = d->insert->exec();
        d->insert->reset();
        if (inserted == 1) {
            if (d->spec.hasRubricScores)
                d->writeScores(row);
            if (d->rollups)
                d->rollups->add(row);
            return Outcome::Inserted;
        }
        d->readExisting(row);
        if (d->existing == row)
            return Outcome::Unchanged;
        if (d->mode == Mode::InsertNew)
            return Outcome::Conflict;
        SQLite::Statement& update = d->prepared(d->update, d->updateSql);
        d->bindRow(update, row);
        update.exec();
        update.reset();
        if (d->spec.hasRubricScores)
            d->writeScores(row);
        if (d->rollups) {
            const InteractionColumns cols;
            d->rollups->markForRecompute(std::get<std::string>(d->existing[cols.agentId]),
                                         std::get<std::string>(d->existing[cols.startedAt]));
            d->rollups->markForRecompute(std::get<std::string>(row[cols.agentId]),
                                         std::get<std::string>(row[cols.startedAt]));
        }
        return Outcome::Replaced;
    } catch (const SQLite::Exception& e) {
        for (auto* statement : {&d->insert, &d->update, &d->select})
            if (*statement)
                (*statement)->tryReset();
        return Error::plain(Tr::tr("cannot store the row: %1").arg(QString::fromUtf8(e.what())));
    }
}

bool RowWriter::canInsertAll() const
{
    return !d->insertBatchSql.empty();
}

Result<bool> RowWriter::insertAll(const std::vector<std::vector<Value>>& rows)
{
    if (d->insertBatchSql.empty() || rows.size() != size_t(kBatchRows))
        return Error::plain(
            Tr::tr("cannot store the rows: %1 rows given to a statement for %2").arg(rows.size()).arg(kBatchRows));
    try {
        d->prepared(d->insertBatch, d->insertBatchSql);
    } catch (const SQLite::Exception& e) {
        return Error::plain(Tr::tr("cannot store the row: %1").arg(QString::fromUtf8(e.what())));
    }
    auto& st = *d->insertBatch;
    try {
        int index = 1;
        for (const auto& row : rows)
            for (int c : d->tableColumns)
                bindValue(st, index++, row[c]);
        st.exec();
        st.reset();
    } catch (const SQLite::Exception& e) {
        st.tryReset();
        // A key that exists, a duplicate within the batch or a CHECK that
        // fails: the plain INSERT aborted and SQLite backed out all its rows
        // (statement journal), so the rows are written again one by one,
        // where each gets its own outcome and its own error at its line.
        if ((e.getErrorCode() & 0xFF) == SQLITE_CONSTRAINT)
            return false;
        // Anything else (a full disk, an I/O error) may have ended the
        // transaction: nothing more may be written.
        return Error::plain(Tr::tr("cannot store the row: %1").arg(QString::fromUtf8(e.what())));
    }
    if (d->rollups)
        for (const auto& row : rows)
            d->rollups->add(row);
    return true;
}

Status RowWriter::finish()
{
    if (!d->rollups)
        return {};
    try {
        d->rollups->flush(d->db.sql());
        return {};
    } catch (const SQLite::Exception& e) {
        return Error::plain(Tr::tr("cannot update the weekly rollups: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace fb::store
