#include "import/HolidaysCsv.h"

#include "csv/CsvReader.h"

#include <QCoreApplication>
#include <QDate>

namespace fb::import {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::import::HolidaysCsv)
};

QString cell(const csv::Record& r, int column)
{
    return column >= 0 && static_cast<size_t>(column) < r.fields.size()
               ? QString::fromStdString(r.fields[static_cast<size_t>(column)]).trimmed()
               : QString();
}

} // namespace

Result<std::vector<SiteHoliday>> readHolidaysCsv(const QString& path)
{
    auto reader = csv::CsvReader::open(path);
    if (!reader)
        return reader.error();
    csv::Record header;
    if (!reader.value()->next(header))
        return Error(Tr::tr("the file is empty; it needs a header with day and name"), path);
    int dayColumn = -1;
    int nameColumn = -1;
    for (size_t i = 0; i < header.fields.size(); ++i) {
        const QString h = QString::fromStdString(header.fields[i]).trimmed().toLower();
        if (h == QLatin1String("day") || h == QLatin1String("date"))
            dayColumn = static_cast<int>(i);
        else if (h == QLatin1String("name"))
            nameColumn = static_cast<int>(i);
    }
    if (dayColumn < 0 || nameColumn < 0)
        return Error(Tr::tr("the header needs the columns day and name"), path, header.line);
    std::vector<SiteHoliday> holidays;
    csv::Record r;
    while (reader.value()->next(r)) {
        const QString dayText = cell(r, dayColumn);
        const QDate day = QDate::fromString(dayText, Qt::ISODate);
        if (!day.isValid())
            return Error(Tr::tr("not a date YYYY-MM-DD"), path, r.line, QStringLiteral("day"), dayText, true);
        const QString name = cell(r, nameColumn);
        if (name.isEmpty())
            return Error(Tr::tr("a holiday needs a name"), path, r.line, QStringLiteral("name"), name, true);
        holidays.push_back({day, name.toStdString()});
    }
    if (reader.value()->failed() || !reader.value()->problems().empty()) {
        const auto& p = reader.value()->problems().front();
        return Error(p.message, path, p.line);
    }
    return holidays;
}

} // namespace fb::import
