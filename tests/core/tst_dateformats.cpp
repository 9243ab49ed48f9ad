// Which date format a file uses, detected from its first rows (the import
// dialog's "Dates written as"), and the values read with it. The expected
// outcomes are worked out by hand: 25/10/2026 has no 25th month, so the day
// comes first; 10/11/2026 alone reads either way.
#include "import/DateFormats.h"

#include <QTest>

using namespace fb;
using namespace Qt::StringLiterals;
using Outcome = import::DateFormatGuess::Outcome;

Q_DECLARE_METATYPE(Outcome)

class TestDateFormats final : public QObject {
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void read_data();
    void read();
};

namespace {

// The dialog's list on a German machine: the common formats, then the system's short one.
QStringList offered()
{
    return import::commonDateFormats() << QStringLiteral("dd.MM.yyyy HH:mm");
}

} // namespace

void TestDateFormats::detect_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("format");      // Found
    QTest::addColumn<QStringList>("formats"); // Ambiguous
    QTest::addColumn<QString>("example");     // Ambiguous, Unknown
    const QStringList none;
    QTest::newRow("ISO date and time") << QStringList{u"2026-07-06T08:12:31"_s, u"2026-07-07 14:02"_s} << Outcome::Found
                                       << QString() << none << QString();
    QTest::newRow("ISO dates") << QStringList{u"2021-03-15"_s, u""_s, u"2019-11-04"_s} << Outcome::Found << QString()
                               << none << QString();
    QTest::newRow("day first: 25 is no month") << QStringList{u"10/11/2026 9:05"_s, u"25/10/2026 14:30"_s}
                                               << Outcome::Found << u"dd/MM/yyyy H:mm"_s << none << QString();
    QTest::newRow("day first with seconds")
        << QStringList{u"25/10/2026 14:30:15"_s} << Outcome::Found << u"dd/MM/yyyy H:mm"_s << none << QString();
    QTest::newRow("month first: 25 is no month") << QStringList{u"10/25/2026 2:30 PM"_s, u"10/11/2026 9:05 AM"_s}
                                                 << Outcome::Found << u"MM/dd/yyyy h:mm AP"_s << none << QString();
    QTest::newRow("German dots") << QStringList{u"25.10.2026 14:30"_s, u"01.02.2026 08:00"_s} << Outcome::Found
                                 << u"dd.MM.yyyy HH:mm"_s << none << QString();
    QTest::newRow("date column, day first")
        << QStringList{u"15/03/2021"_s, u"04/11/2019"_s} << Outcome::Found << u"dd/MM/yyyy H:mm"_s << none << QString();
    QTest::newRow("ambiguous: 10/11/2026 alone")
        << QStringList{u"10/11/2026"_s} << Outcome::Ambiguous << QString()
        << QStringList{u"dd/MM/yyyy H:mm"_s, u"MM/dd/yyyy h:mm AP"_s} << u"10/11/2026"_s;
    // A 24-hour time without AM/PM is no US time: the day comes first.
    QTest::newRow("10/11/2026 9:05 without AM/PM")
        << QStringList{u"10/11/2026 9:05"_s} << Outcome::Found << u"dd/MM/yyyy H:mm"_s << none << QString();
    QTest::newRow("ambiguous: every day up to 12")
        << QStringList{u"01/02/2026"_s, u"03/04/2026"_s, u"12/12/2026"_s} << Outcome::Ambiguous << QString()
        << QStringList{u"dd/MM/yyyy H:mm"_s, u"MM/dd/yyyy h:mm AP"_s} << u"01/02/2026"_s;
    QTest::newRow("the same day both ways decides nothing but needs no choice")
        << QStringList{u"12/12/2026"_s, u"05/05/2026"_s} << Outcome::Found << u"dd/MM/yyyy H:mm"_s << none << QString();
    QTest::newRow("unknown") << QStringList{u"2026-07-06T08:12:31"_s, u"July 6, 2026"_s} << Outcome::Unknown
                             << QString() << none << u"July 6, 2026"_s;
    QTest::newRow("two-digit year is not year 26")
        << QStringList{u"25.10.26 14:30"_s} << Outcome::Unknown << QString() << none << u"25.10.26 14:30"_s;
    QTest::newRow("no values") << QStringList{u""_s, u" "_s} << Outcome::NoDates << QString() << none << QString();
}

void TestDateFormats::detect()
{
    QFETCH(QStringList, values);
    QFETCH(Outcome, outcome);
    QFETCH(QString, format);
    QFETCH(QStringList, formats);
    QFETCH(QString, example);
    const auto guess = import::detectDateFormat(std::vector<QString>(values.begin(), values.end()), offered());
    QCOMPARE(guess.outcome, outcome);
    QCOMPARE(guess.format, format);
    QCOMPARE(guess.formats, formats);
    QCOMPARE(guess.example, example);
}

void TestDateFormats::read_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("read"); // ISO, empty when refused
    QTest::newRow("day first") << u"25/10/2026 14:30"_s << u"dd/MM/yyyy H:mm"_s << u"2026-10-25T14:30:00"_s;
    QTest::newRow("one-digit hour") << u"25/10/2026 9:05"_s << u"dd/MM/yyyy H:mm"_s << u"2026-10-25T09:05:00"_s;
    QTest::newRow("seconds where the format has none")
        << u"25/10/2026 9:05:07"_s << u"dd/MM/yyyy H:mm"_s << u"2026-10-25T09:05:07"_s;
    QTest::newRow("PM") << u"10/25/2026 2:30 PM"_s << u"MM/dd/yyyy h:mm AP"_s << u"2026-10-25T14:30:00"_s;
    QTest::newRow("a date alone is midnight") << u"25.10.2026"_s << u"dd.MM.yyyy HH:mm"_s << u"2026-10-25T00:00:00"_s;
    // 2:30 on the night clocks go forward in Europe: a wall-clock time, never refused for a time zone.
    QTest::newRow("daylight-saving gap") << u"29.03.2026 02:30"_s << u"dd.MM.yyyy HH:mm"_s << u"2026-03-29T02:30:00"_s;
    QTest::newRow("ISO") << u"2026-07-06T08:12:31"_s << u""_s << u"2026-07-06T08:12:31"_s;
    QTest::newRow("wrong order") << u"10/25/2026 14:30"_s << u"dd/MM/yyyy H:mm"_s << u""_s;
    QTest::newRow("time where the format has none") << u"25/10/2026 14:30"_s << u"dd/MM/yyyy"_s << u""_s;
}

void TestDateFormats::read()
{
    QFETCH(QString, value);
    QFETCH(QString, format);
    QFETCH(QString, read);
    const auto dt = import::readDateTime(value, format);
    QCOMPARE(dt ? QDateTime(dt->first, dt->second).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) : QString(), read);
}

QTEST_GUILESS_MAIN(TestDateFormats)
#include "tst_dateformats.moc"
