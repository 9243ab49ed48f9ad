#pragma once

// The throwaway PostgreSQL cluster of the tests (tests/support/pg_cluster.sh,
// CTest fixture "postgresql"): where it is, and the skip a test makes when
// there is none, saying why (CTest lists it as skipped, never as passed).
#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstdio>

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

} // namespace fb::test
