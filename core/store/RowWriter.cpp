#include "store/RowWriter.h"

#include "store/Catalog.h"
#include "store/CopyText.h"
#include "store/Database.h"
#include "store/InteractionIndexes.h"
#include "store/Query.h"
#include "store/Rollups.h"

#include <QCoreApplication>

#include <fmt/format.h>

#include <optional>
#include <string_view>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::RowWriter)
};

constexpr std::string_view kBatchSavepoint = "fb_batch";
constexpr const char* kSelectScoresSql = "SELECT attribute, score FROM qa_scores WHERE evaluation_id = ?";
constexpr const char* kUpsertScoreSql = "INSERT INTO qa_scores(evaluation_id, attribute, score) VALUES (?, ?, ?) "
                                        "ON CONFLICT(evaluation_id, attribute) DO UPDATE SET score = excluded.score";

} // namespace

struct RowWriter::Impl {
    Database& db;
    KindSpec spec;
    Mode mode;
    int rubricVersion = 0;
    std::vector<int> tableColumns; // spec positions stored in the kind's table
    std::vector<int> scoreColumns; // spec positions stored in qa_scores
    // Made with an empty `what`: a failure's reason is the engine's message
    // alone, which the messages below word. A statement that failed stays
    // failed (store/Query.h), so it is dropped and prepared again from its
    // SQL when next used.
    std::optional<Query> insert;
    // Prepared on first use from their SQL: a small file never fills a batch,
    // and a file of new rows never selects or updates one. Preparing all
    // three for every import took a fifth of fuzz_import's time, the 32-row
    // batch most of it, more than reading and checking a file of a few rows.
    std::optional<Query> insertBatch; // kBatchRows rows, plain INSERT (aborts on any conflict)
    std::optional<Query> select;
    std::optional<Query> update;
    std::string insertSql;
    std::string insertBatchSql; // empty for a kind with rubric scores: no batches
    std::string copySql;        // the batch's COPY on a site server
    std::string copyData;       // its rows, reused from batch to batch
    std::string selectSql;
    std::string updateSql;
    std::optional<Query> selectScores;
    std::optional<Query> upsertScore;
    std::optional<RollupBuffer> rollups;
    std::vector<Value> existing;

    Impl(Database& d, KindSpec s, Mode m) : db(d), spec(std::move(s)), mode(m) {}

    Query& prepared(std::optional<Query>& statement, std::string_view sql)
    {
        if (!statement)
            statement.emplace(db, sql, QString());
        return *statement;
    }

    // The failure of `statement` as write() reports it; the statement is
    // dropped and the others are reset, so the writer can be used again.
    Error failed(std::optional<Query>& statement)
    {
        Error error = Error::plain(Tr::tr("cannot store the row: %1").arg(statement->error().reason));
        statement.reset();
        for (auto* other : {&insert, &update, &select})
            if (*other)
                (*other)->reset();
        return error;
    }

    void bindRow(Query& st, const std::vector<Value>& row)
    {
        int index = 1;
        for (int c : tableColumns)
            st.bindKept(index++, row[c]);
        if (spec.hasRubricScores)
            st.bind(index, rubricVersion);
    }

    Status writeScores(const std::vector<Value>& row)
    {
        Query& upsert = prepared(upsertScore, kUpsertScoreSql);
        for (int c : scoreColumns) {
            upsert.bind(1, std::get<std::string>(row[0]));
            upsert.bind(2, spec.columns[c].name);
            upsert.bind(3, row[c]);
            if (auto st = upsert.run(); !st)
                return failed(upsertScore);
            upsert.reset();
        }
        return {};
    }

    // Reads the stored row with the same key into `existing` (spec order).
    Status readExisting(const std::vector<Value>& row)
    {
        existing.assign(spec.columns.size(), Value{});
        Query& st = prepared(select, selectSql);
        st.bind(1, row[0]);
        if (st.next()) {
            for (size_t i = 0; i < tableColumns.size(); ++i)
                existing[tableColumns[i]] = st.value(int(i), spec.columns[tableColumns[i]].type);
        }
        if (!st.ok())
            return failed(select);
        st.reset();
        if (!spec.hasRubricScores)
            return {};
        Query& scores = prepared(selectScores, kSelectScoresSql);
        scores.bind(1, row[0]);
        while (scores.next()) {
            const std::string attribute = scores.text(0);
            for (int c : scoreColumns)
                if (spec.columns[c].name == attribute)
                    existing[c] = scores.value(1, ColumnType::Score);
        }
        if (!scores.ok())
            return failed(selectScores);
        scores.reset();
        return {};
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
    const auto cannotPrepare = [&](const QString& reason) {
        return Error{Tr::tr("cannot prepare writing %1: %2").arg(QString::fromStdString(spec.name), reason), db.path()};
    };
    // Before the statements are prepared, so none of them plans with an
    // index about to go. Left unbuilt: the first reader that needs them
    // builds them (InteractionQuery.h), off the import's clock.
    if (spec.kind == Kind::Interactions) {
        if (auto st = dropInteractionIndexesForBulkLoad(db.connection()); !st)
            return cannotPrepare(st.error().reason);
    }
    impl->insertSql =
        fmt::format("INSERT INTO {}({}) VALUES ({}) ON CONFLICT({}) DO NOTHING", spec.table, names, marks, key);
    if (const Query& insert = impl->prepared(impl->insert, impl->insertSql); !insert.ok())
        return cannotPrepare(insert.error().reason);
    if (!spec.hasRubricScores) {
        std::string rows;
        for (int r = 0; r < kBatchRows; ++r) // a file's batch; a server's is a COPY
            rows += fmt::format("{}({})", r == 0 ? "" : ", ", marks);
        impl->insertBatchSql = fmt::format("INSERT INTO {}({}) VALUES {}", spec.table, names, rows);
        impl->copySql = fmt::format("COPY {}({}) FROM STDIN", spec.table, names);
    }
    impl->updateSql = fmt::format("INSERT INTO {}({}) VALUES ({}) ON CONFLICT({}) DO UPDATE SET {}", spec.table, names,
                                  marks, key, assignments);
    std::string selected;
    for (int c : impl->tableColumns)
        selected += (selected.empty() ? "" : ", ") + spec.columns[c].storeName();
    impl->selectSql = fmt::format("SELECT {} FROM {} WHERE {} = ?", selected, spec.table, key);
    if (spec.hasRubricScores) {
        if (const Query& q = impl->prepared(impl->selectScores, kSelectScoresSql); !q.ok())
            return cannotPrepare(q.error().reason);
        if (const Query& q = impl->prepared(impl->upsertScore, kUpsertScoreSql); !q.ok())
            return cannotPrepare(q.error().reason);
    }
    if (spec.kind == Kind::Interactions)
        impl->rollups.emplace();
    return std::unique_ptr<RowWriter>(new RowWriter(std::move(impl)));
}

Result<RowWriter::Outcome> RowWriter::write(const std::vector<Value>& row)
{
    Query& insert = d->prepared(d->insert, d->insertSql);
    d->bindRow(insert, row);
    if (auto st = insert.run(); !st)
        return d->failed(d->insert);
    const bool inserted = insert.changes() == 1;
    insert.reset();
    if (inserted) {
        if (d->spec.hasRubricScores)
            if (auto st = d->writeScores(row); !st)
                return st.error();
        if (d->rollups)
            d->rollups->add(row);
        return Outcome::Inserted;
    }
    if (auto st = d->readExisting(row); !st)
        return st.error();
    if (d->existing == row)
        return Outcome::Unchanged;
    if (d->mode == Mode::InsertNew)
        return Outcome::Conflict;
    Query& update = d->prepared(d->update, d->updateSql);
    d->bindRow(update, row);
    if (auto st = update.run(); !st)
        return d->failed(d->update);
    update.reset();
    if (d->spec.hasRubricScores)
        if (auto st = d->writeScores(row); !st)
            return st.error();
    if (d->rollups) {
        const InteractionColumns cols;
        d->rollups->markForRecompute(std::get<std::string>(d->existing[cols.agentId]),
                                     std::get<std::string>(d->existing[cols.startedAt]));
        d->rollups->markForRecompute(std::get<std::string>(row[cols.agentId]),
                                     std::get<std::string>(row[cols.startedAt]));
    }
    return Outcome::Replaced;
}

bool RowWriter::canInsertAll() const
{
    return !d->insertBatchSql.empty();
}

int RowWriter::batchRows() const
{
    return d->db.isSiteServer() ? kServerBatchRows : kBatchRows;
}

Result<bool> RowWriter::insertAll(const std::vector<std::vector<Value>>& rows)
{
    if (d->insertBatchSql.empty() || rows.size() != size_t(batchRows()))
        return Error::plain(
            Tr::tr("cannot store the rows: %1 rows given to a statement for %2").arg(rows.size()).arg(batchRows()));
    if (d->db.isSiteServer())
        return copyAll(rows);
    Query& st = d->prepared(d->insertBatch, d->insertBatchSql);
    if (!st.ok()) {
        const QString reason = st.error().reason;
        d->insertBatch.reset();
        return Error::plain(Tr::tr("cannot store the row: %1").arg(reason));
    }
    int index = 1;
    for (const auto& row : rows)
        for (int c : d->tableColumns)
            st.bindKept(index++, row[c]);
    if (auto status = st.run(); !status) {
        const bool constraint = st.failure() == sql::Failure::Constraint;
        const QString reason = st.error().reason;
        // A failed Query stays failed: dropped here, it is prepared again
        // for the next batch tried.
        d->insertBatch.reset();
        // A key that exists, a duplicate within the batch or a CHECK that
        // fails: the plain INSERT aborted and SQLite backed out all its rows
        // (statement journal), so the rows are written again one by one,
        // where each gets its own outcome and its own error at its line.
        if (constraint)
            return false;
        // Anything else (a full disk, an I/O error) may have ended the
        // transaction: nothing more may be written.
        return Error::plain(Tr::tr("cannot store the row: %1").arg(reason));
    }
    st.reset();
    if (d->rollups)
        for (const auto& row : rows)
            d->rollups->add(row);
    return true;
}

// On a site server: the batch as one COPY into the kind's table, inside a
// savepoint (PostgreSQL aborts the whole transaction at a failed statement,
// where SQLite backs out only the statement). COPY checks every key, reference and CHECK as an INSERT does and
// stops at the first refusal with nothing of the batch kept, so the import
// stays all or nothing (it runs in one transaction) and a refused batch goes
// row by row as in a file. No staging table: it would copy every row twice
// for what the transaction already gives.
Result<bool> RowWriter::copyAll(const std::vector<std::vector<Value>>& rows)
{
    sql::Connection& server = d->db.connection();
    std::string& data = d->copyData;
    data.clear();
    for (const auto& row : rows) {
        bool first = true;
        for (int c : d->tableColumns) {
            appendCopyField(data, row[c], first);
            first = false;
        }
        data += '\n';
    }
    if (auto sp = server.savepoint(kBatchSavepoint); !sp)
        return Error::plain(Tr::tr("cannot store the row: %1").arg(sp.error().reason));
    if (auto copied = server.copyIn(d->copySql, data); !copied) {
        const bool constraint = server.lastFailure() == sql::Failure::Constraint;
        auto undone = server.rollbackTo(kBatchSavepoint);
        if (undone)
            undone = server.release(kBatchSavepoint);
        if (!undone)
            return Error::plain(Tr::tr("cannot store the row: %1").arg(undone.error().reason));
        if (constraint)
            return false;
        return Error::plain(Tr::tr("cannot store the row: %1").arg(copied.error().reason));
    }
    if (auto released = server.release(kBatchSavepoint); !released)
        return Error::plain(Tr::tr("cannot store the row: %1").arg(released.error().reason));
    if (d->rollups)
        for (const auto& row : rows)
            d->rollups->add(row);
    return true;
}

Status RowWriter::finish()
{
    if (!d->rollups)
        return {};
    if (auto st = d->rollups->flush(d->db); !st)
        return Error::plain(Tr::tr("cannot update the weekly rollups: %1").arg(st.error().reason));
    return {};
}

} // namespace fb::store
