// floorboard-cli calibration session commands: create, score and agree on a
// session, and its report as CSV and PDF, with the refusals of bad paths.
#include "CalibrationCliRun.h"
#include "FbTestSupport.h"
#include "analytics/CalibrationReport.h"
#include "store/CalibrationStore.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fmt/format.h>

using namespace fb::analytics;
using fbtest::Run;

class TestCalibrationSessionCli : public fbtest::CalibrationCliSuite {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A database with the docs/examples data and session S1: three
    // participants' accuracy scores of the three example interactions.
    QString sessionDb(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        auto db = fbtest::openDb(path);
        if (!db || !fbtest::importExamples(*db))
            return {};
        fb::CalibrationSession s;
        s.id = "S1";
        s.heldOn = QDate(2026, 9, 3);
        s.facilitator = "Sara Lindqvist";
        s.participants = {{"Jonas Weber", {}}, {"Ana Ruiz", {}}, {"Li Wei", {}}};
        s.units = {{0, "C00000001", {}}, {0, "C00000002", {}}, {0, "C00000003", {}}};
        if (!fb::store::createSession(*db, s))
            return {};
        const std::vector<std::vector<double>> accuracy{{3, 3, 4}, {2, 1, 2}, {4, 4, 4}};
        std::vector<fb::CalibrationScore> scores;
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
        const Run r = cli({QStringLiteral("report"), QStringLiteral("S1")}, db);
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains(QLatin1Char('\r'))); // LF line ends, as documented
        const QStringList lines = r.lines();
        QCOMPARE(lines.size(), 8); // header, 5 attributes, total, overall
        QCOMPARE(lines[0],
                 QStringLiteral("attribute,alpha,alpha_low,alpha_high,within_tolerance,n_units,n_participants"));
        // Accuracy's scores (units x coders) are (3,3,4), (2,1,2), (4,4,4). Interval alpha by
        // hand (and in Python, printing repr(1 - Do / De)): over the n = 9 pairable values,
        // Do = (2 + 2 + 0) / 9 = 4/9 and De = 180 / (9 x 8) = 2.5, so alpha = 1 - (4/9) / 2.5
        // = 0.8222222222222222. The bootstrap interval is this build's draw with the default
        // seed, pinned as a regression value (the bootstrap is checked in tst_agreement).
        QCOMPARE(lines[1], QStringLiteral("accuracy,0.8222222222222222,-0.33333333333333326,0.9230769230769231,1,3,3"));
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
        fb::CalibrationSession s;
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
        std::vector<fb::CalibrationScore> scores;
        for (std::size_t u = 0; u < s.units.size(); ++u)
            for (std::size_t p = 0; p < s.participants.size(); ++p)
                for (const auto& a : fb::defaultRubric())
                    scores.push_back({s.participants[p].name, s.units[u].interactionId, a.name,
                                      double((u * 7 + p * 3 + a.name.size()) % 5)});
        if (!fb::store::recordScores(*db, "S20", scores))
            return {};
        if (!fb::store::recordConsensus(
                *db, "S20",
                std::vector<fb::Consensus>{{"C00000002", "accuracy", 2.0, "Refund promised, eligibility unchecked", {}},
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
};

QTEST_GUILESS_MAIN(TestCalibrationSessionCli)
#include "tst_calibration_session_cli.moc"
