// The statement interface (store/Sql.h) over libpq, PostgreSQL's C client
// library: a connection that calls PQfinish and a result that calls PQclear.
// Why libpq and not libpqxx: docs/architecture.md.
#include "store/PgConnect.h"
#include "store/Sql.h"

#include <QCoreApplication>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <libpq-fe.h>
#include <optional>
#include <unordered_map>
#include <vector>

namespace fb::store::sql {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::PgSql)
};

// Parameter types, from PostgreSQL's catalog (pg_type.oid); text is left to
// the server to infer from where the parameter stands, as SQLite would.
constexpr Oid kInt8 = 20;
constexpr Oid kFloat8 = 701;
constexpr Oid kInferred = 0;
// Result column types read as numbers (Statement::stored).
constexpr Oid kBool = 16;
constexpr Oid kInt2 = 21;
constexpr Oid kInt4 = 23;
constexpr Oid kFloat4 = 700;
constexpr Oid kNumeric = 1700;

using PgConn = std::shared_ptr<PGconn>;
using PgResult = std::unique_ptr<PGresult, decltype(&PQclear)>;

Failure failureOf(const char* sqlState)
{
    const std::string_view s = sqlState ? sqlState : "";
    if (s.substr(0, 2) == "23")
        return Failure::Constraint;
    if (s == "40001" || s == "40P01" || s == "55P03")
        return Failure::Conflict;
    // A read-only transaction, or a role without the right to write there.
    if (s == "25006" || s == "42501")
        return Failure::ReadOnly;
    if (s == "53100")
        return Failure::Full;
    return Failure::Other;
}

QString trimmed(const char* message)
{
    return QString::fromUtf8(message ? message : "").trimmed();
}

struct State {
    QString name;
    Failure failure = Failure::None;

    // Statements the server has prepared, by their SQL and parameter types.
    // A statement is prepared the second time it runs: the store's loops (an
    // import's batches, a scorecard's per-agent reads) then skip the parse
    // and plan of each run, while a statement that runs once costs no extra
    // round trip. The store's SQL is its own literals plus IN lists of a few
    // lengths, so the caches stay small; they are capped all the same.
    std::unordered_map<std::string, std::string> prepared; // key → server name
    std::unordered_map<std::string, int> runs;             // key → runs before it was prepared
    int nextName = 0;
    static constexpr std::size_t kMaxPrepared = 512;

    static std::string keyOf(const std::string& sql, const std::vector<Oid>& types)
    {
        std::string key = sql;
        for (const Oid t : types)
            key += ',' + std::to_string(t);
        return key;
    }
    // Forgets the prepared statements after a schema change, which could
    // change a prepared SELECT's result columns.
    void forgetPrepared(PGconn* conn)
    {
        if (prepared.empty())
            return;
        const PgResult res(PQexec(conn, "DEALLOCATE ALL"), &PQclear);
        prepared.clear();
        runs.clear();
    }

    // A failed result (or none at all: out of memory, a lost connection).
    Error fail(PGconn* conn, const PGresult* res)
    {
        if (!res) {
            failure = Failure::Other;
            return Error(trimmed(PQerrorMessage(conn)), name);
        }
        failure = failureOf(PQresultErrorField(res, PG_DIAG_SQLSTATE));
        const char* primary = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
        return Error(primary ? trimmed(primary) : trimmed(PQresultErrorMessage(res)), name);
    }
};

bool succeeded(const PGresult* res)
{
    const ExecStatusType s = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
    return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
}

class PgStatement final : public Statement {
public:
    PgStatement(PgConn conn, std::string sql, int parameters, std::shared_ptr<State> state)
        : m_conn(std::move(conn)), m_sql(std::move(sql)), m_values(std::size_t(parameters)),
          m_types(std::size_t(parameters), kInferred), m_state(std::move(state))
    {
    }

    void bind(int index, qint64 value) override { set(index, std::to_string(value), kInt8); }
    void bind(int index, double value) override
    {
        // The shortest text that reads back as the same double.
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, value);
        set(index, std::string(buf, r.ptr), kFloat8);
    }
    void bind(int index, std::string_view text) override { set(index, std::string(text), kInferred); }
    void bindNull(int index) override
    {
        if (valid(index)) {
            m_values[std::size_t(index - 1)].reset();
            m_types[std::size_t(index - 1)] = kInferred;
        }
    }

    Result<bool> step() override
    {
        if (m_badIndex)
            return Error(Tr::tr("no parameter %1 in the statement").arg(m_badIndex), m_state->name);
        if (!m_ran) {
            std::vector<const char*> values;
            values.reserve(m_values.size());
            for (const auto& v : m_values)
                values.push_back(v ? v->c_str() : nullptr);
            const auto prepared = preparedName();
            if (!prepared)
                return prepared.error();
            if (const std::string* name = *prepared)
                m_result.reset(PQexecPrepared(m_conn.get(), name->c_str(), int(values.size()), values.data(), nullptr,
                                              nullptr, 0));
            else
                m_result.reset(PQexecParams(m_conn.get(), m_sql.c_str(), int(values.size()), m_types.data(),
                                            values.data(), nullptr, nullptr, 0));
            m_ran = true;
            m_row = -1;
            if (!succeeded(m_result.get())) {
                Error e = m_state->fail(m_conn.get(), m_result.get());
                m_result.reset();
                return e;
            }
            m_state->failure = Failure::None;
        }
        if (!m_result)
            return false;
        ++m_row;
        return m_row < PQntuples(m_result.get());
    }

    void reset() override
    {
        m_result.reset();
        m_ran = false;
        m_row = -1;
    }

    int columnCount() const override { return m_result ? PQnfields(m_result.get()) : 0; }
    bool isNull(int column) const override { return !readable(column) || PQgetisnull(m_result.get(), m_row, column); }

    qint64 integer(int column) const override
    {
        if (isNull(column))
            return 0;
        const std::string_view v = cell(column);
        if (v == "t" || v == "f") // boolean
            return v == "t" ? 1 : 0;
        qint64 n = 0;
        const auto r = std::from_chars(v.data(), v.data() + v.size(), n);
        if (r.ec == std::errc() && r.ptr == v.data() + v.size())
            return n;
        return static_cast<qint64>(real(column)); // "12.5" reads as 12, as in SQLite
    }

    double real(int column) const override
    {
        if (isNull(column))
            return 0.0;
        const std::string_view v = cell(column);
        double d = 0.0;
        std::from_chars(v.data(), v.data() + v.size(), d);
        return d;
    }

    std::string text(int column) const override { return std::string(textView(column)); }
    std::string_view textView(int column) const override
    {
        return isNull(column) ? std::string_view("") : cell(column);
    }

    std::string columnName(int column) const override
    {
        const char* name = m_result ? PQfname(m_result.get(), column) : nullptr;
        return name ? name : "";
    }

    Stored stored(int column) const override
    {
        if (isNull(column))
            return Stored::Null;
        switch (PQftype(m_result.get(), column)) {
        case kInt8:
        case kInt2:
        case kInt4:
        case kBool:
            return Stored::Integer;
        case kFloat4:
        case kFloat8:
        case kNumeric:
            return Stored::Real;
        default:
            return Stored::Text;
        }
    }

    // PQcmdTuples counts a SELECT's rows too; only writes change rows.
    qint64 changes() const override
    {
        if (!m_result)
            return 0;
        const std::string_view command = PQcmdStatus(m_result.get());
        const bool write = command.rfind("INSERT", 0) == 0 || command.rfind("UPDATE", 0) == 0 ||
                           command.rfind("DELETE", 0) == 0 || command.rfind("MERGE", 0) == 0;
        const char* n = PQcmdTuples(m_result.get());
        return write && n && *n ? std::atoll(n) : 0;
    }

private:
    // The server's name for this statement with its current parameter types,
    // preparing it on its second run; null while it runs unprepared.
    Result<const std::string*> preparedName()
    {
        State& st = *m_state;
        const std::string key = State::keyOf(m_sql, m_types);
        if (const auto found = st.prepared.find(key); found != st.prepared.end())
            return &found->second;
        if (st.prepared.size() >= State::kMaxPrepared || ++st.runs[key] < 2)
            return nullptr;
        std::string name = "fb" + std::to_string(++st.nextName);
        const PgResult res(PQprepare(m_conn.get(), name.c_str(), m_sql.c_str(), int(m_types.size()), m_types.data()),
                           &PQclear);
        if (!succeeded(res.get()))
            return st.fail(m_conn.get(), res.get());
        st.runs.erase(key);
        return &st.prepared.emplace(key, std::move(name)).first->second;
    }

    bool valid(int index)
    {
        if (index >= 1 && std::size_t(index) <= m_values.size())
            return true;
        m_badIndex = index;
        return false;
    }
    void set(int index, std::string value, Oid type)
    {
        if (!valid(index))
            return;
        m_values[std::size_t(index - 1)] = std::move(value);
        m_types[std::size_t(index - 1)] = type;
    }
    bool readable(int column) const
    {
        return m_result && m_row >= 0 && m_row < PQntuples(m_result.get()) && column >= 0 &&
               column < PQnfields(m_result.get());
    }
    std::string_view cell(int column) const
    {
        return {PQgetvalue(m_result.get(), m_row, column), std::size_t(PQgetlength(m_result.get(), m_row, column))};
    }

    PgConn m_conn;
    std::string m_sql;
    std::vector<std::optional<std::string>> m_values;
    std::vector<Oid> m_types;
    std::shared_ptr<State> m_state;
    PgResult m_result{nullptr, &PQclear};
    bool m_ran = false;
    int m_row = -1;
    int m_badIndex = 0;
};

class PgConnection final : public Connection {
public:
    PgConnection(PgConn conn, QString name) : m_conn(std::move(conn)), m_state(std::make_shared<State>())
    {
        m_state->name = std::move(name);
    }

    Engine engine() const override { return Engine::PostgreSQL; }
    QString name() const override { return m_state->name; }

    Result<std::unique_ptr<Statement>> prepare(std::string_view sql) override
    {
        int parameters = 0;
        std::string numbered = numberedPlaceholders(sql, &parameters);
        m_state->failure = Failure::None;
        return std::unique_ptr<Statement>(new PgStatement(m_conn, std::move(numbered), parameters, m_state));
    }

    Status exec(std::string_view sql) override
    {
        if (changesSchema(sql))
            m_state->forgetPrepared(m_conn.get());
        const PgResult res(PQexec(m_conn.get(), std::string(sql).c_str()), &PQclear);
        if (!succeeded(res.get()))
            return m_state->fail(m_conn.get(), res.get());
        m_state->failure = Failure::None;
        return {};
    }

    Status copyIn(std::string_view copy, std::string_view data) override
    {
        const PgResult started(PQexec(m_conn.get(), std::string(copy).c_str()), &PQclear);
        if (!started || PQresultStatus(started.get()) != PGRES_COPY_IN)
            return m_state->fail(m_conn.get(), started.get());
        // Sent in pieces well under libpq's int limit; a refused row ends the
        // copy at PQputCopyEnd, whose result carries the server's message.
        constexpr std::size_t kPiece = 1 << 20;
        bool sent = true;
        for (std::size_t at = 0; sent && at < data.size(); at += kPiece) {
            const std::string_view piece = data.substr(at, kPiece);
            sent = PQputCopyData(m_conn.get(), piece.data(), int(piece.size())) == 1;
        }
        const bool ended = PQputCopyEnd(m_conn.get(), sent ? nullptr : "the client could not send the rows") == 1;
        Status status;
        // Every result up to the null one is read, so the connection is ready again.
        while (PGresult* r = PQgetResult(m_conn.get())) {
            const PgResult res(r, &PQclear);
            if (status && !succeeded(res.get()))
                status = m_state->fail(m_conn.get(), res.get());
        }
        if (status && !ended)
            status = m_state->fail(m_conn.get(), nullptr);
        if (status)
            m_state->failure = Failure::None;
        return status;
    }

    Failure lastFailure() const override { return m_state->failure; }
    bool inTransaction() const override { return PQtransactionStatus(m_conn.get()) != PQTRANS_IDLE; }
    bool isReadOnly() const override
    {
        const PgResult res(PQexec(m_conn.get(), "SELECT current_setting('transaction_read_only')"), &PQclear);
        return succeeded(res.get()) && PQntuples(res.get()) == 1 &&
               std::string_view(PQgetvalue(res.get(), 0, 0)) == "on";
    }
    Status begin() override { return exec("BEGIN"); }

private:
    // Schema statements reach the server through exec() (migrations, index
    // builds); anything else there is transaction control.
    static bool changesSchema(std::string_view sql)
    {
        std::string upper(sql);
        std::transform(upper.begin(), upper.end(), upper.begin(),
                       [](unsigned char c) { return char(std::toupper(c)); });
        return upper.find("CREATE ") != std::string::npos || upper.find("ALTER ") != std::string::npos ||
               upper.find("DROP ") != std::string::npos;
    }

    PgConn m_conn;
    std::shared_ptr<State> m_state;
};

} // namespace

Result<std::unique_ptr<Connection>> openPostgres(const std::string& conninfo)
{
    PgConn conn(connectToSite(conninfo), &PQfinish);
    if (!conn)
        return Error::plain(Tr::tr("cannot connect to the site server: out of memory"));
    if (PQstatus(conn.get()) != CONNECTION_OK && PQconnectionNeedsPassword(conn.get()))
        return Error::plain(Tr::tr("cannot connect to the site server: it asks for a password, and neither libpq's "
                                   "password file (~/.pgpass) nor a service file holds one for this address"));
    if (PQstatus(conn.get()) != CONNECTION_OK)
        return Error::plain(Tr::tr("cannot connect to the site server: %1").arg(trimmed(PQerrorMessage(conn.get()))));
    // NOTICEs ("drop cascades to …") would go to stderr; what matters reaches
    // the program as an error value.
    PQsetNoticeProcessor(
        conn.get(), [](void*, const char*) {}, nullptr);
    if (PQsetClientEncoding(conn.get(), "UTF8") != 0)
        return Error::plain(Tr::tr("the site server cannot speak UTF-8: %1").arg(trimmed(PQerrorMessage(conn.get()))));
    const QString name = Tr::tr("site database %1 on %2")
                             .arg(QString::fromUtf8(PQdb(conn.get())), QString::fromUtf8(PQhost(conn.get())));
    auto connection = std::make_unique<PgConnection>(std::move(conn), name);
    // Reals as the shortest text that reads back exactly (PostgreSQL 12 and
    // later), whatever the server's own setting.
    if (Status s = connection->exec("SET extra_float_digits = 1"); !s)
        return s.error();
    return std::unique_ptr<Connection>(std::move(connection));
}

} // namespace fb::store::sql
