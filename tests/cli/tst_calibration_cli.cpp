// floorboard-cli calibration alpha: output contract, refusals and exit codes.
// Reference values: see tests/core/tst_agreement.cpp (Krippendorff 2011).
#include "FbTestSupport.h"
#include "analytics/Agreement.h"
#include "analytics/CalibrationReport.h"
#include "analytics/ReliabilityCsv.h"
#include "store/CalibrationStore.h"

#include <QDate>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <fmt/format.h>

#include <cmath>

using namespace fb::analytics;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
    QStringList lines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

QString fixture(const char* name)
{
    return QStringLiteral(FB_TESTDATA "/calibration/") + QLatin1String(name);
}

} // namespace

class TestCalibrationCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    Run cli(const QStringList& args, const QString& db = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FLOORBOARD_DB"), db.isEmpty() ? m_dir.filePath(QStringLiteral("unused.db")) : db);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FB_CLI), QStringList{QStringLiteral("calibration")} + args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void alphaFirstLine_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("published");
        QTest::addColumn<double>("exact");
        QTest::newRow("paper interval") << "interval"
                                        << "krippendorff2011.csv" << 0.849 << 951.0 / 1120.0;
        QTest::newRow("paper nominal") << "nominal"
                                       << "krippendorff2011.csv" << 0.743 << 113.0 / 152.0;
        QTest::newRow("paper ordinal") << "ordinal"
                                       << "krippendorff2011.csv" << 0.815 << 108577.0 / 133160.0;
        QTest::newRow("paper ratio") << "ratio"
                                     << "krippendorff2011.csv" << 0.797 << 18222619.0 / 22852465.0;
        QTest::newRow("binary nominal") << "nominal"
                                        << "binary2011.csv" << 0.095 << 2.0 / 21.0;
    }
    void alphaFirstLine()
    {
        QFETCH(QString, metric);
        QFETCH(QString, file);
        QFETCH(double, published);
        QFETCH(double, exact);
        const Run r = cli({QStringLiteral("alpha"), QStringLiteral("--metric"), metric, fixture(qPrintable(file))});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        const QStringList lines = r.lines();
        QVERIFY(lines.size() >= 2);
        bool ok = false;
        const double alpha = lines.first().toDouble(&ok);
        QVERIFY2(ok, qPrintable(lines.first())); // alpha alone on the first line
        QCOMPARE(std::round(alpha * 1000) / 1000, published);
        QVERIFY(std::abs(alpha - exact) < 1e-12);
        // Printed in full: the shortest text that reads back as the same double.
        QCOMPARE(lines.first(), QString::number(alpha, 'g', QLocale::FloatingPointShortest));
    }

    void detailLines()
    {
        const Run r = cli({QStringLiteral("alpha"), QStringLiteral("--metric"), QStringLiteral("interval"),
                           fixture("krippendorff2011.csv")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("units: 12 (11 with two or more scores)")));
        QVERIFY(r.out.contains(QStringLiteral("pairable values: 40")));
        QVERIFY(r.out.contains(QStringLiteral("observed disagreement D_o: 0.433333")));
        QVERIFY(r.out.contains(QStringLiteral("expected disagreement D_e: 2.87179")));
        QVERIFY(!r.out.contains(QStringLiteral("bootstrap")));
    }

    void decimalCommaWithSemicolons()
    {
        const Run r = cli({QStringLiteral("alpha"), QStringLiteral("--metric"), QStringLiteral("interval"),
                           fixture("decimal_comma.csv")});
        QCOMPARE(r.code, 0);
        // By hand (exact fractions, values 2.5 3 2.5 | 1 1 1.5 | 4 3.5 4 | 0 0.5; n = 11 pairable):
        // D_o = (1/n) sum over units of sum_{i!=j} (v_i - v_j)^2 / (m_u - 1) = (0.5 + 0.5 + 0.5 + 0.5) / 11 = 2/11,
        // D_e = sum over all ordered pairs of the 11 values of (v_c - v_k)^2 / (n (n - 1)) = 441/110,
        // alpha = 1 - D_o / D_e = 421/441; Python: repr(421/441) = 0.9546485260770975.
        QCOMPARE(r.lines().first(), QStringLiteral("0.9546485260770975"));
        QVERIFY(r.out.contains(QStringLiteral("pairable values: 11")));
    }

    void bootstrapIsSeeded()
    {
        const QStringList args{QStringLiteral("alpha"),    QStringLiteral("--metric"),
                               QStringLiteral("interval"), QStringLiteral("--bootstrap"),
                               QStringLiteral("500"),      QStringLiteral("--seed"),
                               QStringLiteral("11"),       fixture("krippendorff2011.csv")};
        const Run a = cli(args);
        const Run b = cli(args);
        QCOMPARE(a.code, 0);
        QCOMPARE(a.out, b.out);
        QVERIFY(a.out.contains(QStringLiteral("bootstrap 95% interval: ")));
        QVERIFY(a.out.contains(QStringLiteral("bootstrap resamples: 500 (seed 11, 0 skipped as undefined)")));
        // A recorded reference (printed by this command at the commit that recorded it): a change to the
        // resampling or to its random stream shows here. Independently of it, the interval must hold the
        // point estimate, 951/1120 = 0.849 (Krippendorff 2011).
        QVERIFY(a.out.contains(QStringLiteral("bootstrap 95% interval: 0.4536394091670473 to 0.9952202882784876")));
        QVERIFY(0.4536394091670473 < 951.0 / 1120.0 && 951.0 / 1120.0 < 0.9952202882784876);
        QStringList other = args;
        other[6] = QStringLiteral("12");
        const Run c = cli(other);
        QCOMPARE(c.code, 0);
        QVERIFY(c.out != a.out);
        QCOMPARE(c.lines().first(), a.lines().first()); // the point estimate does not move
    }

    void undefinedAlphaIsRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("one value") << "one_value.csv"
                                   << "same value";
        QTest::newRow("no pairs") << "no_pairs.csv"
                                  << "no unit has scores from two coders";
    }
    void undefinedAlphaIsRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        for (const char* metric : {"nominal", "interval"}) {
            const Run r = cli({QStringLiteral("alpha"), QStringLiteral("--metric"), QLatin1String(metric),
                               fixture(qPrintable(file))});
            QCOMPARE(r.code, 1);
            QVERIFY(r.out.isEmpty()); // never a made-up number
            QVERIFY2(r.err.contains(QStringLiteral("undefined")), qPrintable(r.err));
            QVERIFY2(r.err.contains(message), qPrintable(r.err));
        }
    }

    void badDataIsRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a number") << "not_a_number.csv"
                                      << "not_a_number.csv:3: column B: value 'high'";
        QTest::newRow("ragged") << "ragged.csv"
                                << "ragged.csv:3: this row has 2 fields";
        QTest::newRow("missing file") << "does_not_exist.csv"
                                      << "does_not_exist.csv";
    }
    void badDataIsRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const Run r = cli({QStringLiteral("alpha"), QStringLiteral("--metric"), QStringLiteral("interval"),
                           fixture(qPrintable(file))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void usageErrors_data()
    {
        const QString file = fixture("krippendorff2011.csv");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no subcommand") << QStringList{};
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("frobnicate"), QStringLiteral("S1")};
        QTest::newRow("report without session") << QStringList{QStringLiteral("report")};
        QTest::newRow("initials without pdf or csv")
            << QStringList{QStringLiteral("report"), QStringLiteral("S1"), QStringLiteral("--initials")};
        QTest::newRow("mask agents without pdf or csv")
            << QStringList{QStringLiteral("report"), QStringLiteral("S1"), QStringLiteral("--mask-agents")};
        QTest::newRow("agree without note") << QStringList{QStringLiteral("agree"),         QStringLiteral("S1"),
                                                           QStringLiteral("--interaction"), QStringLiteral("C00000001"),
                                                           QStringLiteral("--attribute"),   QStringLiteral("accuracy"),
                                                           QStringLiteral("--score"),       QStringLiteral("3")};
        QTest::newRow("create without sample")
            << QStringList{QStringLiteral("create"), QStringLiteral("--id"),          QStringLiteral("S1"),
                           QStringLiteral("--on"),   QStringLiteral("2026-09-03"),    QStringLiteral("--facilitator"),
                           QStringLiteral("F"),      QStringLiteral("--participant"), QStringLiteral("A")};
        QTest::newRow("create bad date") << QStringList{QStringLiteral("create"),   QStringLiteral("--id"),
                                                        QStringLiteral("S1"),       QStringLiteral("--on"),
                                                        QStringLiteral("3.9.2026"), QStringLiteral("--facilitator"),
                                                        QStringLiteral("F"),        QStringLiteral("--participant"),
                                                        QStringLiteral("A"),        QStringLiteral("--sample"),
                                                        QStringLiteral("2"),        QStringLiteral("--seed"),
                                                        QStringLiteral("1")};
        QTest::newRow("no metric") << QStringList{QStringLiteral("alpha"), file};
        QTest::newRow("bad metric") << QStringList{QStringLiteral("alpha"), QStringLiteral("--metric"),
                                                   QStringLiteral("linear"), file};
        QTest::newRow("no file") << QStringList{QStringLiteral("alpha"), QStringLiteral("--metric"),
                                                QStringLiteral("nominal")};
        QTest::newRow("two files") << QStringList{QStringLiteral("alpha"), QStringLiteral("--metric"),
                                                  QStringLiteral("nominal"), file, file};
        QTest::newRow("zero resamples") << QStringList{QStringLiteral("alpha"),   QStringLiteral("--metric"),
                                                       QStringLiteral("nominal"), QStringLiteral("--bootstrap"),
                                                       QStringLiteral("0"),       file};
        QTest::newRow("seed without bootstrap")
            << QStringList{QStringLiteral("alpha"),  QStringLiteral("--metric"), QStringLiteral("nominal"),
                           QStringLiteral("--seed"), QStringLiteral("3"),        file};
        QTest::newRow("bad seed") << QStringList{QStringLiteral("alpha"),   QStringLiteral("--metric"),
                                                 QStringLiteral("nominal"), QStringLiteral("--bootstrap"),
                                                 QStringLiteral("10"),      QStringLiteral("--seed"),
                                                 QStringLiteral("-3"),      file};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("alpha"), QStringLiteral("--metric"),
                                                       QStringLiteral("nominal"), QStringLiteral("--frobnicate"), file};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("error:")));
    }

    void help()
    {
        const Run top = cli({QStringLiteral("--help")});
        QCOMPARE(top.code, 0);
        QVERIFY(top.out.contains(QStringLiteral("alpha")));
        for (const char* sub : {"create", "scores", "agree", "report"})
            QVERIFY2(top.out.contains(QLatin1String(sub)), sub);
        const Run report = cli({QStringLiteral("report"), QStringLiteral("--help")});
        QCOMPARE(report.code, 0);
        for (const char* option : {"--out", "--pdf", "--session-csv", "--mask-agents", "--initials"})
            QVERIFY2(report.out.contains(QLatin1String(option)), option);
        const Run alpha = cli({QStringLiteral("alpha"), QStringLiteral("--help")});
        QCOMPARE(alpha.code, 0);
        QVERIFY(alpha.out.contains(QStringLiteral("--metric")));
        QVERIFY(alpha.out.contains(QStringLiteral("--bootstrap")));
        QVERIFY(alpha.out.contains(QStringLiteral("--seed")));
    }

    // A database with the docs/examples data and session S1: three
    // participants' accuracy scores of the three example interactions.
    QString sessionDb(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        auto db = fbtest::openDb(path);
        if (!db || !fbtest::importExamples(*db))
            return {};
        fb::store::CalibrationSession s;
        s.id = "S1";
        s.heldOn = QDate(2026, 9, 3);
        s.facilitator = "Sara Lindqvist";
        s.participants = {{"Jonas Weber", {}}, {"Ana Ruiz", {}}, {"Li Wei", {}}};
        s.units = {{0, "C00000001", {}}, {0, "C00000002", {}}, {0, "C00000003", {}}};
        if (!fb::store::createSession(*db, s))
            return {};
        const std::vector<std::vector<double>> accuracy{{3, 3, 4}, {2, 1, 2}, {4, 4, 4}};
        std::vector<fb::store::CalibrationScore> scores;
        for (std::size_t u = 0; u < 3; ++u)
            for (std::size_t p = 0; p < 3; ++p)
                scores.push_back({s.participants[p].name, s.units[u].interactionId, "accuracy", accuracy[u][p]});
        if (!fb::store::recordScores(*db, "S1", scores))
            return {};
        return path;
    }

    void reportCsv()
    {
        const QString db = sessionDb(QStringLiteral("report.db"));
        QVERIFY(!db.isEmpty());
        ReliabilityData direct{{"a", "b", "c"}, {{3, 3, 4}, {2, 1, 2}, {4, 4, 4}}};
        auto alpha = krippendorffAlpha(direct, AlphaMetric::Interval);
        auto interval = bootstrapAlpha(direct, AlphaMetric::Interval);
        QVERIFY(alpha && interval);

        const Run r = cli({QStringLiteral("report"), QStringLiteral("S1")}, db);
        QCOMPARE(r.code, 0);
        const QStringList lines = r.lines();
        QCOMPARE(lines.size(), 8); // header, 5 attributes, total, overall
        QCOMPARE(lines[0],
                 QStringLiteral("attribute,alpha,alpha_low,alpha_high,within_tolerance,n_units,n_participants"));
        QCOMPARE(lines[1], QString::fromStdString(
                               fmt::format("accuracy,{},{},{},1,3,3", alpha->alpha, interval->low, interval->high)));
        QCOMPARE(lines[2], QStringLiteral("clarity,,,,,0,0")); // nobody scored it: undefined, empty cells
        QVERIFY(lines[6].startsWith(QStringLiteral("total,")));
        QVERIFY(lines[7].startsWith(QStringLiteral("overall,")));
        QVERIFY(r.err.contains(QStringLiteral("clarity: ")));

        const QString out = m_dir.filePath(QStringLiteral("report.csv"));
        const Run toFile = cli({QStringLiteral("report"), QStringLiteral("S1"), QStringLiteral("--out"), out}, db);
        QCOMPARE(toFile.code, 0);
        QCOMPARE(QString::fromUtf8(fbtest::readAll(out)), r.out);

        const Run missing = cli({QStringLiteral("report"), QStringLiteral("S9")}, db);
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QStringLiteral("no calibration session with id S9")));
    }

    // Session S20: 22 interactions (the three examples and 19 more), 8
    // participants with an anchor, every default rubric attribute scored, two
    // agreed scores with notes: enough for the report to run over several pages.
    QString largeSessionDb(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        auto db = fbtest::openDb(path);
        if (!db || !fbtest::importExamples(*db))
            return {};
        QByteArray calls = "interaction_id,agent_id,started_at,channel,queue,handle_seconds,resolved_first_contact,"
                           "repeat_contact,escalated,defects,csat,contact_reason\n";
        for (int i = 0; i < 19; ++i)
            calls += QStringLiteral("C1%1,A000%2,2026-07-08T09:%3:00,voice,billing,300,1,0,0,0,4,question\n")
                         .arg(i, 7, 10, QLatin1Char('0'))
                         .arg(i % 3 + 1)
                         .arg(i, 2, 10, QLatin1Char('0'))
                         .toUtf8();
        const QString callsFile = m_dir.filePath(name + QStringLiteral(".calls.csv"));
        if (!fbtest::writeFile(callsFile, calls))
            return {};
        if (auto r = fbtest::importFile(*db, fb::Kind::Interactions, callsFile); !r || !r->committed)
            return {};
        fb::store::CalibrationSession s;
        s.id = "S20";
        s.heldOn = QDate(2026, 9, 3);
        s.facilitator = "Sara Lindqvist";
        for (const char* who :
             {"Jonas Weber", "Ana Ruiz", "Li Wei", "Tom Becker", "Maria Keller", "Sam Ode", "Kai Lund", "Eva Berg"})
            s.participants.push_back({who, {}});
        s.anchor = "Ana Ruiz";
        for (const char* id : {"C00000001", "C00000002", "C00000003"})
            s.units.push_back({0, id, {}});
        for (int i = 0; i < 19; ++i)
            s.units.push_back({0, fmt::format("C1{:07}", i), {}});
        if (!fb::store::createSession(*db, s))
            return {};
        std::vector<fb::store::CalibrationScore> scores;
        for (std::size_t u = 0; u < s.units.size(); ++u)
            for (std::size_t p = 0; p < s.participants.size(); ++p)
                for (const auto& a : fb::defaultRubric())
                    scores.push_back({s.participants[p].name, s.units[u].interactionId, a.name,
                                      double((u * 7 + p * 3 + a.name.size()) % 5)});
        if (!fb::store::recordScores(*db, "S20", scores))
            return {};
        if (!fb::store::recordConsensus(
                *db, "S20",
                std::vector<fb::store::Consensus>{
                    {"C00000002", "accuracy", 2.0, "Refund promised, eligibility unchecked", {}},
                    {"C00000002", "empathy", std::nullopt, "Not applicable on a callback", {}}}))
            return {};
        return path;
    }

    static int pdfPages(const QByteArray& pdf)
    {
        return int(pdf.count("/Type /Page")) - int(pdf.count("/Type /Pages"));
    }

    void sessionReportPdf()
    {
        const QString db = largeSessionDb(QStringLiteral("pdf.db"));
        QVERIFY(!db.isEmpty());
        const QString pdf = m_dir.filePath(QStringLiteral("session.pdf"));
        const Run r = cli({QStringLiteral("report"), QStringLiteral("S20"), QStringLiteral("--resamples"),
                           QStringLiteral("50"), QStringLiteral("--pdf"), pdf},
                          db);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.lines().size(), 8); // the agreement CSV still goes to standard output
        const QByteArray bytes = fbtest::readAll(pdf);
        QVERIFY(bytes.startsWith("%PDF-"));
        // Page 1 (session, statistics, leanings), then 22 blocks of 6 rows x 8
        // participants: the reveal cannot fit on one page.
        const int pages = pdfPages(bytes);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));

        const QString masked = m_dir.filePath(QStringLiteral("masked.pdf"));
        const Run m =
            cli({QStringLiteral("report"), QStringLiteral("S20"), QStringLiteral("--resamples"), QStringLiteral("50"),
                 QStringLiteral("--pdf"), masked, QStringLiteral("--mask-agents"), QStringLiteral("--initials")},
                db);
        QCOMPARE(m.code, 0);
        QCOMPARE(pdfPages(fbtest::readAll(masked)), pages); // same layout, other labels
    }

    void sessionReportCsv()
    {
        const QString db = largeSessionDb(QStringLiteral("csv.db"));
        QVERIFY(!db.isEmpty());
        const QString dir = m_dir.filePath(QStringLiteral("session-csv"));
        const Run r = cli({QStringLiteral("report"), QStringLiteral("S20"), QStringLiteral("--resamples"),
                           QStringLiteral("50"), QStringLiteral("--session-csv"), dir},
                          db);
        QCOMPARE(r.code, 0);
        const auto lines = [&](const char* file) {
            return QString::fromUtf8(fbtest::readAll(dir + QLatin1Char('/') + QLatin1String(file)))
                .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        };
        const QStringList reveal = lines("S20-reveal.csv");
        QCOMPARE(reveal.size(), 1 + 22 * 6 * 8); // interactions x (5 attributes + total) x participants
        QCOMPARE(reveal[0], QStringLiteral("interaction_id,agent_id,attribute,participant,score,reference,deviation,"
                                           "beyond_tolerance,tolerance,range,sd,agreed_score"));
        QVERIFY2(reveal[1].startsWith(QStringLiteral("C00000001,A0001,accuracy,Jonas Weber,")), qPrintable(reveal[1]));
        QCOMPARE(lines("S20-agreement.csv").first(),
                 QStringLiteral("attribute,metric,alpha,alpha_low,alpha_high,ac1,percent_agreement,within_tolerance,"
                                "within,compared,n_units,n_participants,undefined_reason"));
        QCOMPARE(lines("S20-agreement.csv").size(), 8);
        QCOMPARE(lines("S20-participants.csv").first(),
                 QStringLiteral("participant,attribute,compared,mean_absolute_deviation,mean_bias,leaning"));
        QCOMPARE(lines("S20-participants.csv").size(), 1 + 5 * 7); // the anchor is the reference, left out
        QCOMPARE(lines("S20-agreed.csv"),
                 (QStringList{"interaction_id,agent_id,attribute,agreed_score,note,decided_on",
                              "C00000002,A0001,accuracy,2,\"Refund promised, eligibility unchecked\",2026-09-03",
                              "C00000002,A0001,empathy,NA,Not applicable on a callback,2026-09-03"}));

        const Run masked =
            cli({QStringLiteral("report"), QStringLiteral("S20"), QStringLiteral("--resamples"), QStringLiteral("50"),
                 QStringLiteral("--session-csv"), dir, QStringLiteral("--mask-agents"), QStringLiteral("--initials")},
                db);
        QCOMPARE(masked.code, 0);
        const QStringList m = lines("S20-reveal.csv");
        QVERIFY2(m[1].startsWith(QStringLiteral("C00000001,Agent A,accuracy,JW,")), qPrintable(m[1]));
        QVERIFY2(m[1 + 6 * 8].startsWith(QStringLiteral("C00000002,Agent A,accuracy,JW,")), qPrintable(m[49]));
        QVERIFY2(m[1 + 2 * 6 * 8].startsWith(QStringLiteral("C00000003,Agent B,accuracy,JW,")), qPrintable(m[97]));
    }

    void sessionReportBadPaths()
    {
        const QString db = sessionDb(QStringLiteral("badpaths.db"));
        QVERIFY(!db.isEmpty());
        const QString pdf = m_dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
        const Run r = cli({QStringLiteral("report"), QStringLiteral("S1"), QStringLiteral("--pdf"), pdf}, db);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(pdf), qPrintable(r.err));
        QVERIFY(!QFile::exists(pdf));

        const QString file = m_dir.filePath(QStringLiteral("a-file"));
        QVERIFY(fbtest::writeFile(file, "x"));
        const QString dir = file + QStringLiteral("/csv");
        const Run c = cli({QStringLiteral("report"), QStringLiteral("S1"), QStringLiteral("--session-csv"), dir}, db);
        QCOMPARE(c.code, 1);
        QVERIFY2(c.err.contains(dir), qPrintable(c.err));
    }

    void createScoreAgree()
    {
        const QString db = sessionDb(QStringLiteral("flow.db"));
        QVERIFY(!db.isEmpty());
        const Run created =
            cli({QStringLiteral("create"), QStringLiteral("--id"), QStringLiteral("S2"), QStringLiteral("--on"),
                 QStringLiteral("2026-09-10"), QStringLiteral("--facilitator"), QStringLiteral("Sara Lindqvist"),
                 QStringLiteral("--participant"), QStringLiteral("Jonas Weber"), QStringLiteral("--participant"),
                 QStringLiteral("Ana Ruiz"), QStringLiteral("--anchor"), QStringLiteral("Ana Ruiz"),
                 QStringLiteral("--sample"), QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("7")},
                db);
        QCOMPARE(created.code, 0);
        std::vector<std::string> expected;
        {
            auto handle = fbtest::openDb(db);
            QVERIFY(handle);
            expected = fb::store::drawSample(*handle, 2, 7).value();
        }
        QCOMPARE(created.lines(),
                 (QStringList{QString::fromStdString(expected[0]), QString::fromStdString(expected[1])}));
        QVERIFY(created.err.contains(QStringLiteral("seed 7")));

        const QString scores = m_dir.filePath(QStringLiteral("scores.csv"));
        QVERIFY(fbtest::writeFile(scores, QByteArray("evaluation_id,session,participant,interaction_id,accuracy\n"
                                                     "E1,S2,Jonas Weber,") +
                                              QByteArray::fromStdString(expected[0]) + ",3\n"));
        const Run imported = cli({QStringLiteral("scores"), QStringLiteral("S2"), scores}, db);
        QCOMPARE(imported.code, 0);
        QCOMPARE(imported.out, QStringLiteral("1 scores imported from 1 rows\n"));
        QVERIFY(fbtest::writeFile(scores, QByteArray("evaluation_id,session,participant,interaction_id,accuracy\n"
                                                     "E1,S2,Jonas Weber,") +
                                              QByteArray::fromStdString(expected[0]) + ",9\n"));
        const Run refused = cli({QStringLiteral("scores"), QStringLiteral("S2"), scores}, db);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(scores + QStringLiteral(":2: column accuracy: value '9': outside the scale 0-4")),
                 qPrintable(refused.err));

        const Run agreed = cli({QStringLiteral("agree"), QStringLiteral("S2"), QStringLiteral("--interaction"),
                                QString::fromStdString(expected[0]), QStringLiteral("--attribute"),
                                QStringLiteral("accuracy"), QStringLiteral("--score"), QStringLiteral("3"),
                                QStringLiteral("--note"), QStringLiteral("Verified the refund rule")},
                               db);
        QCOMPARE(agreed.code, 0);
        QCOMPARE(agreed.out, QStringLiteral("CAL-S2-%1\n").arg(QString::fromStdString(expected[0])));
        const Run badScore =
            cli({QStringLiteral("agree"), QStringLiteral("S2"), QStringLiteral("--interaction"),
                 QString::fromStdString(expected[0]), QStringLiteral("--attribute"), QStringLiteral("accuracy"),
                 QStringLiteral("--score"), QStringLiteral("5"), QStringLiteral("--note"), QStringLiteral("x")},
                db);
        QCOMPARE(badScore.code, 1);
    }

    void listedInTheCommandList()
    {
        QProcess p;
        p.start(QStringLiteral(FB_CLI), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("calibration")));
    }
};

QTEST_GUILESS_MAIN(TestCalibrationCli)
#include "tst_calibration_cli.moc"
