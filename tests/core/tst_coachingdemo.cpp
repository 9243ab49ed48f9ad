// The demo site's no-effect coach (docs/demo-site.md): coaching effectiveness
// must not credit a coach whose agents were picked for a bad baseline and
// improved only by regression to the mean (docs/coaching.md).
#include "FbTestSupport.h"
#include "analytics/Coaching.h"
#include "demo/DemoGenerator.h"
#include "store/CoachingStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fb;
using namespace fb::analytics;

class TestCoachingDemo : public QObject {
    Q_OBJECT

private slots:
    void noEffectCoachIsNotCredited();
};

void TestCoachingDemo::noEffectCoachIsNotCredited()
{
    QTemporaryDir dir;
    auto db = fbtest::openDb(dir.filePath(QStringLiteral("demo.db")));
    QVERIFY(db);
    QVERIFY(demo::generateDemo(*db, demo::DemoOptions{}));
    auto in = store::loadEffectInput(*db, {}, {});
    QVERIFY2(in, in ? "" : qPrintable(in.error().toString()));
    const auto rows = effectiveness(in.value(), {}, {}, Grouping::Coach);
    const auto noor =
        std::find_if(rows.begin(), rows.end(), [](const EffectRow& r) { return r.group == "Noor Lindqvist"; });
    QVERIFY(noor != rows.end());
    // One note per team on 2026-09-23 (0-based site week 11), each on the team's worst handle time.
    QCOMPARE(noor->notes, qint64(4));
    QCOMPARE(noor->measured, qint64(4));
    QCOMPARE(noor->teams, qint64(4));
    QVERIFY(noor->smallSample());
    qInfo("no-effect coach: change %.3f, control %.3f, plain DiD %.3f, adjusted %.3f [%.3f, %.3f] points",
          *noor->change, *noor->controlChange, *noor->change - *noor->controlChange, *noor->did, *noor->didLow,
          *noor->didHigh);
    // Agents picked for their worst month improve without help...
    QVERIFY(*noor->change - *noor->controlChange > 0);
    // ...and against controls of the same baseline, clustered by team, the interval holds no effect.
    QVERIFY(noor->didLow && noor->didHigh);
    QVERIFY(*noor->didLow < 0 && *noor->didHigh > 0);
}

QTEST_GUILESS_MAIN(TestCoachingDemo)
#include "tst_coachingdemo.moc"
