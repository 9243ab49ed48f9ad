#include "import/HeaderMapping.h"

#include <QCoreApplication>

#include <set>

namespace fb::import {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::import::HeaderMapping)
};

} // namespace

QString normalisedHeader(const QString& header)
{
    QString out;
    for (QChar c : header) {
        if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-'))
            continue;
        out += c.toLower();
    }
    return out;
}

HeaderMapping mapHeader(const KindSpec& spec, const std::vector<std::string>& header, const ColumnMap& map,
                        const QString& file, const QString& mapHowTo)
{
    HeaderMapping m;
    m.sources.resize(spec.columns.size());
    std::vector<QString> names;
    for (const auto& h : header)
        names.push_back(normalisedHeader(QString::fromStdString(h)));

    auto findSource = [&](const QString& wanted, const QString& columnName) -> int {
        const QString key = normalisedHeader(wanted);
        int found = -1;
        for (int i = 0; i < int(names.size()); ++i) {
            if (names[i] != key)
                continue;
            if (found >= 0) {
                m.errors.push_back(Error(Tr::tr("the header names '%1' twice (columns %2 and %3); rename one")
                                             .arg(wanted)
                                             .arg(found + 1)
                                             .arg(i + 1),
                                         file, 1, columnName));
                return found;
            }
            found = i;
        }
        return found;
    };

    // The key only, as a plain variable: Clang before 16 refuses to capture a
    // structured binding in the lambda.
    for (const auto& source : map.sources) {
        const std::string& target = source.first;
        const bool known = std::any_of(spec.columns.begin(), spec.columns.end(),
                                       [&](const ColumnSpec& c) { return c.name == target; });
        if (!known)
            m.errors.push_back(Error(Tr::tr("--map names %1, which is not a column of %2")
                                         .arg(QString::fromStdString(target), QString::fromStdString(spec.name)),
                                     file));
    }

    std::set<int> used;
    for (size_t c = 0; c < spec.columns.size(); ++c) {
        const ColumnSpec& column = spec.columns[c];
        const QString columnName = QString::fromStdString(column.name);
        const auto mapped = map.sources.find(column.name);
        if (mapped != map.sources.end()) {
            for (const QString& part : mapped->second) {
                const int index = findSource(part, columnName);
                if (index < 0) {
                    m.errors.push_back(Error(
                        Tr::tr("--map %1 names the column '%2', which the file does not have").arg(columnName, part),
                        file, 1, columnName));
                    continue;
                }
                m.sources[c].push_back(index);
                used.insert(index);
            }
            continue;
        }
        const int index = findSource(columnName, columnName);
        if (index >= 0) {
            m.sources[c].push_back(index);
            used.insert(index);
        } else if (column.required) {
            QStringList present;
            for (const auto& h : header)
                present << QString::fromStdString(h);
            const QString how = mapHowTo.contains(QStringLiteral("%1")) ? mapHowTo.arg(columnName) : mapHowTo;
            m.errors.push_back(Error(Tr::tr("missing required column %1 (the header has: %2); add it or map it with %3")
                                         .arg(columnName, present.join(QStringLiteral(", ")), how),
                                     file, 1, columnName));
        }
    }
    for (int i = 0; i < int(header.size()); ++i)
        if (!used.count(i))
            m.warnings.push_back(Tr::tr("column '%1' is not a column of %2 and was ignored")
                                     .arg(QString::fromStdString(header[i]), QString::fromStdString(spec.name)));
    return m;
}

} // namespace fb::import
