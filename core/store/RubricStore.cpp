#include "store/RubricStore.h"

#include "store/Database.h"
#include "store/SqlValues.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <cmath>
#include <set>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::RubricStore)
};

bool sameAttributes(const FullRubric& a, const FullRubric& b)
{
    if (a.attributes.size() != b.attributes.size())
        return false;
    for (size_t i = 0; i < a.attributes.size(); ++i) {
        const auto& x = a.attributes[i];
        const auto& y = b.attributes[i];
        if (x.name != y.name || x.description != y.description || x.weight != y.weight || x.yesNo != y.yesNo ||
            x.naAllowed != y.naAllowed || x.critical != y.critical)
            return false;
        auto levels = [](const FullRubric& r, const RubricAttribute& at) {
            std::vector<std::string> l;
            if (auto it = r.anchors.find(at.name); it != r.anchors.end())
                l = it->second;
            l.resize(at.yesNo ? 2 : 5);
            return l;
        };
        if (levels(a, x) != levels(b, y))
            return false;
    }
    return true;
}

} // namespace

Result<std::vector<RubricVersionInfo>> rubricVersions(Database& db)
{
    try {
        std::vector<RubricVersionInfo> out;
        SQLite::Statement st(db.sql(), "SELECT r.version, r.created_at, coalesce(r.note, ''), "
                                       "(SELECT count(*) FROM qa_evaluations e WHERE e.rubric_version = r.version) "
                                       "FROM rubrics r ORDER BY r.version");
        while (st.executeStep())
            out.push_back({st.getColumn(0).getInt(), QString::fromStdString(st.getColumn(1).getString()),
                           QString::fromStdString(st.getColumn(2).getString()), st.getColumn(3).getInt()});
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read rubric versions"), e);
    }
}

Result<FullRubric> loadRubric(Database& db, int version)
{
    try {
        FullRubric r;
        if (version <= 0)
            version = db.sql().execAndGet("SELECT coalesce(max(version), 0) FROM rubrics").getInt();
        SQLite::Statement head(db.sql(), "SELECT created_at, coalesce(note, '') FROM rubrics WHERE version = ?");
        head.bind(1, version);
        if (!head.executeStep())
            return Error::plain(Tr::tr("rubric version %1 does not exist").arg(version));
        r.version = version;
        r.createdAt = QString::fromStdString(head.getColumn(0).getString());
        r.note = QString::fromStdString(head.getColumn(1).getString());
        SQLite::Statement st(db.sql(), "SELECT name, coalesce(description, ''), weight, scale, na_allowed, critical "
                                       "FROM rubric_attributes WHERE version = ? ORDER BY position");
        st.bind(1, version);
        while (st.executeStep()) {
            RubricAttribute a;
            a.name = st.getColumn(0).getString();
            a.description = st.getColumn(1).getString();
            a.weight = st.getColumn(2).getDouble();
            a.yesNo = st.getColumn(3).getString() == "yes/no";
            a.naAllowed = st.getColumn(4).getInt() != 0;
            a.critical = st.getColumn(5).getInt() != 0;
            r.anchors[a.name].assign(a.yesNo ? 2 : 5, std::string());
            r.attributes.push_back(std::move(a));
        }
        SQLite::Statement an(db.sql(), "SELECT attribute, level, description FROM rubric_anchors WHERE version = ?");
        an.bind(1, version);
        while (an.executeStep()) {
            auto it = r.anchors.find(an.getColumn(0).getString());
            const int level = an.getColumn(1).getInt();
            if (it != r.anchors.end() && level >= 0 && size_t(level) < it->second.size())
                it->second[size_t(level)] = an.getColumn(2).getString();
        }
        return r;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read the rubric"), e);
    }
}

Status validateRubric(const FullRubric& rubric)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z][a-z0-9_]*$"));
    static const std::set<std::string> reserved{"evaluation_id",  "agent_id",       "evaluator", "evaluated_at",
                                                "interaction_id", "rubric_version", "comment"};
    if (rubric.attributes.empty())
        return Error::plain(Tr::tr("A rubric needs at least one attribute."));
    std::set<std::string> names;
    double total = 0;
    for (const auto& a : rubric.attributes) {
        const QString name = QString::fromStdString(a.name);
        if (!identifier.match(name).hasMatch())
            return Error::plain(
                Tr::tr("Attribute name '%1' must start with a letter and use only a-z, 0-9 and _.").arg(name));
        if (reserved.count(a.name))
            return Error::plain(
                Tr::tr("'%1' is a column of the evaluations file and cannot be an attribute.").arg(name));
        if (!names.insert(a.name).second)
            return Error::plain(Tr::tr("Attribute '%1' appears twice.").arg(name));
        if (!std::isfinite(a.weight) || a.weight < 0)
            return Error::plain(Tr::tr("The weight of '%1' must be 0 or more.").arg(name));
        total += a.weight;
    }
    if (!(total > 0))
        return Error::plain(Tr::tr("At least one attribute needs a weight above 0."));
    return {};
}

Result<int> saveRubricVersion(Database& db, const FullRubric& rubric)
{
    if (auto v = validateRubric(rubric); !v)
        return v.error();
    auto current = loadRubric(db);
    if (current && sameAttributes(current.value(), rubric))
        return current->version;
    try {
        SQLite::Transaction tx(db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
        const int version = db.sql().execAndGet("SELECT coalesce(max(version), 0) + 1 FROM rubrics").getInt();
        SQLite::Statement head(db.sql(), "INSERT INTO rubrics(version, created_at, note) "
                                         "VALUES (?, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), ?)");
        head.bind(1, version);
        head.bind(2, rubric.note.toStdString());
        head.exec();
        SQLite::Statement attr(db.sql(), "INSERT INTO rubric_attributes(version, position, name, description, weight, "
                                         "scale, na_allowed, critical) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        SQLite::Statement anchor(
            db.sql(), "INSERT INTO rubric_anchors(version, attribute, level, description) VALUES (?, ?, ?, ?)");
        int position = 0;
        for (const auto& a : rubric.attributes) {
            attr.bind(1, version);
            attr.bind(2, position++);
            attr.bind(3, a.name);
            attr.bind(4, a.description);
            attr.bind(5, a.weight);
            attr.bind(6, a.yesNo ? "yes/no" : "0-4");
            attr.bind(7, a.naAllowed ? 1 : 0);
            attr.bind(8, a.critical ? 1 : 0);
            attr.exec();
            attr.reset();
            if (auto it = rubric.anchors.find(a.name); it != rubric.anchors.end()) {
                const size_t levels = std::min(it->second.size(), size_t(a.yesNo ? 2 : 5));
                for (size_t level = 0; level < levels; ++level) {
                    if (QString::fromStdString(it->second[level]).trimmed().isEmpty())
                        continue;
                    anchor.bind(1, version);
                    anchor.bind(2, a.name);
                    anchor.bind(3, int(level));
                    anchor.bind(4, it->second[level]);
                    anchor.exec();
                    anchor.reset();
                }
            }
        }
        tx.commit();
        return version;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot save the rubric"), e);
    }
}

} // namespace fb::store
