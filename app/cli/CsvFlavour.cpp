// --excel and --excel-locale: "Excel on this computer" for every CSV a command writes.
#include "Cli.h"

#include <QLocale>

namespace fb::cli {
namespace {

// Set once by main() from the command line; the CLI runs one command per process.
std::optional<QLocale> g_excel;

// "de_DE", "de-DE", "en_US", ...; an unknown name makes QLocale fall back to C.
std::optional<QLocale> localeNamed(const QString& name)
{
    const QLocale locale(name);
    if (locale.language() == QLocale::C || name.compare(QLatin1String("C"), Qt::CaseInsensitive) == 0)
        return std::nullopt;
    return locale;
}

} // namespace

bool takeExcelOptions(QStringList& args)
{
    const QLatin1String excel("--excel"), named("--excel-locale"), namedEq("--excel-locale=");
    for (qsizetype i = 1; i < args.size();) {
        QString name;
        if (args[i] == excel) {
            args.removeAt(i);
            g_excel = QLocale::system();
            continue;
        }
        if (args[i] == named) {
            if (i + 1 >= args.size()) {
                printError(QStringLiteral("--excel-locale needs a locale name, e.g. de_DE or en_US"));
                return false;
            }
            name = args[i + 1];
            args.remove(i, 2);
        } else if (args[i].startsWith(namedEq)) {
            name = args[i].mid(namedEq.size());
            args.removeAt(i);
        } else {
            ++i;
            continue;
        }
        g_excel = localeNamed(name);
        if (!g_excel) {
            printError(QStringLiteral("--excel-locale: unknown locale '%1' (e.g. de_DE or en_US)").arg(name));
            return false;
        }
    }
    return true;
}

std::optional<QLocale> excelLocale()
{
    return g_excel;
}

csv::WriterOptions reportCsvOptions(csv::WriterOptions base)
{
    return g_excel ? csv::excelOptions(*g_excel, base) : base;
}

} // namespace fb::cli
