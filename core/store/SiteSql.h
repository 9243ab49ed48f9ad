#pragma once

// What the site roles' code (SiteRoles.cpp, SiteMembers.cpp) asks of the
// server about the login and its roles. Private to core/store.
#include "common/Error.h"

#include <QString>
#include <QStringList>

#include <string>

namespace fb::store {

class Database;

namespace site {

// An identifier as PostgreSQL reads it whatever its letters: in double
// quotes, a quote doubled. Role and table names cannot be bound parameters.
std::string quoteIdent(const std::string& name);
inline std::string quoteIdent(const QString& name)
{
    return quoteIdent(name.toStdString());
}

// The login connected, on which database, and what it may do.
struct SiteLogin final {
    QString login;
    QString database;
    bool mayCreateRoles = false; // a superuser, or CREATEROLE
    QStringList groups;          // the roles it is a member of, directly or not

    [[nodiscard]] bool member(const QString& group) const { return groups.contains(group); }
};
Result<SiteLogin> currentSite(Database& db);
Result<bool> roleExists(Database& db, const QString& role);

} // namespace site
} // namespace fb::store
