// floorboard-cli program create / fix / report on an eight-week demo site:
// the CSV headers of the issue, a row of each, the exit codes, and the PDF.
#include "FbTestSupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <SQLiteCpp/Statement.h>

#include <cmath>

using namespace fbtest;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestProgramCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void createFixReport();
    void unfinishedProgramIsIncomplete();
    void usageErrors();

private:
    Run cli(const QStringList& args);
    QString db() const { return m_dir.filePath("flow.db"); }
    QTemporaryDir m_dir;
};

Run TestProgramCli::cli(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("FLOORBOARD_DB", m_dir.filePath("default.db"));
    env.insert("XDG_DATA_HOME", m_dir.filePath("xdg"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FB_CLI), args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestProgramCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Run demo = cli({"--db", db(), "demo", "--weeks", "8"});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void TestProgramCli::createFixReport()
{
    Run r = cli(
        {"--db", db(), "program", "create", "--name", "Billing flow", "--team", "Billing", "--start", "2026-07-06"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QString("program 1 created: 'Billing flow', weeks 2026-07-06 to 2026-08-30\n"));
    r = cli({"--db", db(), "program", "fix", "Billing flow", "--on", "2026-08-03", "--friction", "tool lag", "--scope",
             "billing", "--what", "Payment history loads lazily", "--owner", "IT"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QString("fix 1 logged for 'Billing flow' on 2026-08-03\n"));

    const QString out = m_dir.filePath("comparison.csv");
    const QString attribution = m_dir.filePath("attribution.csv");
    const QString pdf = m_dir.filePath("report.pdf");
    r = cli({"--db", db(), "program", "report", "Billing flow", "--out", out, "--attribution", attribution, "--pdf",
             pdf, "--today", "2026-09-01"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("Rework fell "), qPrintable(r.out));
    QVERIFY2(r.out.contains("the tool lag fix (#1, billing, from 2026-08-03) accounts for -"), qPrintable(r.out));

    // The planted billing fix stands after adjustment, so the next cycle has a value.
    QVERIFY2(r.out.contains("What it is worth next cycle:\n- Fix #1 (tool lag), Rework: about "), qPrintable(r.out));

    const QList<QByteArray> comparison = readAll(out).split('\n');
    QCOMPARE(comparison.at(0), QByteArray("metric,pre,post,n_pre,n_post,change,relative,low,high,p_value,p_holm,agents,"
                                          "method,rate_ratio,note\r"));
    QCOMPARE(comparison.size(), 8); // header, six metrics, empty after the last CRLF
    const QList<QByteArray> metrics = {"fcr", "dpti", "rework", "csat", "aht", "escalation"};
    for (int i = 0; i < metrics.size(); ++i) {
        const QList<QByteArray> cells = comparison.at(i + 1).trimmed().split(',');
        QCOMPARE(cells.size(), 15);
        QCOMPARE(cells.at(0), metrics.at(i));
        for (int c = 1; c < 12; ++c) {
            bool ok = false;
            cells.at(c).toDouble(&ok);
            QVERIFY2(ok, comparison.at(i + 1).constData()); // every cell filled and numeric on a full demo
        }
        QCOMPARE(cells.at(11), QByteArray("12")); // the Billing team's twelve agents are the clusters
        QCOMPARE(cells.at(12), QByteArray("ols_cluster_agent_cr1_t"));
        QCOMPARE(cells.at(14), QByteArray()); // complete: no note
    }
    // The rework row: post below pre, change = post - pre, interval below zero.
    const QList<QByteArray> rework = comparison.at(3).trimmed().split(',');
    const double pre = rework.at(1).toDouble(), post = rework.at(2).toDouble();
    QVERIFY(post < pre);
    QVERIFY(std::abs(rework.at(5).toDouble() - (post - pre)) < 1e-12);
    QCOMPARE(rework.at(6).toDouble(), post / pre - 1);
    QVERIFY(rework.at(8).toDouble() < 0);
    // dpti: low and high bound the change in defects per 1,000; the rate ratio has its own column.
    const QList<QByteArray> dpti = comparison.at(2).trimmed().split(',');
    const double change = dpti.at(5).toDouble();
    QVERIFY(dpti.at(7).toDouble() < change && change < dpti.at(8).toDouble());
    QCOMPARE(dpti.at(13).toDouble(), dpti.at(2).toDouble() / dpti.at(1).toDouble());

    const QList<QByteArray> attr = readAll(attribution).split('\n');
    QCOMPARE(attr.at(0), QByteArray("fix,metric,did,did_low,did_high,note,p_value,p_holm,agents,method\r"));
    QCOMPARE(attr.size(), 8);
    const QList<QByteArray> reworkDid = attr.at(3).trimmed().split(',');
    QCOMPARE(reworkDid.at(0), QByteArray("1"));
    QCOMPARE(reworkDid.at(1), QByteArray("rework"));
    QVERIFY(reworkDid.at(2).toDouble() < 0);
    QVERIFY(reworkDid.at(4).toDouble() < 0);
    QCOMPARE(reworkDid.at(5), QByteArray());    // no note: credited
    QVERIFY(reworkDid.at(7).toDouble() < 0.05); // stands after Holm
    QCOMPARE(reworkDid.at(8), QByteArray("12"));

    const QByteArray pdfBytes = readAll(pdf);
    QVERIFY(pdfBytes.startsWith("%PDF-"));
    QCOMPARE(pdfBytes.count("/Type /Page") - pdfBytes.count("/Type /Pages"), qsizetype(1));
}

void TestProgramCli::unfinishedProgramIsIncomplete()
{
    // 2026-08-20 is day 4 of week 7: 4 of the 14 comparison days have happened.
    const QString out = m_dir.filePath("partial.csv");
    const QString attribution = m_dir.filePath("partial-attribution.csv");
    const QString pdf = m_dir.filePath("partial.pdf");
    const Run r = cli({"--db", db(), "program", "report", "Billing flow", "--out", out, "--attribution", attribution,
                       "--pdf", pdf, "--today", "2026-08-20"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("\nincomplete: 4 of 14 comparison days: no p value is given until week 8 has ended\n"),
             qPrintable(r.out));
    QVERIFY2(!r.out.contains("p = ") && !r.out.contains("p < "), qPrintable(r.out));
    QVERIFY2(r.out.contains("What it is worth next cycle:\n- The comparison is incomplete: 4 of 14 comparison days, "
                            "so no value is claimed for the next cycle.\n"),
             qPrintable(r.out));

    // --today cuts the data: only interactions up to 2026-08-20 are read, counted here with SQL.
    auto store = openDb(db());
    QVERIFY(store);
    SQLite::Statement count(store->sql(), "SELECT count(*) FROM interactions i JOIN agents a USING (agent_id) WHERE "
                                          "a.team = 'Billing' AND i.started_at >= '2026-07-06' AND i.started_at < "
                                          "'2026-08-21'");
    QVERIFY(count.executeStep());
    QVERIFY2(r.out.contains(QString(", %1 interactions\n").arg(count.getColumn(0).getInt64())), qPrintable(r.out));
    SQLite::Statement post(store->sql(), "SELECT count(*) FROM interactions i JOIN agents a USING (agent_id) WHERE "
                                         "a.team = 'Billing' AND i.started_at >= '2026-08-17' AND i.started_at < "
                                         "'2026-08-21'");
    QVERIFY(post.executeStep());
    const qint64 postDays = post.getColumn(0).getInt64();

    const QList<QByteArray> rows = readAll(out).split('\n');
    for (int i = 1; i <= 6; ++i) {
        const QList<QByteArray> cells = rows.at(i).trimmed().split(',');
        QCOMPARE(cells.at(9), QByteArray());  // no p
        QCOMPARE(cells.at(10), QByteArray()); // no adjusted p
        QCOMPARE(cells.at(14), QByteArray("incomplete: 4 of 14 comparison days"));
    }
    QCOMPARE(rows.at(5).split(',').at(4).toLongLong(), postDays); // aht's n after = interactions of the 4 days
    const QList<QByteArray> attr = readAll(attribution).split('\n');
    QVERIFY(attr.at(3).contains(",incomplete: 4 of 14 comparison days,,,12,"));
    QVERIFY(readAll(pdf).startsWith("%PDF-"));
}

void TestProgramCli::usageErrors()
{
    Run r = cli({"--db", db(), "program", "create", "--name", "X", "--team", "Billing", "--start", "2026-07-07"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--start must be a Monday; 2026-07-07 is a Tuesday (the Monday of its week is "
                            "2026-07-06)"),
             qPrintable(r.err));
    r = cli({"--db", db(), "program", "create", "--name", "X", "--team", "Nobody", "--start", "2026-07-06"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no team named 'Nobody'"), qPrintable(r.err));
    r = cli({"--db", db(), "program", "report", "Missing"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no program named 'Missing'"), qPrintable(r.err));
    r = cli({"--db", db(), "program", "fix", "Billing flow", "--on", "2026-08-03"});
    QCOMPARE(r.exitCode, 2);
    r = cli({"--db", db(), "program", "bogus"});
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestProgramCli)
#include "tst_program_cli.moc"
