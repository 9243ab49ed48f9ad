#include "import/References.h"

#include "store/Catalog.h"
#include "store/MentoringStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace fb::import {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::import::References)
};

} // namespace

References::References(store::Database& db, const KindSpec& spec, bool createMissing, QString file)
    : m_db(&db), m_spec(&spec), m_createMissing(createMissing), m_file(std::move(file))
{
}

Result<References> References::load(store::Database& db, const KindSpec& spec, bool createMissing, QString file,
                                    bool lookOnly)
{
    References refs(db, spec, createMissing, std::move(file));
    refs.m_lookOnly = lookOnly;
    auto agents = store::agentIds(db);
    if (!agents)
        return agents.error();
    auto teams = store::teamNames(db);
    if (!teams)
        return teams.error();
    refs.m_agents = std::move(agents.value());
    refs.m_teams = std::move(teams.value());
    const auto& cols = spec.columns;
    if (std::any_of(cols.begin(), cols.end(),
                    [](const ColumnSpec& c) { return c.reference == Reference::MentoringPair; })) {
        auto pairs = store::mentoringPairIds(db);
        if (!pairs)
            return pairs.error();
        refs.m_pairs = std::move(pairs.value());
    }
    return refs;
}

bool References::resolve(std::vector<Value>& row, qint64 line, std::vector<Error>& errors)
{
    bool ok = true;
    m_createdThisRow.clear();
    for (size_t c = 0; c < m_spec->columns.size(); ++c) {
        const ColumnSpec& column = m_spec->columns[c];
        const auto* id = std::get_if<std::string>(&row[c]);
        if (column.reference == Reference::None || !id)
            continue;
        const auto columnName = [&column] { return QString::fromStdString(column.name); };
        // Sessions name a pair that must exist: a pair is never made up from a session.
        if (column.reference == Reference::MentoringPair && !m_pairs.count(*id)) {
            errors.push_back(Error(Tr::tr("unknown mentoring pair; import the mentoring pairs "
                                          "first"),
                                   m_file, line, columnName(), QString::fromStdString(*id), true));
            ok = false;
            continue;
        }
        if (column.reference == Reference::Agent && !m_agents.count(*id)) {
            if (!m_createMissing) {
                errors.push_back(Error(Tr::tr("unknown agent; import the agents first, or use "
                                              "%1 to create it in team Unassigned")
                                           .arg(m_createOption),
                                       m_file, line, columnName(), QString::fromStdString(*id), true));
                ok = false;
                continue;
            }
            if (m_lookOnly)
                continue;
            if (auto st = store::createPlaceholderAgent(*m_db, *id); !st) {
                errors.push_back(Error(st.error().reason, m_file, line, columnName()));
                ok = false;
                continue;
            }
            m_agents.insert(*id);
            m_teams.insert("Unassigned");
            m_createdThisRow.push_back(*id);
            ++m_createdAgents;
        }
        // An agents file defines its teams; other kinds must name known ones.
        if (column.reference == Reference::Team && !m_teams.count(*id)) {
            if (m_spec->kind != Kind::Agents && !m_createMissing) {
                errors.push_back(Error(Tr::tr("unknown team; import the agents of that team "
                                              "first, or use %1 to create it")
                                           .arg(m_createOption),
                                       m_file, line, columnName(), QString::fromStdString(*id), true));
                ok = false;
                continue;
            }
            if (m_lookOnly)
                continue;
            if (auto st = store::ensureTeam(*m_db, *id); !st) {
                errors.push_back(Error(st.error().reason, m_file, line, columnName()));
                ok = false;
                continue;
            }
            m_teams.insert(*id);
        }
    }
    return ok;
}

Status References::undoRow()
{
    for (const auto& id : m_createdThisRow) {
        if (auto st = store::removePlaceholderAgent(*m_db, id); !st)
            return st;
        m_agents.erase(id);
        --m_createdAgents;
    }
    m_createdThisRow.clear();
    return {};
}

} // namespace fb::import
