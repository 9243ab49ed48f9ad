// IsoWeek: the one ISO 8601 week type. Expected dates were taken from
// Python's datetime (date.isocalendar, date.fromisocalendar), not from Qt.
#include "common/IsoWeek.h"

#include <QTest>

using namespace fb;

// Dates around year ends and week 53, with their Monday and week key.
struct Case {
    QDate date;
    QDate monday;
    int key;
};
const Case kCases[] = {
    {QDate(2026, 1, 1), QDate(2025, 12, 29), 202601}, // Thursday across a new year
    {QDate(2026, 3, 1), QDate(2026, 2, 23), 202609},  // Sunday
    {QDate(2026, 7, 6), QDate(2026, 7, 6), 202628},   // Monday itself
    {QDate(2027, 1, 3), QDate(2026, 12, 28), 202653}, // Sunday of week 53
};

class TestIsoWeek final : public QObject {
    Q_OBJECT

private slots:
    void mondayOfADate()
    {
        for (const Case& c : kCases) {
            const IsoWeek week = IsoWeek::ofDate(c.date);
            QCOMPARE(week.key(), c.key);
            QCOMPARE(week.monday(), c.monday);
        }
    }
    void keysAndText();
    void parse();
    void storedWeekText();
};

void TestIsoWeek::keysAndText()
{
    QCOMPARE(IsoWeek::fromKey(202605).toString(), QStringLiteral("2026-W05"));
    QCOMPARE((IsoWeek{2026, 5}).monday(), QDate(2026, 1, 26));
    QCOMPARE((IsoWeek{2020, 53}).monday(), QDate(2020, 12, 28));
    QCOMPARE(IsoWeek::weeksInYear(2026), 53);
    QCOMPARE(IsoWeek::weeksInYear(2027), 52);
}

void TestIsoWeek::parse()
{
    QCOMPARE(IsoWeek::parse(QStringLiteral("2026-W05"))->key(), 202605);
    QCOMPARE(IsoWeek::parse(QStringLiteral("2026w5"))->key(), 202605);
    QVERIFY(!IsoWeek::parse(QStringLiteral("2027-W53")));
    QVERIFY(!IsoWeek::parse(QStringLiteral("2026-05-01")));
}

void TestIsoWeek::storedWeekText()
{
    QCOMPARE(isoWeekKeyOfWeekText("2026-W05"), 202605);
    QCOMPARE(isoWeekKeyOfWeekText("2026W05"), 202605); // through IsoWeek::parse
    QCOMPARE(isoWeekKeyOfWeekText("2026-w5"), 202605);
    QCOMPARE(isoWeekKeyOfWeekText("20x6-W05"), 0);
    QCOMPARE(isoWeekKeyOfWeekText("2026-W0x"), 0);
    QCOMPARE(isoWeekKeyOfWeekText("2026-05-01"), 0);
    QCOMPARE(isoWeekKeyOfWeekText(""), 0);
    QCOMPARE(isoWeekKeyOfWeekText(nullptr), 0);
}

QTEST_GUILESS_MAIN(TestIsoWeek)
#include "tst_isoweek.moc"
