#include "store/Browse.h"

#include "domain/ChoiceLabels.h"
#include "store/Database.h"
#include "store/Query.h"

#include <QCoreApplication>

#include <fmt/format.h>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::Browse)
};

} // namespace

namespace {

// SELECT list in spec order; rubric scores come from qa_scores per attribute
// (bound, since attribute names are data: the statement's first parameters).
std::string selectList(const KindSpec& spec)
{
    std::string out;
    for (const auto& c : spec.columns) {
        if (!out.empty())
            out += ", ";
        if (c.type == ColumnType::Score)
            out += fmt::format("(SELECT score FROM qa_scores s WHERE s.evaluation_id = t.{} AND s.attribute = ?)",
                               spec.columns[0].storeName());
        else
            out += "t." + c.storeName();
    }
    return out;
}

// Binds the score attributes of the SELECT list (parameters 1, 2, ...);
// returns the next parameter's number.
int bindAttributes(Query& st, const KindSpec& spec)
{
    int index = 1;
    for (const auto& c : spec.columns)
        if (c.type == ColumnType::Score)
            st.bind(index++, c.name);
    return index;
}

const ColumnSpec* findColumn(const KindSpec& spec, const std::string& name)
{
    for (const auto& c : spec.columns)
        if (c.name == name && c.type != ColumnType::Score)
            return &c;
    return nullptr;
}

std::vector<Value> readRow(const Query& st, const KindSpec& spec)
{
    std::vector<Value> row;
    row.reserve(spec.columns.size());
    for (int i = 0; i < int(spec.columns.size()); ++i)
        row.push_back(st.value(i, spec.columns[i].type));
    return row;
}

// The statements of this file are made with an empty `what`, so a failed
// one's reason is the engine's message alone; it goes into this file's own
// sentence, which names the kind.
Error browseError(Database& db, const KindSpec& spec, const Query& st)
{
    return Error{Tr::tr("cannot read %1: %2").arg(QString::fromStdString(spec.name), st.error().reason), db.path()};
}

} // namespace

Result<Page> browse(Database& db, const KindSpec& spec, const std::string& afterKey, int limit,
                    const BrowseFilter& filter)
{
    const std::string& key = spec.columns[0].storeName();
    // Parameters after the score attributes, in the order their `?` stand.
    std::vector<std::string> binds{afterKey};
    std::string where = fmt::format("t.{} > ?", key);
    const ColumnSpec* eqColumn = filter.column ? findColumn(spec, *filter.column) : nullptr;
    if (filter.column && !eqColumn)
        return Error::plain(Tr::tr("%1 has no column %2")
                                .arg(QString::fromStdString(spec.name), QString::fromStdString(*filter.column)));
    if (eqColumn) {
        where += fmt::format(" AND t.{} = ?", eqColumn->storeName());
        binds.push_back(filter.equals);
    }
    // A choice column is also searched as the table shows it: "Ausgeschieden" finds "left".
    if (!filter.contains.empty()) {
        std::string like = "%";
        for (char ch : filter.contains) {
            if (ch == '%' || ch == '_' || ch == '\\')
                like += '\\';
            like += ch;
        }
        like += '%';
        std::string any;
        for (const auto& c : spec.columns) {
            if (c.type != ColumnType::Text && c.type != ColumnType::Enum)
                continue;
            any += (any.empty() ? "" : " OR ") + fmt::format("t.{} LIKE ? ESCAPE '\\'", c.storeName());
            binds.push_back(like);
            if (c.type != ColumnType::Enum)
                continue;
            std::string marks;
            for (auto& value : choiceValuesMatching(c.name, QString::fromStdString(filter.contains))) {
                marks += marks.empty() ? "?" : ", ?";
                binds.push_back(std::move(value));
            }
            if (!marks.empty())
                any += fmt::format(" OR t.{} IN ({})", c.storeName(), marks);
        }
        where += " AND (" + any + ")";
    }
    Query st(
        db, fmt::format("SELECT {} FROM {} t WHERE {} ORDER BY t.{} LIMIT ?", selectList(spec), spec.table, where, key),
        QString());
    int index = bindAttributes(st, spec);
    for (const auto& value : binds)
        st.bind(index++, value);
    st.bind(index, limit);
    Page page;
    while (st.next())
        page.rows.push_back(readRow(st, spec));
    if (!st.ok())
        return browseError(db, spec, st);
    page.atEnd = int(page.rows.size()) < limit;
    if (!page.rows.empty())
        page.lastKey = valueToText(page.rows.back()[0]);
    else
        page.lastKey = afterKey;
    return page;
}

Status forEachRow(Database& db, const KindSpec& spec, const std::function<bool(const std::vector<Value>&)>& visit)
{
    Query st(
        db, fmt::format("SELECT {} FROM {} t ORDER BY t.{}", selectList(spec), spec.table, spec.columns[0].storeName()),
        QString());
    bindAttributes(st, spec);
    std::vector<Value> row(spec.columns.size());
    while (st.next()) {
        for (int i = 0; i < int(spec.columns.size()); ++i)
            row[i] = st.value(i, spec.columns[i].type);
        if (!visit(row))
            break;
    }
    if (!st.ok())
        return browseError(db, spec, st);
    return {};
}

} // namespace fb::store
