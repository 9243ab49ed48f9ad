// ValueParser: how one CSV cell becomes a typed value, or why it cannot.
#include "FbTestSupport.h"
#include "domain/Kinds.h"
#include "import/ValueParser.h"

#include <QTest>

#include <ctime>

using namespace fb;
using fb::import::ValueParser;

namespace {

// Makes the C runtime, and so Qt's local time, read TZ again. tzset() is
// POSIX; the Windows C runtime spells it _tzset().
void rereadTimeZone()
{
#ifdef _WIN32
    _tzset();
#else
    tzset();
#endif
}

ColumnSpec column(const QString& kind, const QString& name)
{
    const KindSpec spec = withRubric(kindSpec(*kindFromName(kind)), defaultRubric());
    for (const auto& c : spec.columns)
        if (QString::fromStdString(c.name) == name)
            return c;
    qFatal("no column %s.%s", qPrintable(kind), qPrintable(name));
}

// "int:5", "num:312.5", "text:abc", "null" — the type and canonical text.
QString describe(const Value& v)
{
    if (std::holds_alternative<qint64>(v))
        return QStringLiteral("int:") + QString::fromStdString(valueToText(v));
    if (std::holds_alternative<double>(v))
        return QStringLiteral("num:") + QString::fromStdString(valueToText(v));
    if (std::holds_alternative<std::string>(v))
        return QStringLiteral("text:") + QString::fromStdString(valueToText(v));
    return QStringLiteral("null");
}

const char* const kDateHint =
    "is not an ISO 8601 date (YYYY-MM-DD); a date like 03/04/2026 could be either day or month first, so say which "
    "with --date-format, e.g. --date-format \"dd/MM/yyyy\" or --date-format \"MM/dd/yyyy\" (add \" H:mm\" or "
    "\" H:mm:ss\" for a time)";

} // namespace

class TestValueParser : public QObject {
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void textIsKeptAsWritten();
    void wallClockTimeInDstGapIsKept();
};

void TestValueParser::parses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("decimalComma");
    QTest::addColumn<QString>("dateFormat");
    QTest::addColumn<QString>("expected");

    auto row = [](const char* tag, const char* kind, const char* name, const char* text, const char* expected,
                  bool comma = false, const char* format = "") {
        QTest::newRow(tag) << kind << name << QString::fromUtf8(text) << comma << format << expected;
    };
    // Booleans in every spelling, any case.
    row("bool 1", "interactions", "escalated", "1", "int:1");
    row("bool 0", "interactions", "escalated", "0", "int:0");
    row("bool yes", "interactions", "escalated", "yes", "int:1");
    row("bool no", "interactions", "escalated", "no", "int:0");
    row("bool Y", "interactions", "escalated", "Y", "int:1");
    row("bool N", "interactions", "escalated", "N", "int:0");
    row("bool TRUE", "interactions", "escalated", "TRUE", "int:1");
    row("bool false", "interactions", "escalated", "false", "int:0");
    row("bool padded", "interactions", "escalated", " Yes ", "int:1");
    row("bool empty", "interactions", "escalated", "", "null");
    // Durations: seconds, decimal comma, h:mm:ss, m:ss.
    row("seconds", "interactions", "handle_seconds", "312", "num:312");
    row("seconds fraction", "interactions", "handle_seconds", "312.5", "num:312.5");
    row("seconds decimal comma", "interactions", "handle_seconds", "312,5", "num:312.5", true);
    row("h:mm:ss", "interactions", "handle_seconds", "1:02:03", "num:3723");
    row("m:ss", "interactions", "handle_seconds", "5:07", "num:307");
    row("m:ss long minutes", "interactions", "handle_seconds", "75:00", "num:4500");
    row("m:ss.f", "interactions", "handle_seconds", "0:30.5", "num:30.5");
    row("m:ss,f decimal comma", "interactions", "handle_seconds", "0:30,5", "num:30.5", true);
    row("zero", "interactions", "handle_seconds", "0", "num:0");
    // Numbers and integers.
    row("number", "coaching", "baseline", "61.5", "num:61.5");
    row("negative number", "coaching", "baseline", "-0.25", "num:-0.25");
    row("plus number", "coaching", "baseline", "+3", "num:3");
    row("decimal comma number", "coaching", "baseline", "0,12", "num:0.12", true);
    row("integer", "interactions", "defects", "3", "int:3");
    row("plus integer", "interactions", "defects", "+3", "int:3");
    row("csat low", "interactions", "csat", "1", "int:1");
    row("csat high", "interactions", "csat", "5", "int:5");
    // Scores: 0-4 or NA.
    row("score", "qa_evaluations", "accuracy", "4", "int:4");
    row("score NA", "qa_evaluations", "accuracy", "NA", "null");
    row("score n/a", "qa_evaluations", "accuracy", "n/a", "null");
    row("score empty", "qa_evaluations", "accuracy", "", "null");
    // Enums: any case, stored lower case.
    row("enum", "interactions", "channel", "Voice", "text:voice");
    row("enum upper", "agents", "status", "LEFT", "text:left");
    // Dates and times.
    row("date", "agents", "hire_date", "2021-03-15", "text:2021-03-15");
    row("leap day", "agents", "hire_date", "2024-02-29", "text:2024-02-29");
    row("date with format", "agents", "hire_date", "15/03/2021", "text:2021-03-15", false, "dd/MM/yyyy");
    row("datetime T", "interactions", "started_at", "2026-07-06T08:12:31", "text:2026-07-06T08:12:31");
    row("datetime space", "interactions", "started_at", "2026-07-06 08:12", "text:2026-07-06T08:12:00");
    row("datetime date only", "interactions", "started_at", "2026-07-06", "text:2026-07-06T00:00:00");
    row("datetime Z", "interactions", "started_at", "2026-07-06T08:12:31Z", "text:2026-07-06T08:12:31Z");
    row("datetime offset", "interactions", "started_at", "2026-07-06T08:12:31+0200", "text:2026-07-06T08:12:31+02:00");
    row("datetime fraction", "interactions", "started_at", "2026-07-06T08:12:31.250", "text:2026-07-06T08:12:31.250");
    row("datetime with format", "interactions", "started_at", "06/07/2026 08:12", "text:2026-07-06T08:12:00", false,
        "dd/MM/yyyy HH:mm");
    // Weeks: ISO week, or a date in it.
    row("week", "pulses", "week", "2026-W28", "text:2026-W28");
    row("week short", "pulses", "week", "2026w5", "text:2026-W05");
    row("week from date", "pulses", "week", "2026-07-08", "text:2026-W28");
    row("week from date across years", "pulses", "week", "2027-01-01", "text:2026-W53");
    row("week from formatted date", "pulses", "week", "08.07.2026", "text:2026-W28", false, "dd.MM.yyyy");
}

void TestValueParser::parses()
{
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(QString, text);
    QFETCH(bool, decimalComma);
    QFETCH(QString, dateFormat);
    QFETCH(QString, expected);
    const ValueParser parser(ValueParser::Settings{decimalComma, dateFormat});
    const ColumnSpec c = column(kind, name);
    const std::string utf8 = text.toStdString();
    Value v;
    QString reason;
    QVERIFY2(parser.parse(c, utf8, v, reason), qPrintable(reason));
    QCOMPARE(describe(v), expected);
}

void TestValueParser::rejects_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("decimalComma");
    QTest::addColumn<QString>("dateFormat");
    QTest::addColumn<QString>("reason");

    auto row = [](const char* tag, const char* kind, const char* name, const char* text, const char* reason,
                  bool comma = false, const char* format = "") {
        QTest::newRow(tag) << kind << name << QString::fromUtf8(text) << comma << format << QString::fromUtf8(reason);
    };
    const char* notBool = "is not a yes/no value (0/1, yes/no, y/n, true/false)";
    row("bool 2", "interactions", "escalated", "2", notBool);
    row("bool maybe", "interactions", "escalated", "maybe", notBool);
    const char* notDuration = "is not a duration (seconds, h:mm:ss or m:ss)";
    row("duration text", "interactions", "handle_seconds", "five", notDuration);
    row("duration negative", "interactions", "handle_seconds", "-5", notDuration);
    row("duration seconds 60", "interactions", "handle_seconds", "1:60", notDuration);
    row("duration minutes 60", "interactions", "handle_seconds", "1:60:00", notDuration);
    row("duration four parts", "interactions", "handle_seconds", "1:02:03:04", notDuration);
    row("duration empty part", "interactions", "handle_seconds", "1::03", notDuration);
    // Hours beyond an int were an undefined overflow (found by fuzz_valueparser).
    row("duration hours overflow", "interactions", "handle_seconds", "44444444444:02:03", notDuration);
    row("duration comma without ;", "interactions", "handle_seconds", "312,5", notDuration);
    row("duration required", "interactions", "handle_seconds", "  ", "is required");
    row("number text", "coaching", "baseline", "abc", "is not a number");
    row("number inf", "coaching", "baseline", "inf", "is not a number");
    row("number nan", "coaching", "baseline", "nan", "is not a number");
    row("number two signs", "coaching", "baseline", "+-3", "is not a number");
    row("number lone sign", "coaching", "baseline", "+", "is not a number");
    row("minutes negative", "coaching", "minutes", "-1", "is out of range (0 to 1000000)");
    row("integer fraction", "interactions", "defects", "1.5", "is not a whole number");
    row("integer two signs", "interactions", "defects", "+-3", "is not a whole number");
    row("defects negative", "interactions", "defects", "-1", "is out of range (0 to 1000000000)");
    row("csat 0", "interactions", "csat", "0", "is out of range (1 to 5)");
    row("csat 6", "interactions", "csat", "6", "is out of range (1 to 5)");
    row("pulse 9", "pulses", "fairness", "9", "is out of range (1 to 5)");
    row("score 5", "qa_evaluations", "accuracy", "5", "is out of range (0 to 4)");
    row("score text", "qa_evaluations", "accuracy", "good", "is not a score (a whole number, or NA)");
    row("enum", "interactions", "channel", "phone", "must be one of voice, chat, email, other");
    row("enum status", "agents", "status", "gone", "must be one of active, left");
    row("date garbage", "agents", "hire_date", "yesterday", "is not a date (YYYY-MM-DD)");
    row("date impossible", "agents", "hire_date", "2026-02-30", "is not a date (YYYY-MM-DD)");
    row("date ambiguous", "agents", "hire_date", "03/04/2026", kDateHint);
    row("date slashes year first", "agents", "hire_date", "2026/03/04", kDateHint);
    row("date dotted", "agents", "hire_date", "3.4.26", kDateHint);
    row("date format mismatch", "agents", "hire_date", "2026-03-04", "does not match the date format dd/MM/yyyy", false,
        "dd/MM/yyyy");
    const char* notDateTime = "is not an ISO 8601 date and time (YYYY-MM-DDTHH:MM:SS)";
    row("datetime ambiguous", "interactions", "started_at", "03/04/2026 10:00", kDateHint);
    row("datetime garbage", "interactions", "started_at", "soon", notDateTime);
    row("datetime impossible day", "interactions", "started_at", "2026-02-30T10:00:00", notDateTime);
    row("week impossible date", "pulses", "week", "2026-02-30", "is not an ISO week (like 2026-W05) or a date in it");
    row("datetime hour 24", "interactions", "started_at", "2026-07-06T24:00:00", notDateTime);
    row("datetime bad zone", "interactions", "started_at", "2026-07-06T08:00:00+25:00", notDateTime);
    row("datetime trailing", "interactions", "started_at", "2026-07-06T08:00:00 am", notDateTime);
    row("datetime format mismatch", "interactions", "started_at", "2026-07-06T08:00:00",
        "does not match the date format dd/MM/yyyy HH:mm", false, "dd/MM/yyyy HH:mm");
    row("week 54", "pulses", "week", "2026-W54", "is not an ISO week (like 2026-W05) or a date in it");
    row("week ambiguous date", "pulses", "week", "08/07/2026", kDateHint);
    row("required text", "agents", "name", "", "is required");
    row("required enum", "feedback", "category", "", "is required");
}

void TestValueParser::rejects()
{
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(QString, text);
    QFETCH(bool, decimalComma);
    QFETCH(QString, dateFormat);
    QFETCH(QString, reason);
    const ValueParser parser(ValueParser::Settings{decimalComma, dateFormat});
    const std::string utf8 = text.toStdString();
    Value v;
    QString why;
    QVERIFY2(!parser.parse(column(kind, name), utf8, v, why), qPrintable(describe(v)));
    QCOMPARE(why, reason);
}

void TestValueParser::textIsKeptAsWritten()
{
    const ColumnSpec reason = column(QStringLiteral("interactions"), QStringLiteral("contact_reason"));
    struct Case {
        const char* in;
        const char* ours;    // in a file Floorboard wrote (marked): the guard comes off
        const char* foreign; // in any other file: kept as written
    };
    // Spaces are kept; in Floorboard's own files the export's formula guard
    // (one apostrophe before = + - @) comes off and an apostrophe the user
    // typed stays; in other systems' files every apostrophe is data.
    for (const Case& c :
         {Case{"  two spaces ", "  two spaces ", "  two spaces "},
          Case{"'=HYPERLINK(\"x\")", "=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"}, Case{"'+1", "+1", "'+1"},
          Case{"'-x", "-x", "'-x"}, Case{"'@SUM(A1)", "@SUM(A1)", "'@SUM(A1)"}, Case{"''=1", "'=1", "''=1"},
          Case{"'hello", "'hello", "'hello"}, Case{"=raw", "=raw", "=raw"},
          Case{"Zo\xC3\xAB \xE2\x82\xAC"
               "5",
               "Zo\xC3\xAB \xE2\x82\xAC"
               "5",
               "Zo\xC3\xAB \xE2\x82\xAC"
               "5"}}) {
        for (const bool ours : {true, false}) {
            ValueParser::Settings settings;
            settings.unguard = ours;
            const ValueParser parser(settings);
            Value v = std::string("previous row"); // the parser reuses the row's string
            QString why;
            QVERIFY(parser.parse(reason, c.in, v, why));
            QCOMPARE(describe(v), QStringLiteral("text:") + QString::fromUtf8(ours ? c.ours : c.foreign));
        }
    }
}

void TestValueParser::wallClockTimeInDstGapIsKept()
{
    // In Berlin, 2026-03-29 02:30 does not exist on the clock; the file still
    // says it, and the week it belongs to does not depend on the zone.
    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", "Europe/Berlin");
    rereadTimeZone();
    const ValueParser parser(ValueParser::Settings{false, QStringLiteral("dd/MM/yyyy HH:mm")});
    Value dt;
    Value day;
    QString why;
    const bool dtOk = parser.parse(column("interactions", "started_at"), "29/03/2026 02:30", dt, why);
    const bool dayOk = parser.parse(column("agents", "hire_date"), "29/03/2026 02:30", day, why);
    if (oldTz.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", oldTz);
    rereadTimeZone();
    QVERIFY2(dtOk, qPrintable(why));
    QVERIFY2(dayOk, qPrintable(why));
    QCOMPARE(describe(dt), QStringLiteral("text:2026-03-29T02:30:00"));
    QCOMPARE(describe(day), QStringLiteral("text:2026-03-29"));
}

QTEST_GUILESS_MAIN(TestValueParser)
#include "tst_valueparser.moc"
