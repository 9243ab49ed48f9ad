#include "store/Browse.h"

#include "domain/ChoiceLabels.h"
#include "store/Database.h"
#include "store/SqlValues.h"

#include <QCoreApplication>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
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
// (bound as :a0, :a1, ... since attribute names are data).
std::string selectList(const KindSpec& spec)
{
    std::string out;
    int scoreIndex = 0;
    for (const auto& c : spec.columns) {
        if (!out.empty())
            out += ", ";
        if (c.type == ColumnType::Score)
            out += fmt::format("(SELECT score FROM qa_scores s WHERE s.evaluation_id = t.{} AND s.attribute = :a{})",
                               spec.columns[0].storeName(), scoreIndex++);
        else
            out += "t." + c.storeName();
    }
    return out;
}

void bindAttributes(SQLite::Statement& st, const KindSpec& spec)
{
    int scoreIndex = 0;
    for (const auto& c : spec.columns)
        if (c.type == ColumnType::Score)
            st.bind(fmt::format(":a{}", scoreIndex++), c.name);
}

const ColumnSpec* findColumn(const KindSpec& spec, const std::string& name)
{
    for (const auto& c : spec.columns)
        if (c.name == name && c.type != ColumnType::Score)
            return &c;
    return nullptr;
}

std::vector<Value> readRow(SQLite::Statement& st, const KindSpec& spec)
{
    std::vector<Value> row;
    row.reserve(spec.columns.size());
    for (int i = 0; i < int(spec.columns.size()); ++i)
        row.push_back(columnValue(st.getColumn(i), spec.columns[i].type));
    return row;
}

Error browseError(Database& db, const KindSpec& spec, const SQLite::Exception& e)
{
    return Error{Tr::tr("cannot read %1: %2").arg(QString::fromStdString(spec.name), QString::fromUtf8(e.what())),
                 db.path()};
}

} // namespace

Result<Page> browse(Database& db, const KindSpec& spec, const std::string& afterKey, int limit,
                    const BrowseFilter& filter)
{
    const std::string& key = spec.columns[0].storeName();
    std::string where = fmt::format("t.{} > :after", key);
    const ColumnSpec* eqColumn = filter.column ? findColumn(spec, *filter.column) : nullptr;
    if (filter.column && !eqColumn)
        return Error::plain(Tr::tr("%1 has no column %2")
                                .arg(QString::fromStdString(spec.name), QString::fromStdString(*filter.column)));
    if (eqColumn)
        where += fmt::format(" AND t.{} = :eq", eqColumn->storeName());
    // A choice column is also searched as the table shows it: "Ausgeschieden" finds "left".
    std::vector<std::string> labelled;
    if (!filter.contains.empty()) {
        std::string any;
        for (const auto& c : spec.columns) {
            if (c.type != ColumnType::Text && c.type != ColumnType::Enum)
                continue;
            any += (any.empty() ? "" : " OR ") + fmt::format("t.{} LIKE :like ESCAPE '\\'", c.storeName());
            if (c.type != ColumnType::Enum)
                continue;
            std::string marks;
            for (auto& value : choiceValuesMatching(c.name, QString::fromStdString(filter.contains))) {
                marks += fmt::format("{}:label{}", marks.empty() ? "" : ", ", labelled.size());
                labelled.push_back(std::move(value));
            }
            if (!marks.empty())
                any += fmt::format(" OR t.{} IN ({})", c.storeName(), marks);
        }
        where += " AND (" + any + ")";
    }
    try {
        SQLite::Statement st(db.sql(), fmt::format("SELECT {} FROM {} t WHERE {} ORDER BY t.{} LIMIT :limit",
                                                   selectList(spec), spec.table, where, key));
        bindAttributes(st, spec);
        st.bind(":after", afterKey);
        if (eqColumn)
            st.bind(":eq", filter.equals);
        if (!filter.contains.empty()) {
            std::string pattern;
            for (char ch : filter.contains) {
                if (ch == '%' || ch == '_' || ch == '\\')
                    pattern += '\\';
                pattern += ch;
            }
            st.bind(":like", "%" + pattern + "%");
            for (size_t i = 0; i < labelled.size(); ++i)
                st.bind(fmt::format(":label{}", i), labelled[i]);
        }
        st.bind(":limit", limit);
        Page page;
        while (st.executeStep())
            page.rows.push_back(readRow(st, spec));
        page.atEnd = int(page.rows.size()) < limit;
        if (!page.rows.empty())
            page.lastKey = valueToText(page.rows.back()[0]);
        else
            page.lastKey = afterKey;
        return page;
    } catch (const SQLite::Exception& e) {
        return browseError(db, spec, e);
    }
}

Status forEachRow(Database& db, const KindSpec& spec, const std::function<bool(const std::vector<Value>&)>& visit)
{
    try {
        SQLite::Statement st(db.sql(), fmt::format("SELECT {} FROM {} t ORDER BY t.{}", selectList(spec), spec.table,
                                                   spec.columns[0].storeName()));
        bindAttributes(st, spec);
        std::vector<Value> row(spec.columns.size());
        while (st.executeStep()) {
            for (int i = 0; i < int(spec.columns.size()); ++i)
                row[i] = columnValue(st.getColumn(i), spec.columns[i].type);
            if (!visit(row))
                break;
        }
        return {};
    } catch (const SQLite::Exception& e) {
        return browseError(db, spec, e);
    }
}

} // namespace fb::store
