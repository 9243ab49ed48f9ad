#pragma once

// The throwaway PostgreSQL cluster of the tests (tests/support/pg_cluster.sh,
// CTest fixture "postgresql"): where it is, and the skip a test makes when
// there is none, saying why (CTest lists it as skipped, never as passed).
#include "store/Sql.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace fb::test {

// FB_PG_STATE names the file pg_cluster.sh wrote: "conninfo=…", or
// "unavailable=why" when PostgreSQL is not installed.
inline QString clusterSetting(const char* key)
{
    QFile f(qEnvironmentVariable("FB_PG_STATE"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray prefix = QByteArray(key) + '=';
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(prefix))
            return QString::fromUtf8(line.mid(prefix.size()));
    return {};
}

// The libpq connection string of the cluster; empty when there is none.
inline std::string clusterConninfo()
{
    return clusterSetting("conninfo").toStdString();
}

// True when this run of a two-engine test is the PostgreSQL one.
inline bool onPostgres()
{
    return qEnvironmentVariable("FB_SQL_ENGINE") == QLatin1String("postgresql");
}

// For main(): when a cluster is needed and there is none, prints why and
// returns 77 (the tests' SKIP_RETURN_CODE); 0 when the tests can run.
inline int skipWithoutCluster()
{
    if (!clusterSetting("conninfo").isEmpty())
        return 0;
    const QString why = clusterSetting("unavailable");
    std::fprintf(
        stderr, "Skipped: no PostgreSQL to test against: %s\n",
        qPrintable(why.isEmpty() ? QStringLiteral("FB_PG_STATE names no cluster (run it through CTest)") : why));
    return 77;
}

// The site database that stands for the file `path` when a store test runs
// against the cluster (FB_SQL_ENGINE=postgresql): one database per path,
// made empty the first time this process names it, so a test that reopens
// its file reopens the same database. Returns its connection string.
inline QString siteDatabaseFor(const QString& path)
{
    // A test whose main() is QTEST_MAIN cannot skip before it starts: the
    // first store it opens ends it with the skip code instead.
    if (const int skip = skipWithoutCluster())
        std::exit(skip);
    static QSet<QString> made;
    const QString name =
        QStringLiteral("fb_") +
        QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(20));
    QString conninfo = clusterSetting("conninfo");
    conninfo.replace(QLatin1String("dbname=postgres"), QStringLiteral("dbname=") + name);
    if (!made.contains(name)) {
        auto admin = fb::store::sql::openPostgres(clusterConninfo());
        if (!admin)
            qFatal("%s", qPrintable(admin.error().toString()));
        const std::string sql = "DROP DATABASE IF EXISTS " + name.toStdString();
        if (!admin.value()->exec(sql) || !admin.value()->exec("CREATE DATABASE " + name.toStdString()))
            qFatal("cannot make the test database %s", qPrintable(name));
        made.insert(name);
    }
    return conninfo;
}

// What a store test opens for `path`: the file itself, or on the PostgreSQL
// run the site database that stands for it.
inline QString storeAddress(const QString& path)
{
    return onPostgres() ? siteDatabaseFor(path) : path;
}

} // namespace fb::test
