#pragma once

#include <QLocale>
#include <QString>

#include <optional>

// The one number formatter. Two flavours: screen() for what a person reads in the
// window or a PDF (the system's QLocale, units through tr()), file() for CSV and CLI
// output (C locale, no translation, so files are the same on every machine).
namespace fb::format {

struct Style {
    QLocale locale;
    bool translated = true; // units and words through tr(); false for files
};

Style screen();                        // QLocale(), translated
Style screenIn(const QLocale& locale); // a given locale, translated (tests, previews)
Style file();                          // QLocale::c(), untranslated

QString number(double v, int decimals, const Style& s = screen());                             // "12.3", "1.234,5" (de)
QString compact(double v, int maxDecimals, const Style& s = screen());                         // "0.5", "2", never "-0"
QString signedNumber(double v, int decimals, const Style& s = screen());                       // "+1.2", "-0.5"
QString signedOrDash(const std::optional<double>& v, int decimals, const Style& s = screen()); // "—"
QString count(qint64 n, const Style& s = screen());                                            // "1234", "1.234" (de)
QString significant(double v, int digits, const Style& s = screen());        // "0.0123", "1.235e+06" (printf's %g)
QString percent(double proportion, int decimals, const Style& s = screen()); // 0.123 -> "12.3 %" / file "12.3%"
QString perThousand(double v, int decimals, const Style& s = screen());      // "4.2 ‰"
QString seconds(double v, const Style& s = screen());                        // "312 s"
QString outOfFive(double v, const Style& s = screen());                      // "3.46 /5"
QString meanWithN(const std::optional<double>& mean, qint64 n, int decimals,
                  const Style& s = screen());                                         // "72.5 (n = 12)"
QString interval(const QString& low, const QString& high, const Style& s = screen()); // "a to b"
QString pValue(const std::optional<double>& p, const Style& s = screen()); // "p = 0.012", "p < 0.001", "p n/a"

} // namespace fb::format
