#pragma once

// libpq's connection to a site server, with the password typed for its
// address when there is one (SitePasswords.cpp). Private to core/store.
#include <libpq-fe.h>
#include <string>

namespace fb::store::sql {

// PQconnectdb, or PQconnectdbParams with the typed password; records whether
// the server asked for a password that nothing gave (SitePasswords::wanted).
// The caller owns the result (PQfinish), which may be null (out of memory).
PGconn* connectToSite(const std::string& conninfo);

} // namespace fb::store::sql
