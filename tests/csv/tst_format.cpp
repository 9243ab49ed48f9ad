// fb::format: the one number formatter, in the screen flavour under the C and the
// German locale (passed explicitly) and in the file flavour. Expected strings are
// written out by hand from the conventions: C "12.3", German "12,3" with "." grouping.
#include "common/DateFormat.h"
#include "common/Format.h"

#include <QTest>

using namespace fb;
using namespace Qt::StringLiterals;

namespace {

format::Style styleNamed(const QString& name)
{
    if (name == u"file")
        return format::file();
    return format::screenIn(name == u"de" ? QLocale(QLocale::German, QLocale::Germany) : QLocale::c());
}

} // namespace

class TestFormat final : public QObject {
    Q_OBJECT

private slots:
    void numbers_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("style");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const char* kind, const char* style, double v, int d, const QString& e) {
            QTest::newRow(name) << QString::fromLatin1(kind) << QString::fromLatin1(style) << v << d << e;
        };
        row("number C", "number", "C", 12.345, 1, u"12.3"_s);
        row("number de", "number", "de", 12.345, 1, u"12,3"_s);
        row("number de grouped", "number", "de", 1234.5, 1, u"1.234,5"_s);
        row("number file", "number", "file", 1234.5, 1, u"1234.5"_s);
        row("number negative de", "number", "de", -0.25, 2, u"-0,25"_s);
        row("compact C", "compact", "C", 0.5, 2, u"0.5"_s);
        row("compact C whole", "compact", "C", 2.0, 2, u"2"_s);
        row("compact C minus zero", "compact", "C", -0.001, 2, u"0"_s);
        row("compact C 10", "compact", "C", 10.0, 2, u"10"_s);
        row("compact de", "compact", "de", 1.25, 2, u"1,25"_s);
        row("compact de trailing", "compact", "de", 1.5, 2, u"1,5"_s);
        row("compact de minus zero", "compact", "de", -0.001, 2, u"0"_s);
        row("signed C plus", "signed", "C", 1.24, 1, u"+1.2"_s);
        row("signed C minus", "signed", "C", -0.5, 1, u"-0.5"_s);
        row("signed C zero", "signed", "C", 0.0, 1, u"+0.0"_s);
        row("signed C rounds to zero", "signed", "C", -0.04, 1, u"+0.0"_s); // never "-0.0"
        row("signed C negative zero", "signed", "C", -0.0, 2, u"+0.00"_s);
        row("signed C just below", "signed", "C", -0.05, 1, u"-0.1"_s);
        row("signed de rounds to zero", "signed", "de", -0.004, 2, u"+0,00"_s);
        row("signed de minus", "signed", "de", -1234.56, 1, u"-1.234,6"_s);
        row("signed de", "signed", "de", 1.24, 1, u"+1,2"_s);
        row("percent C", "percent", "C", 0.123, 1, u"12.3 %"_s);
        row("percent de", "percent", "de", 0.123, 1, u"12,3 %"_s);
        row("percent file", "percent", "file", 0.123, 1, u"12.3%"_s);
        row("per thousand C", "perThousand", "C", 4.24, 1, u"4.2 ‰"_s);
        row("per thousand de", "perThousand", "de", 4.24, 1, u"4,2 ‰"_s);
        row("seconds C", "seconds", "C", 312.4, 0, u"312 s"_s);
        row("seconds de", "seconds", "de", 1312.6, 0, u"1.313 s"_s);
        row("seconds file", "seconds", "file", 1312.6, 0, u"1313 s"_s);
        row("out of five C", "outOfFive", "C", 3.456, 2, u"3.46 /5"_s);
        row("out of five de", "outOfFive", "de", 3.456, 2, u"3,46 /5"_s);
        row("p C", "p", "C", 0.0123, 3, u"p = 0.012"_s);
        row("p de", "p", "de", 0.0123, 3, u"p = 0,012"_s);
        row("p small C", "p", "C", 0.0004, 3, u"p < 0.001"_s);
        row("p small de", "p", "de", 0.0004, 3, u"p < 0,001"_s);
        row("p file", "p", "file", 0.5, 3, u"p = 0.500"_s);
        row("count C", "count", "C", 1234, 0, u"1234"_s);
        row("count de", "count", "de", 1234, 0, u"1.234"_s);
        row("count file", "count", "file", 1234567, 0, u"1234567"_s);
        row("mean C", "mean", "C", 72.45, 1, u"72.5 (n = 12)"_s);
        row("mean de", "mean", "de", 72.45, 1, u"72,5 (n = 12)"_s);
        row("interval C", "interval", "C", 0.25, 2, u"0.25 to 0.50"_s);
        row("interval de", "interval", "de", 0.25, 2, u"0,25 to 0,50"_s);
    }

    void numbers()
    {
        QFETCH(QString, kind);
        QFETCH(QString, style);
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(QString, expected);
        const format::Style s = styleNamed(style);
        QString actual;
        if (kind == u"number")
            actual = format::number(value, decimals, s);
        else if (kind == u"compact")
            actual = format::compact(value, decimals, s);
        else if (kind == u"signed")
            actual = format::signedNumber(value, decimals, s);
        else if (kind == u"percent")
            actual = format::percent(value, decimals, s);
        else if (kind == u"perThousand")
            actual = format::perThousand(value, decimals, s);
        else if (kind == u"seconds")
            actual = format::seconds(value, s);
        else if (kind == u"outOfFive")
            actual = format::outOfFive(value, s);
        else if (kind == u"p")
            actual = format::pValue(value, s);
        else if (kind == u"count")
            actual = format::count(qint64(value), s);
        else if (kind == u"mean")
            actual = format::meanWithN(value, 12, decimals, s);
        else if (kind == u"interval")
            actual = format::interval(format::number(value, decimals, s), format::number(2 * value, decimals, s), s);
        QCOMPARE(actual, expected);
    }

    void missingValues_data()
    {
        QTest::addColumn<QString>("style");
        QTest::addColumn<QString>("p");
        QTest::addColumn<QString>("mean");
        QTest::addColumn<QString>("signedValue");
        QTest::newRow("C") << u"C"_s << u"p n/a"_s << u"— (n = 0)"_s << u"—"_s;
        QTest::newRow("de") << u"de"_s << u"p n/a"_s << u"— (n = 0)"_s << u"—"_s;
        QTest::newRow("file") << u"file"_s << u"p n/a"_s << u"— (n = 0)"_s << u"—"_s;
    }

    void missingValues()
    {
        QFETCH(QString, style);
        QFETCH(QString, p);
        QFETCH(QString, mean);
        QFETCH(QString, signedValue);
        const format::Style s = styleNamed(style);
        QCOMPARE(format::pValue(std::nullopt, s), p);
        QCOMPARE(format::meanWithN(std::nullopt, 0, 1, s), mean);
        QCOMPARE(format::signedOrDash(std::nullopt, 1, s), signedValue);
    }

    // Day and month with the month's short name, in the order of the locale's
    // long date: CLDR's abbreviations ("Okt." with its point in German).
    void dayMonth_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("dayMonth");
        QTest::addColumn<QString>("dayMonthYear");
        const QLocale us(QLocale::English, QLocale::UnitedStates), de(QLocale::German, QLocale::Germany);
        QTest::newRow("en_US") << us << QDate(2026, 10, 25) << u"Oct 25"_s << u"Oct 25, 2026"_s;
        QTest::newRow("en_US, May") << us << QDate(2026, 5, 1) << u"May 1"_s << u"May 1, 2026"_s;
        QTest::newRow("de_DE") << de << QDate(2026, 10, 25) << u"25. Okt."_s << u"25. Okt. 2026"_s;
        QTest::newRow("de_DE, März") << de << QDate(2027, 3, 1) << u"1. März"_s << u"1. März 2027"_s;
        QTest::newRow("C") << QLocale::c() << QDate(2026, 10, 25) << u"25 Oct"_s << u"25 Oct 2026"_s;
    }

    void dayMonth()
    {
        QFETCH(QLocale, locale);
        QFETCH(QDate, day);
        QFETCH(QString, dayMonth);
        QFETCH(QString, dayMonthYear);
        QCOMPARE(format::dayMonth(day, format::screenIn(locale)), dayMonth);
        QCOMPARE(format::dayMonthYear(day, format::screenIn(locale)), dayMonthYear);
    }

    // The screen flavour follows the default locale; the file flavour never does.
    void defaultLocale()
    {
        const QLocale saved;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(format::percent(0.5, 1), u"50,0 %"_s);
        QCOMPARE(format::percent(0.5, 1, format::file()), u"50.0%"_s);
        QCOMPARE(format::seconds(1200, format::file()), u"1200 s"_s);
        QCOMPARE(format::dayMonthYear(QDate(2026, 10, 25)), u"25. Okt. 2026"_s);
        QLocale::setDefault(saved);
        QCOMPARE(format::percent(0.5, 1), u"50.0 %"_s);
    }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
