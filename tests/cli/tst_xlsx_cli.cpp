// floorboard-cli writes an Excel workbook whenever the output name ends in
// .xlsx: `export KIND FILE.xlsx`, `scorecard --out FILE.xlsx`, a report's
// --out. Read back with openpyxl (tests/support/xlsx_dump.py) and compared
// with the CSV of the same command, cell by cell, and with exact values.
#include "FbTestSupport.h"
#include "ProcessRun.h"
#include "XlsxDump.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using fbtest::rowText;

// `demo --agents 6 --teams 2 --weeks 2 --contacts-per-week 10 --seed 7` makes
// 136 interactions (its own summary line and `info --json` say so; the CSV
// export has 137 lines with the header).
constexpr int kDemoInteractions = 136;

class TestXlsxCli final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    fbtest::ProcessRun cli(const QString& db, const QStringList& args) const
    {
        return fbtest::runProcess(QStringLiteral(FB_CLI), QStringList{QStringLiteral("--db"), db} + args,
                                  fbtest::isolatedEnvironment(m_dir.path()));
    }
    fbtest::ProcessRun cli(const QStringList& args) const { return cli(path("fb.db"), args); }

    void write(const char* name, const QByteArray& text) const
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

private slots:
    void initTestCase();
    void agentsKeepFormulaText();
    void interactionsTyped();
    void scorecardMatchesCsv();
    void reportOut();
    void demoInteractionsRowCount();
    void markdownReportRefusesWorkbook();
};

void TestXlsxCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Names that a spreadsheet would run as formulas if they were not typed cells.
    write("agents.csv", "agent_id,name,team,site,hire_date\nA1,=1+2,Billing,North,2021-03-15\n"
                        "A2,\"@SUM(A1:A9)\",Billing,North,\n");
    write("interactions.csv", "interaction_id,agent_id,started_at,handle_seconds,resolved_first_contact,csat\n"
                              "C1,A1,2026-03-02T09:15:00,600,1,5\nC2,A1,2026-03-03T10:00:30,315,0,\n"
                              "C3,A2,2026-03-04T11:00:00,300,1,3\n");
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("agents"), path("agents.csv")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("interactions"), path("interactions.csv")}).exitCode, 0);
}

void TestXlsxCli::agentsKeepFormulaText()
{
    const auto r = cli({QStringLiteral("export"), QStringLiteral("agents"), path("agents.xlsx")});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out, QStringLiteral("2 agents rows written to %1\n").arg(path("agents.xlsx")));
    FB_READ_XLSX(read, path("agents.xlsx"));
    const QJsonObject sheet = read.book.value(QLatin1String("sheets")).toArray().at(0).toObject();
    QCOMPARE(sheet.value(QLatin1String("name")).toString(), QStringLiteral("agents"));
    QCOMPARE(sheet.value(QLatin1String("freeze")).toString(), QStringLiteral("A2"));
    QCOMPARE(sheet.value(QLatin1String("filter")).toString(), QStringLiteral("A1:I3"));
    QCOMPARE(rowText(sheet, 0), (QStringList{"s:agent_id:General", "s:name:General", "s:team:General",
                                             "s:supervisor:General", "s:site:General", "s:shift:General",
                                             "s:hire_date:General", "s:status:General", "s:left_on:General"}));
    QCOMPARE(rowText(sheet, 1), (QStringList{"s:A1:General", "s:=1+2:General", "s:Billing:General", "",
                                             "s:North:General", "", "d:2021-03-15T00:00:00:yyyy-mm-dd", "", ""}));
    QCOMPARE(rowText(sheet, 2), (QStringList{"s:A2:General", "s:@SUM(A1:A9):General", "s:Billing:General", "",
                                             "s:North:General", "", "", "", ""}));
}

void TestXlsxCli::interactionsTyped()
{
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("interactions"), path("i.xlsx")}).exitCode, 0);
    FB_READ_XLSX(read, path("i.xlsx"));
    const QJsonObject sheet = read.book.value(QLatin1String("sheets")).toArray().at(0).toObject();
    QCOMPARE(sheet.value(QLatin1String("name")).toString(), QStringLiteral("interactions"));
    QCOMPARE(sheet.value(QLatin1String("rows")).toInt(), 4);
    QCOMPARE(sheet.value(QLatin1String("filter")).toString(), QStringLiteral("A1:L4"));
    // interaction_id,agent_id,started_at,channel,queue,handle_seconds,resolved_first_contact,repeat_contact,
    // escalated,defects,csat,contact_reason
    QCOMPARE(rowText(sheet, 1),
             (QStringList{"s:C1:General", "s:A1:General", "d:2026-03-02T09:15:00:yyyy-mm-dd hh:mm:ss", "", "",
                          "n:600:0", "n:1:0", "", "", "", "n:5:0", ""}));
    QCOMPARE(rowText(sheet, 2),
             (QStringList{"s:C2:General", "s:A1:General", "d:2026-03-03T10:00:30:yyyy-mm-dd hh:mm:ss", "", "",
                          "n:315:0", "n:0:0", "", "", "", "", ""}));
}

void TestXlsxCli::scorecardMatchesCsv()
{
    QCOMPARE(cli({QStringLiteral("scorecard"), QStringLiteral("--out"), path("card.csv")}).exitCode, 0);
    const auto r = cli({QStringLiteral("scorecard"), QStringLiteral("--out"), path("card.xlsx")});
    QCOMPARE(
        r.err,
        QStringLiteral("2 agent rows (2026-W10 to 2026-W10, definition v1) written to %1\n").arg(path("card.xlsx")));
    QCOMPARE(r.exitCode, 0);
    QFile f(path("card.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    FB_READ_XLSX(read, path("card.xlsx"));
    const QJsonObject sheet = read.book.value(QLatin1String("sheets")).toArray().at(0).toObject();
    QCOMPARE(sheet.value(QLatin1String("name")).toString(), QStringLiteral("card"));
    QCOMPARE(sheet.value(QLatin1String("rows")).toInt(), static_cast<int>(lines.size()));
    const QStringList header = QString::fromUtf8(lines[0].trimmed()).split(QLatin1Char(','));
    const QStringList ann = QString::fromUtf8(lines[1].trimmed()).split(QLatin1Char(','));
    const QStringList cells = rowText(sheet, 1);
    QCOMPARE(cells.size(), header.size());
    // Every number of the CSV is in the workbook unrounded; the format only changes what is shown.
    for (int c = 0; c < header.size(); ++c) {
        const QString& h = header[c];
        const QString& v = ann[c];
        if (v.isEmpty()) {
            QCOMPARE(cells[c], QString());
            continue;
        }
        bool number = false;
        v.toDouble(&number);
        if (!number) {
            // The CSV guards Ann's name "=1+2" with an apostrophe; the workbook needs no guard.
            const QString text = v.startsWith(QLatin1String("'=")) ? v.mid(1) : v;
            QCOMPARE(cells[c], QStringLiteral("s:%1:General").arg(text));
            continue;
        }
        const QString value = cells[c].section(QLatin1Char(':'), 1, 1);
        QCOMPARE(value.toDouble(), v.toDouble());
        const QString format = cells[c].section(QLatin1Char(':'), 2);
        const bool proportion = h == QLatin1String("csat") || h == QLatin1String("fcr") ||
                                h == QLatin1String("rework") || h == QLatin1String("escalation");
        const QString expected = proportion                                   ? QStringLiteral("0.0%")
                                 : !v.contains(QLatin1Char('.'))              ? QStringLiteral("0")
                                 : v.section(QLatin1Char('.'), 1).size() <= 3 ? QStringLiteral("General")
                                                                              : QStringLiteral("0.0");
        QCOMPARE(h + QLatin1Char(' ') + format, h + QLatin1Char(' ') + expected);
    }
}

void TestXlsxCli::reportOut()
{
    // A report through writeReport: coaching effectiveness, one sheet named after the file.
    const auto r = cli({QStringLiteral("coaching"), QStringLiteral("effectiveness"), QStringLiteral("--out"),
                        path("coaching effect.XLSX")});
    QCOMPARE(r.err, QStringLiteral("0 groups written to %1\n").arg(path("coaching effect.XLSX")));
    QCOMPARE(r.exitCode, 0);
    FB_READ_XLSX(read, path("coaching effect.XLSX"));
    const QJsonObject sheet = read.book.value(QLatin1String("sheets")).toArray().at(0).toObject();
    QCOMPARE(sheet.value(QLatin1String("name")).toString(), QStringLiteral("coaching effect"));
    QCOMPARE(rowText(sheet, 0).first(), QStringLiteral("s:group:General"));
    QCOMPARE(sheet.value(QLatin1String("freeze")).toString(), QStringLiteral("A2"));
}

void TestXlsxCli::demoInteractionsRowCount()
{
    const QString db = path("demo.db");
    QCOMPARE(cli(db, {QStringLiteral("demo"), QStringLiteral("--agents"), QStringLiteral("6"),
                      QStringLiteral("--teams"), QStringLiteral("2"), QStringLiteral("--weeks"), QStringLiteral("2"),
                      QStringLiteral("--contacts-per-week"), QStringLiteral("10"), QStringLiteral("--seed"),
                      QStringLiteral("7")})
                 .exitCode,
             0);
    const auto r = cli(db, {QStringLiteral("export"), QStringLiteral("interactions"), path("demo.xlsx")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out,
             QStringLiteral("%1 interactions rows written to %2\n").arg(kDemoInteractions).arg(path("demo.xlsx")));
    FB_READ_XLSX(read, path("demo.xlsx"), 0);
    const QJsonObject sheet = read.book.value(QLatin1String("sheets")).toArray().at(0).toObject();
    QCOMPARE(sheet.value(QLatin1String("rows")).toInt(), kDemoInteractions + 1); // and the header
    QCOMPARE(sheet.value(QLatin1String("filter")).toString(), QStringLiteral("A1:L%1").arg(kDemoInteractions + 1));
}

void TestXlsxCli::markdownReportRefusesWorkbook()
{
    const auto r =
        cli({QStringLiteral("feedback"), QStringLiteral("digest"), QStringLiteral("--week"), QStringLiteral("2026-W10"),
             QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--out"), path("digest.xlsx")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QStringLiteral("error: --out %1 writes an Excel workbook, which holds the csv format's table, "
                                   "not md\n")
                        .arg(path("digest.xlsx")));
    QVERIFY(!QFile::exists(path("digest.xlsx")));
}

QTEST_GUILESS_MAIN(TestXlsxCli)
#include "tst_xlsx_cli.moc"
