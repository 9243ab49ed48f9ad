// SitePasswords (store/Sql.h): passwords typed in the window, kept in this
// process's memory only, and the libpq connection that uses one
// (PgConnect.h). Never written to settings, logs or errors.
#include "store/PgConnect.h"
#include "store/Sql.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <set>

namespace fb::store::sql {
namespace {

// SitePasswords' memory: what was typed for an address, and which addresses
// last failed for want of a password.
struct PasswordMemory {
    std::mutex mutex;
    std::map<std::string, std::string, std::less<>> typed;
    std::set<std::string, std::less<>> wanted;
};

PasswordMemory& passwordMemory()
{
    static PasswordMemory memory;
    return memory;
}

// Overwritten before it is released, so a typed password does not linger in freed memory.
void wipe(std::string& secret)
{
    std::fill(secret.begin(), secret.end(), '\0');
    secret.clear();
}

} // namespace

// The address goes in as an expanded dbname and the typed password after it,
// so libpq uses it in place of the password file (the address holds none:
// Database::open refuses one that does).
PGconn* connectToSite(const std::string& conninfo)
{
    PasswordMemory& memory = passwordMemory();
    std::string password;
    {
        const std::lock_guard lock(memory.mutex);
        if (const auto it = memory.typed.find(conninfo); it != memory.typed.end())
            password = it->second;
    }
    PGconn* conn = nullptr;
    if (password.empty()) {
        conn = PQconnectdb(conninfo.c_str());
    } else {
        const char* const keywords[] = {"dbname", "password", nullptr};
        const char* const values[] = {conninfo.c_str(), password.c_str(), nullptr};
        conn = PQconnectdbParams(keywords, values, 1);
        wipe(password);
    }
    const bool wanted = conn && PQstatus(conn) != CONNECTION_OK && PQconnectionNeedsPassword(conn);
    const std::lock_guard lock(memory.mutex);
    if (wanted)
        memory.wanted.insert(conninfo);
    else
        memory.wanted.erase(conninfo);
    return conn;
}

void SitePasswords::remember(const QString& address, const QString& password)
{
    PasswordMemory& memory = passwordMemory();
    const std::lock_guard lock(memory.mutex);
    std::string& kept = memory.typed[address.toStdString()];
    wipe(kept);
    kept = password.toStdString();
}

void SitePasswords::forget(const QString& address)
{
    PasswordMemory& memory = passwordMemory();
    const std::lock_guard lock(memory.mutex);
    if (const auto it = memory.typed.find(address.toStdString()); it != memory.typed.end()) {
        wipe(it->second);
        memory.typed.erase(it);
    }
}

bool SitePasswords::has(const QString& address)
{
    PasswordMemory& memory = passwordMemory();
    const std::lock_guard lock(memory.mutex);
    return memory.typed.count(address.toStdString()) > 0;
}

bool SitePasswords::wanted(const QString& address)
{
    PasswordMemory& memory = passwordMemory();
    const std::lock_guard lock(memory.mutex);
    return memory.wanted.count(address.toStdString()) > 0;
}

} // namespace fb::store::sql
