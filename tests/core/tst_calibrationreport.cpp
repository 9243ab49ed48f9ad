// The calibration session report's data and its four CSV files, on a small
// hand-made session whose statistics are worked out by hand: a 0-4 attribute
// (interval alpha 37/45), a yes/no attribute (nominal alpha 3/7, Gwet's AC1
// 35/53) and an attribute nobody scored (alpha undefined).
#include "FbTestSupport.h"
#include "export/CalibrationSessionCsv.h"
#include "store/CalibrationReportData.h"
#include "store/CalibrationStore.h"
#include "store/Database.h"
#include "store/RubricStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <fmt/format.h>

#include <cmath>

using namespace fb;
using fb::analytics::Cell;

namespace {

QStringList csvLines(const QString& path)
{
    return QString::fromUtf8(fbtest::readAll(path)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

QString num(const std::optional<double>& v)
{
    return v ? QString::fromStdString(fmt::format("{}", *v)) : QString();
}

bool near(const std::optional<double>& v, double expected)
{
    return v && std::abs(*v - expected) < 1e-12;
}

} // namespace

class TestCalibrationReport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    // Rubric version 2: accuracy (0-4, weight 30), empathy (0-4, weight 20),
    // greeting (yes/no, weight 10). Session S1 without an anchor, its three
    // interactions in order (agents A0001, A0001, A0003); scores[unit][participant]:
    //   accuracy (3, 3, 4), (2, 1, 2), (4, 4, 4); greeting (1, 1, 1), (1, 0, 0), (1, 1, 1); empathy none.
    std::unique_ptr<store::Database> sessionDb()
    {
        auto db = fbtest::openDb(m_dir.filePath(QStringLiteral("report%1.db").arg(++m_n)));
        if (!db || !fbtest::importExamples(*db))
            return nullptr;
        store::FullRubric rubric;
        RubricAttribute accuracy{"accuracy", "", 30, false, true, false};
        RubricAttribute empathy{"empathy", "", 20, false, true, false};
        RubricAttribute greeting{"greeting", "", 10, true, true, false};
        rubric.attributes = {accuracy, empathy, greeting};
        if (auto v = store::saveRubricVersion(*db, rubric); !v || v.value() != 2)
            return nullptr;
        fb::CalibrationSession s;
        s.id = "S1";
        s.heldOn = QDate(2026, 9, 3);
        s.facilitator = "Sara Lindqvist";
        s.participants = {{"Jonas Weber", {}}, {"Ana Ruiz", "AR"}, {"Li Wei", {}}};
        s.units = {{0, "C00000001", {}}, {0, "C00000002", {}}, {0, "C00000003", {}}};
        if (!store::createSession(*db, s))
            return nullptr;
        const std::vector<std::vector<double>> accuracyScores{{3, 3, 4}, {2, 1, 2}, {4, 4, 4}};
        const std::vector<std::vector<double>> greetingScores{{1, 1, 1}, {1, 0, 0}, {1, 1, 1}};
        std::vector<fb::CalibrationScore> scores;
        for (std::size_t u = 0; u < 3; ++u)
            for (std::size_t p = 0; p < 3; ++p) {
                scores.push_back({s.participants[p].name, s.units[u].interactionId, "accuracy", accuracyScores[u][p]});
                scores.push_back({s.participants[p].name, s.units[u].interactionId, "greeting", greetingScores[u][p]});
            }
        if (auto st = store::recordScores(*db, "S1", scores); !st) {
            qWarning("%s", qPrintable(st.error().toString()));
            return nullptr;
        }
        return db;
    }

    static analytics::CalibrationReportOptions fewResamples()
    {
        analytics::CalibrationReportOptions o;
        o.resamples = 200;
        return o;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void statisticsByHand()
    {
        auto db = sessionDb();
        QVERIFY(db);
        auto data = store::loadSessionReportData(*db, "S1", fewResamples());
        QVERIFY2(data, data ? "" : qPrintable(data.error().toString()));
        QCOMPARE(data->session.participants[0].initials, std::string("JW"));
        QCOMPARE(data->session.units[2].agentId, std::string("A0003"));
        QVERIFY(!data->session.seed);
        QCOMPARE(data->report.rows.size(), std::size_t(5));  // 3 attributes, total, overall
        QCOMPARE(data->reveal.rows.size(), std::size_t(12)); // 3 interactions x (3 attributes + total)

        // accuracy, interval: D_o = 4/9, D_e = 180/72, alpha = 1 - 8/45 = 37/45.
        const auto& accuracy = data->report.rows[0];
        QVERIFY(near(accuracy.alpha, 37.0 / 45.0));
        QVERIFY(!accuracy.ac1); // AC1 only on yes/no attributes
        QCOMPARE(accuracy.within, qint64(9));
        // greeting, nominal: o_11 = 6, o_00 = 1, o_01 = o_10 = 1; n_1 = 7, n_0 = 2, n = 9;
        // D_o = 2/9, D_e = 2 * 7 * 2 / 72 = 7/18, alpha = 1 - 4/7 = 3/7.
        const auto& greeting = data->report.rows[2];
        QCOMPARE(greeting.metric, analytics::AlphaMetric::Nominal);
        QVERIFY(near(greeting.alpha, 3.0 / 7.0));
        // AC1: p_a = (1 + 1/3 + 1) / 3 = 7/9; pi_yes = 7/9, pi_no = 2/9;
        // p_e = 2 * 7/9 * 2/9 = 28/81; AC1 = (63 - 28) / (81 - 28) = 35/53.
        QVERIFY(near(greeting.percentAgreement, 7.0 / 9.0));
        QVERIFY(near(greeting.ac1, 35.0 / 53.0));
        // Tolerance 0 on yes/no: only Jonas's "yes" against the median "no" of interaction 2 is out.
        QCOMPARE(greeting.within, qint64(8));
        QCOMPARE(greeting.compared, qint64(9));
        const auto& empathy = data->report.rows[1];
        QVERIFY(!empathy.alpha);
        QVERIFY(!empathy.undefinedReason.isEmpty());
    }

    void sessionCsvFiles()
    {
        auto db = sessionDb();
        QVERIFY(db);
        auto data = store::loadSessionReportData(*db, "S1", fewResamples());
        QVERIFY(data);
        const QString dir = m_dir.filePath(QStringLiteral("csv/nested")); // created when missing
        auto files = exporting::writeCalibrationSessionCsv(data.value(), dir);
        QVERIFY2(files, files ? "" : qPrintable(files.error().toString()));
        QCOMPARE(files->reveal, dir + QStringLiteral("/S1-reveal.csv"));
        QCOMPARE(files->agreed, dir + QStringLiteral("/S1-agreed.csv"));

        const QStringList reveal = csvLines(files->reveal);
        QCOMPARE(reveal.size(), 1 + 3 * 4 * 3); // header, interactions x (attributes + total) x participants
        QCOMPARE(reveal[0], QStringLiteral("interaction_id,agent_id,attribute,participant,score,reference,deviation,"
                                           "beyond_tolerance,tolerance,range,sd,agreed_score"));
        const auto sdOf = [&](std::size_t revealRow) { return num(data->reveal.rows[revealRow].spread->sd); };
        QVERIFY(near(data->reveal.rows[0].spread->sd, std::sqrt(1.0 / 3.0))); // 3, 3, 4
        QCOMPARE(reveal[1], "C00000001,A0001,accuracy,Jonas Weber,3,3,0,no,1,1," + sdOf(0) + ",");
        QCOMPARE(reveal[4], QStringLiteral("C00000001,A0001,empathy,Jonas Weber,,,,,1,,,")); // nobody scored it
        // Interaction 2, greeting (1, 0, 0): median 0, Jonas +1 is beyond tolerance 0.
        QCOMPARE(reveal[19], "C00000002,A0001,greeting,Jonas Weber,1,0,1,yes,0,1," + sdOf(6) + ",");
        QCOMPARE(reveal[20], "C00000002,A0001,greeting,Ana Ruiz,0,0,0,no,0,1," + sdOf(6) + ",");
        // Totals of interaction 2 (weights 30 and 10 over the attributes scored):
        // Jonas 100 * (30 * 2/4 + 10) / 40 = 62.5, Ana 18.75, Li 37.5 (the median).
        QCOMPARE(reveal[22], "C00000002,A0001,total,Jonas Weber,62.5,37.5,25,yes,5,43.75," + sdOf(7) + ",");
        QCOMPARE(reveal[36], QStringLiteral("C00000003,A0003,total,Li Wei,100,100,0,no,5,0,0,"));

        const QStringList agreement = csvLines(files->agreement);
        QCOMPARE(agreement.size(), 6);
        QCOMPARE(agreement[0], QStringLiteral("attribute,metric,alpha,alpha_low,alpha_high,ac1,percent_agreement,"
                                              "within_tolerance,within,compared,n_units,n_participants,"
                                              "undefined_reason"));
        const auto& acc = data->report.rows[0];
        QCOMPARE(agreement[1], "accuracy,interval," + num(acc.alpha) + "," + num(acc.alphaLow) + "," +
                                   num(acc.alphaHigh) + ",,,1,9,9,3,3,");
        QVERIFY2(agreement[2].startsWith(QStringLiteral("empathy,interval,,,,,,,0,0,0,0,")) && agreement[2].size() > 32,
                 qPrintable(agreement[2])); // the reason is given, never a number
        const auto& yn = data->report.rows[2];
        QCOMPARE(agreement[3], "greeting,nominal," + num(yn.alpha) + "," + num(yn.alphaLow) + "," + num(yn.alphaHigh) +
                                   "," + num(yn.ac1) + "," + num(yn.percentAgreement) + "," + num(8.0 / 9.0) +
                                   ",8,9,3,3,");
        QVERIFY(agreement[4].startsWith(QStringLiteral("total,interval,")));
        QVERIFY(agreement[5].startsWith(QStringLiteral("overall,interval,")));

        const QString third = num(1.0 / 3.0);
        QCOMPARE(csvLines(files->participants),
                 (QStringList{"participant,attribute,compared,mean_absolute_deviation,mean_bias,leaning",
                              "Jonas Weber,accuracy,3,0,0,neutral",
                              "Ana Ruiz,accuracy,3," + third + ",-" + third + ",strict",
                              "Li Wei,accuracy,3," + third + "," + third + ",lenient", "Jonas Weber,empathy,0,,,",
                              "Ana Ruiz,empathy,0,,,", "Li Wei,empathy,0,,,",
                              "Jonas Weber,greeting,3," + third + "," + third + ",lenient",
                              "Ana Ruiz,greeting,3,0,0,neutral", "Li Wei,greeting,3,0,0,neutral"}));
        QCOMPARE(csvLines(files->agreed),
                 QStringList{"interaction_id,agent_id,attribute,agreed_score,note,decided_on"});

        // Masked: the same agent keeps its letter; participants by initials.
        exporting::SessionCsvOptions masked;
        masked.labels = {true, true};
        auto maskedFiles = exporting::writeCalibrationSessionCsv(data.value(), m_dir.filePath("masked"), masked);
        QVERIFY(maskedFiles);
        const QStringList m = csvLines(maskedFiles->reveal);
        QVERIFY(m[1].startsWith(QStringLiteral("C00000001,Agent A,accuracy,JW,")));
        QVERIFY(m[13].startsWith(QStringLiteral("C00000002,Agent A,accuracy,JW,")));
        QVERIFY(m[26].startsWith(QStringLiteral("C00000003,Agent B,accuracy,AR,")));
        QCOMPARE(csvLines(maskedFiles->participants)[2], "AR,accuracy,3," + third + ",-" + third + ",strict");
    }

    void agreedScoresAndNotes()
    {
        auto db = sessionDb();
        QVERIFY(db);
        QVERIFY(store::recordConsensus(
            *db, "S1",
            std::vector<fb::Consensus>{
                {"C00000002", "accuracy", 2.0, "Refund promised before checking eligibility, partly right", {}},
                {"C00000002", "greeting", std::nullopt, "=Callback: no greeting expected", QDate(2026, 9, 4)}}));
        auto data = store::loadSessionReportData(*db, "S1", fewResamples());
        QVERIFY(data);
        QCOMPARE(data->agreed.size(), std::size_t(2));
        auto files = exporting::writeCalibrationSessionCsv(data.value(), m_dir.filePath(QStringLiteral("agreed")));
        QVERIFY(files);
        // The note is quoted for its comma and formula-guarded for its leading '='; NA stays NA.
        QCOMPARE(csvLines(files->agreed),
                 (QStringList{"interaction_id,agent_id,attribute,agreed_score,note,decided_on",
                              "C00000002,A0001,accuracy,2,\"Refund promised before checking eligibility, partly "
                              "right\",2026-09-03",
                              "C00000002,A0001,greeting,NA,'=Callback: no greeting expected,2026-09-04"}));
        const QStringList reveal = csvLines(files->reveal);
        QVERIFY(reveal[1].endsWith(QStringLiteral(",no,1,1,") + num(data->reveal.rows[0].spread->sd) + ","));
        QVERIFY2(reveal[14].startsWith(QStringLiteral("C00000002,A0001,accuracy,Ana Ruiz,1,2,-1,no,1,1,")) &&
                     reveal[14].endsWith(QStringLiteral(",2")),
                 qPrintable(reveal[14]));
        QVERIFY2(reveal[21].startsWith(QStringLiteral("C00000002,A0001,greeting,Li Wei,0,0,0,no,0,1,")) &&
                     reveal[21].endsWith(QStringLiteral(",NA")),
                 qPrintable(reveal[21]));
        // The agreed total counts the agreed scores only (the NA drops out): 100 * (30 * 2/4) / 30 = 50.
        QVERIFY2(reveal[22].endsWith(QStringLiteral(",50")), qPrintable(reveal[22]));

        // Without an anchor, the statistics now compare with the agreed scores:
        // accuracy of interaction 2 only, Ana 1 against the agreed 2.
        QCOMPARE(data->report.reference, analytics::ReferenceKind::Consensus);
        QVERIFY(csvLines(files->participants).contains(QStringLiteral("Ana Ruiz,accuracy,1,1,-1,strict")));
    }

    void errorsNameTheFile()
    {
        auto db = sessionDb();
        QVERIFY(db);
        auto data = store::loadSessionReportData(*db, "S1", fewResamples());
        QVERIFY(data);
        const QString file = m_dir.filePath(QStringLiteral("plain.txt"));
        QVERIFY(fbtest::writeFile(file, "x"));
        const QString under = file + QStringLiteral("/reports");
        auto refused = exporting::writeCalibrationSessionCsv(data.value(), under);
        QVERIFY(!refused);
        QVERIFY2(refused.error().toString().contains(under), qPrintable(refused.error().toString()));

        // One target that cannot be written: all four are opened first, so
        // none of the others is replaced.
        const QString dir = m_dir.filePath(QStringLiteral("partial"));
        auto first = exporting::writeCalibrationSessionCsv(data.value(), dir);
        QVERIFY(first);
        const QByteArray before = fbtest::readAll(first->reveal);
        QVERIFY(QFile::remove(first->agreed));
        QVERIFY(QDir().mkpath(first->agreed));
        exporting::SessionCsvOptions masked;
        masked.labels.maskAgents = true;
        auto second = exporting::writeCalibrationSessionCsv(data.value(), dir, masked);
        QVERIFY(!second);
        QVERIFY2(second.error().toString().contains(QStringLiteral("S1-agreed.csv")),
                 qPrintable(second.error().toString()));
        QCOMPARE(fbtest::readAll(first->reveal), before);
    }
};

QTEST_GUILESS_MAIN(TestCalibrationReport)
#include "tst_calibrationreport.moc"
