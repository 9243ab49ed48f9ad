#include "store/RubricStore.h"

#include "store/Database.h"
#include "store/Query.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
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
    std::vector<RubricVersionInfo> out;
    Query st(db,
             "SELECT r.version, r.created_at, coalesce(r.note, ''), "
             "(SELECT count(*) FROM qa_evaluations e WHERE e.rubric_version = r.version) "
             "FROM rubrics r ORDER BY r.version",
             Tr::tr("cannot read rubric versions"));
    while (st.next())
        out.push_back({static_cast<int>(st.integer(0)), st.qtext(1), st.qtext(2), static_cast<int>(st.integer(3))});
    if (!st.ok())
        return st.error();
    return out;
}

Result<FullRubric> loadRubric(Database& db, int version)
{
    const QString what = Tr::tr("cannot read the rubric");
    FullRubric r;
    if (version <= 0) {
        const auto latest = scalar(db, "SELECT coalesce(max(version), 0) FROM rubrics", what);
        if (!latest)
            return latest.error();
        version = static_cast<int>(*latest);
    }
    Query head(db, "SELECT created_at, coalesce(note, '') FROM rubrics WHERE version = ?", what);
    head.bind(1, version);
    if (!head.next()) {
        if (!head.ok())
            return head.error();
        return Error::plain(Tr::tr("rubric version %1 does not exist").arg(version));
    }
    r.version = version;
    r.createdAt = head.qtext(0);
    r.note = head.qtext(1);
    Query st(db,
             "SELECT name, coalesce(description, ''), weight, scale, na_allowed, critical "
             "FROM rubric_attributes WHERE version = ? ORDER BY position",
             what);
    st.bind(1, version);
    while (st.next()) {
        RubricAttribute a;
        a.name = st.text(0);
        a.description = st.text(1);
        a.weight = st.real(2);
        a.yesNo = st.text(3) == "yes/no";
        a.naAllowed = st.integer(4) != 0;
        a.critical = st.integer(5) != 0;
        r.anchors[a.name].assign(a.yesNo ? 2 : 5, std::string());
        r.attributes.push_back(std::move(a));
    }
    if (!st.ok())
        return st.error();
    Query an(db, "SELECT attribute, level, description FROM rubric_anchors WHERE version = ?", what);
    an.bind(1, version);
    while (an.next()) {
        auto it = r.anchors.find(an.text(0));
        const int level = static_cast<int>(an.integer(1));
        if (it != r.anchors.end() && level >= 0 && size_t(level) < it->second.size())
            it->second[size_t(level)] = an.text(2);
    }
    if (!an.ok())
        return an.error();
    return r;
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
    const QString what = Tr::tr("cannot save the rubric");
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const auto next = scalar(db, "SELECT coalesce(max(version), 0) + 1 FROM rubrics", what);
    if (!next)
        return next.error();
    const int version = static_cast<int>(*next);
    Query head(db, "INSERT INTO rubrics(version, created_at, note) VALUES (?, ?, ?)", what);
    // Local time, as SQLite's strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') wrote it.
    head.bind(1, version).bind(2, QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")));
    head.bind(3, rubric.note.toStdString());
    if (auto s = head.run(); !s)
        return s.error();
    // Prepared once and run again for each attribute and level; one that
    // cannot be prepared fails the save even when it would not run.
    Query attr(db,
               "INSERT INTO rubric_attributes(version, position, name, description, weight, "
               "scale, na_allowed, critical) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
               what);
    if (!attr.ok())
        return attr.error();
    Query anchor(db, "INSERT INTO rubric_anchors(version, attribute, level, description) VALUES (?, ?, ?, ?)", what);
    if (!anchor.ok())
        return anchor.error();
    int position = 0;
    for (const auto& a : rubric.attributes) {
        attr.bind(1, version).bind(2, position++).bind(3, a.name).bind(4, a.description).bind(5, a.weight);
        attr.bind(6, a.yesNo ? "yes/no" : "0-4").bind(7, a.naAllowed ? 1 : 0).bind(8, a.critical ? 1 : 0);
        if (auto s = attr.run(); !s)
            return s.error();
        attr.reset();
        if (auto it = rubric.anchors.find(a.name); it != rubric.anchors.end()) {
            const size_t levels = std::min(it->second.size(), size_t(a.yesNo ? 2 : 5));
            for (size_t level = 0; level < levels; ++level) {
                if (QString::fromStdString(it->second[level]).trimmed().isEmpty())
                    continue;
                anchor.bind(1, version).bind(2, a.name).bind(3, int(level)).bind(4, it->second[level]);
                if (auto s = anchor.run(); !s)
                    return s.error();
                anchor.reset();
            }
        }
    }
    if (auto s = (*tx)->commit(); !s)
        return s.error();
    return version;
}

} // namespace fb::store
