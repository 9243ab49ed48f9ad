// Database::open() for a PostgreSQL site server (docs/site-server.md): the
// same schema versions as a file, migrated the same way (Migrations.h), with
// the connection string as the database's address.
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <SQLiteCpp/Database.h> // the file handle a site server leaves empty

#include <libpq-fe.h>
#include <memory>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::SiteDatabase)
};

// Whether libpq reads a password out of the connection string itself.
// Floorboard remembers addresses (recent connections, the window's title), so
// a password there would be stored; libpq's password file or service file
// keeps it instead.
bool carriesPassword(const QString& address)
{
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(address.toUtf8().constData(), &error);
    PQfreemem(error);
    if (!options)
        return false; // unreadable: libpq's own message follows when it connects
    bool found = false;
    for (const PQconninfoOption* o = options; o->keyword; ++o)
        if (std::string_view(o->keyword) == "password" && o->val && *o->val)
            found = true;
    PQconninfoFree(options);
    return found;
}

// Whether this login owns the site's tables (or is a superuser): only the
// owner can change them, so only it upgrades an older schema. A lead's login
// (docs/site-server.md, "Roles") opens the site at this version only.
Result<bool> ownsSchema(sql::Connection& connection)
{
    auto st = connection.prepare("SELECT pg_has_role((SELECT relowner FROM pg_class WHERE oid = to_regclass('meta')), "
                                 "'USAGE')");
    if (!st)
        return st.error();
    auto row = st.value()->step();
    if (!row)
        return row.error();
    return *row && st.value()->integer(0) != 0;
}

} // namespace

bool isSiteServerAddress(const QString& text)
{
    static const QRegularExpression keywordForm(
        QStringLiteral("^\\s*(host|hostaddr|port|dbname|user|service|sslmode|application_name|connect_timeout)\\s*="));
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://")) ||
           keywordForm.match(text).hasMatch();
}

Database::Database(QString address, std::unique_ptr<sql::Connection> site, bool readOnly)
    : m_path(std::move(address)), m_connection(std::move(site)), m_readOnly(readOnly)
{
}

Result<std::unique_ptr<Database>> Database::openSite(const QString& address, Mode mode)
{
    if (carriesPassword(address))
        return Error::plain(Tr::tr("the site server's address holds a password; Floorboard keeps none: put it in "
                                   "libpq's password file (~/.pgpass) or a service file, and leave it out of the "
                                   "address"));
    auto opened = sql::openPostgres(address.toStdString());
    if (!opened)
        return opened.error();
    std::unique_ptr<sql::Connection> connection = std::move(opened.value());
    const QString name = connection->name();
    const auto version = storedSchemaVersion(*connection);
    if (!version)
        return Error{Tr::tr("cannot read the schema version: %1").arg(version.error().reason), name};
    const int latest = latestSchemaVersion();
    if (*version > latest)
        return Error{Tr::tr("was written by a newer Floorboard (schema version %1; this one reads up to %2); "
                            "nothing was changed")
                         .arg(*version)
                         .arg(latest),
                     name};
    const bool readOnly = mode == Mode::ReadOnly;
    if (*version == 0 && mode != Mode::CreateOrMigrate)
        return Error{Tr::tr("holds no Floorboard database yet; nothing was changed"), name};
    if (*version < latest) {
        if (readOnly)
            return Error{
                Tr::tr("has an older schema (version %1); open it once in Floorboard to upgrade it").arg(*version),
                name};
        if (*version > 0) {
            auto owner = ownsSchema(*connection);
            if (!owner)
                return Error{owner.error().reason, name};
            if (!*owner)
                return Error{Tr::tr("has an older schema (version %1), which only the site's administrator can "
                                    "upgrade: floorboard-cli site init ADDRESS --admin; nothing was changed")
                                 .arg(*version),
                             name};
        }
        if (auto st = migrate(*connection); !st)
            return Error{st.error().reason, name};
    }
    if (readOnly) {
        if (auto st = connection->exec("SET default_transaction_read_only = on"); !st)
            return Error{st.error().reason, name};
    }
    return std::unique_ptr<Database>(new Database(address, std::move(connection), readOnly));
}

} // namespace fb::store
