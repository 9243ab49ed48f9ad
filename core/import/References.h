#pragma once

#include "common/Error.h"
#include "domain/Kinds.h"
#include "domain/Value.h"

#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace fb::store {
class Database;
}

namespace fb::import {

// Checks that the agents and teams a row names exist, creating them when
// the import allows it (--create-agents; an agents file creates its teams).
class References final {
public:
    // lookOnly: report unknown references but never write (import preview).
    static Result<References> load(store::Database& db, const KindSpec& spec, bool createMissing, QString file,
                                   bool lookOnly = false);

    // False with one error per unknown reference; creates what it may.
    bool resolve(std::vector<Value>& row, qint64 line, std::vector<Error>& errors);
    // Removes the agents the last resolve() created, when its row is rejected after all.
    Status undoRow();
    [[nodiscard]] qint64 createdAgents() const { return m_createdAgents; }
    // How refusals name the option that creates unknown agents ("--create-agents" in the CLI).
    void nameCreateOption(QString name) { m_createOption = std::move(name); }

private:
    References(store::Database& db, const KindSpec& spec, bool createMissing, QString file);
    store::Database* m_db;
    const KindSpec* m_spec;
    bool m_createMissing;
    bool m_lookOnly = false;
    QString m_file;
    QString m_createOption = QStringLiteral("--create-agents");
    std::unordered_set<std::string> m_agents;
    std::unordered_set<std::string> m_teams;
    std::unordered_set<std::string> m_pairs; // mentoring pairs, when a column refers to one
    qint64 m_createdAgents = 0;
    std::vector<std::string> m_createdThisRow;
};

} // namespace fb::import
