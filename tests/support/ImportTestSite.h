#pragma once

// The import suites' site: a database in a temporary folder holding the
// example agents (A0001..A0003, teams Billing and Tech Support), and files
// written next to it. FbTestSupport.h first: it must precede every Qt
// header.
#include "FbTestSupport.h"

#include <QTemporaryDir>

namespace fbtest {

// The header of the interactions CSV, for files written inline.
inline const QByteArray kInteractionsHeader =
    "interaction_id,agent_id,started_at,channel,queue,handle_seconds,"
    "resolved_first_contact,repeat_contact,escalated,defects,csat,contact_reason\n";

// A database with the example agents (A0001..A0003, teams Billing and Tech Support).
struct Site {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<fb::store::Database> db;

    explicit Site(bool withAgents = true)
    {
        path = dir.filePath(QStringLiteral("fb.db"));
        db = openDb(path);
        if (db && withAgents) {
            auto r = importFile(*db, fb::Kind::Agents, examplePath(fb::Kind::Agents));
            if (!r || !r->committed)
                db.reset();
        }
    }
    QString file(const QString& name, const QByteArray& bytes) const
    {
        const QString p = dir.filePath(name);
        return writeFile(p, bytes) ? p : QString();
    }
};

} // namespace fbtest
