#include "import/BehaviorsCsv.h"

#include "csv/CsvReader.h"

#include <QCoreApplication>

namespace fb::import {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::import::BehaviorsCsv)
};

QString cell(const csv::Record& r, int column)
{
    return column >= 0 && static_cast<size_t>(column) < r.fields.size()
               ? QString::fromStdString(r.fields[static_cast<size_t>(column)]).trimmed()
               : QString();
}

} // namespace

Result<std::vector<RecognitionBehavior>> readBehaviorsCsv(const QString& path)
{
    auto reader = csv::CsvReader::open(path);
    if (!reader)
        return reader.error();
    csv::Record header;
    if (!reader.value()->next(header))
        return Error(Tr::tr("the file is empty; it needs a header with name (and measure)"), path);
    int nameColumn = -1;
    int measureColumn = -1;
    for (size_t i = 0; i < header.fields.size(); ++i) {
        const QString h = QString::fromStdString(header.fields[i]).trimmed().toLower();
        if (h == QLatin1String("name") || h == QLatin1String("behavior") || h == QLatin1String("behaviour"))
            nameColumn = static_cast<int>(i);
        else if (h == QLatin1String("measure"))
            measureColumn = static_cast<int>(i);
    }
    if (nameColumn < 0)
        return Error(Tr::tr("the header needs the column name"), path, header.line);
    std::vector<RecognitionBehavior> list;
    csv::Record r;
    while (reader.value()->next(r)) {
        const QString name = cell(r, nameColumn);
        if (name.isEmpty())
            return Error(Tr::tr("a behaviour needs a name"), path, r.line, QStringLiteral("name"), name, true);
        list.push_back({name.toStdString(), cell(r, measureColumn).toStdString()});
    }
    if (reader.value()->failed() || !reader.value()->problems().empty()) {
        const auto& p = reader.value()->problems().front();
        return Error(p.message, path, p.line);
    }
    if (list.empty())
        return Error(Tr::tr("the list is empty; keep at least one behaviour"), path);
    return list;
}

} // namespace fb::import
