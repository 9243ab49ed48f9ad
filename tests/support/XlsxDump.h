#pragma once

// Reads a workbook back with openpyxl (tests/support/xlsx_dump.py), an
// independent reader, so the XLSX tests compare what a spreadsheet sees with
// what they wrote. FbTestSupport.h first: it must precede every Qt header.
#include "FbTestSupport.h"
#include "ProcessRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcessEnvironment>

namespace fbtest {

struct XlsxRead {
    bool missingReader = false; // python3-openpyxl is not installed: the test skips
    QString error;              // the reader failed (not a workbook, ...)
    QJsonObject book;           // {"sheets": [...]}, see xlsx_dump.py
};

inline XlsxRead readXlsx(const QString& file, int maxRows = -1)
{
    QStringList args{QStringLiteral(FB_XLSX_DUMP), file};
    if (maxRows >= 0)
        args << QString::number(maxRows);
    const ProcessRun run = runProcess(QStringLiteral(FB_PYTHON3), args, QProcessEnvironment::systemEnvironment());
    XlsxRead r;
    if (run.exitCode == 77) {
        r.missingReader = true;
        return r;
    }
    if (run.exitCode != 0) {
        r.error = QStringLiteral("xlsx_dump.py exited %1: %2").arg(run.exitCode).arg(run.err);
        return r;
    }
    r.book = QJsonDocument::fromJson(run.out.toUtf8()).object();
    return r;
}

// A cell as "t:value:format" ("n:0.5:0.0%", "s:=1+2:General", "d:2026-03-02T00:00:00:yyyy-mm-dd"),
// or "" for a blank cell: one string per cell keeps the expectations readable.
inline QString cellText(const QJsonValue& cell)
{
    if (cell.isNull())
        return {};
    const QJsonObject c = cell.toObject();
    const QJsonValue v = c.value(QLatin1String("v"));
    const QString value = v.isString() ? v.toString()
                          : v.isBool() ? QString::number(v.toBool())
                                       : QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    return c.value(QLatin1String("t")).toString() + QLatin1Char(':') + value + QLatin1Char(':') +
           c.value(QLatin1String("f")).toString();
}

inline QStringList rowText(const QJsonObject& sheet, int row)
{
    QStringList out;
    for (const auto& cell : sheet.value(QLatin1String("cells")).toArray().at(row).toArray())
        out << cellText(cell);
    return out;
}

} // namespace fbtest

// In a test function: reads `file` into `read`, skipping when openpyxl is missing.
#define FB_READ_XLSX(read, ...)                                                                                        \
    const fbtest::XlsxRead read = fbtest::readXlsx(__VA_ARGS__);                                                       \
    if (read.missingReader)                                                                                            \
        QSKIP("python3-openpyxl is not installed (scripts/install-deps.sh installs it)");                              \
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error))
