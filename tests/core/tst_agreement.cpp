// Agreement statistics against published worked examples.
//
// Reference values and where they come from:
// - Krippendorff, K. (2011). "Computing Krippendorff's Alpha-Reliability",
//   https://repository.upenn.edu/asc_papers/43. Example C/D/E: 4 observers x 12
//   units with missing values: nominal 0.743, ordinal 0.815, interval 0.849,
//   ratio 0.797. The same matrix is the test data of the python `krippendorff`
//   package (pln-fing-udelar/fast-krippendorff, tests/test_krippendorff.py:
//   ordinal 0.815, ratio 0.797) and the `cac.raw4raters` data set of the irrCAC
//   R package (Gwet 2014, p. 120), whose vignette prints krippen.alpha.raw =
//   0.74342 and gwet.ac1.raw = 0.77544 (pa 0.8181818, pe 0.1903212).
// - Krippendorff (2011), example A: binary data, 2 observers x 10 units, no
//   missing values: alpha = 0.095.
// - Wikipedia "Krippendorff's alpha", computational example, 3 coders x 15
//   units, also in the python krippendorff tests: nominal 0.691358, interval
//   0.810845.
// Full-precision values: computed independently with exact rational
// arithmetic (Python fractions) from the coincidence matrix, e.g. for the
// 4 x 12 example n = 40, nominal D_o = 1/5, D_e = 152/195, alpha = 113/152;
// interval D_o = 13/30, D_e = 112/39, alpha = 951/1120; ordinal alpha =
// 108577/133160; ratio alpha = 18222619/22852465; binary alpha = 2/21 (o_01 = 4,
// n_0 = 14, n_1 = 6: 1 - 19 * 4 / 84); Wikipedia nominal 56/81, interval
// 643/793; AC1 (4 x 12) = 31825/41041 with p_a = 9/11.
#include "analytics/Agreement.h"
#include "analytics/Deviation.h"
#include "import/ReliabilityCsv.h"

#include <QTest>

#include <cmath>
#include <optional>
#include <vector>

using namespace fb;
using namespace fb::analytics;

namespace {

constexpr double kTight = 1e-12;
const Cell _ = std::nullopt;

ReliabilityData krippendorff2011()
{
    // One row per unit, columns observers A..D (the paper prints observers as rows).
    return {{"A", "B", "C", "D"},
            {{1, 1, _, 1},
             {2, 2, 3, 2},
             {3, 3, 3, 3},
             {3, 3, 3, 3},
             {2, 2, 2, 2},
             {1, 2, 3, 4},
             {4, 4, 4, 4},
             {1, 1, 2, 1},
             {2, 2, 2, 2},
             {_, 5, 5, 5},
             {_, _, 1, 1},
             {_, 3, _, _}}};
}

ReliabilityData binary2011()
{
    return {{"A", "B"}, {{0, 1}, {1, 1}, {0, 1}, {0, 0}, {0, 0}, {0, 1}, {0, 0}, {0, 0}, {1, 0}, {0, 0}}};
}

ReliabilityData wikipedia()
{
    const std::vector<std::vector<Cell>> coders = {
        {_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3},
        {1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _},
        {_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4},
    };
    ReliabilityData d{{"A", "B", "C"}, {}};
    for (std::size_t u = 0; u < coders[0].size(); ++u)
        d.units.push_back({coders[0][u], coders[1][u], coders[2][u]});
    return d;
}

double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

double alphaOf(const ReliabilityData& d, AlphaMetric m)
{
    auto r = krippendorffAlpha(d, m);
    if (!r)
        qFatal("alpha failed: %s", qPrintable(r.error().toString()));
    return r->alpha;
}

QString dataPath(const char* name)
{
    return QStringLiteral(FB_TESTDATA "/calibration/") + QLatin1String(name);
}

} // namespace

class TestAgreement : public QObject {
    Q_OBJECT

private slots:
    void publishedAlpha_data()
    {
        QTest::addColumn<int>("metric");
        QTest::addColumn<double>("published");
        QTest::addColumn<double>("exact");
        QTest::newRow("nominal") << int(AlphaMetric::Nominal) << 0.743 << 113.0 / 152.0;
        QTest::newRow("ordinal") << int(AlphaMetric::Ordinal) << 0.815 << 108577.0 / 133160.0;
        QTest::newRow("interval") << int(AlphaMetric::Interval) << 0.849 << 951.0 / 1120.0;
        QTest::newRow("ratio") << int(AlphaMetric::Ratio) << 0.797 << 18222619.0 / 22852465.0;
    }
    void publishedAlpha()
    {
        QFETCH(int, metric);
        QFETCH(double, published);
        QFETCH(double, exact);
        auto r = krippendorffAlpha(krippendorff2011(), AlphaMetric(metric));
        QVERIFY(r.ok());
        QCOMPARE(round3(r->alpha), published);
        QVERIFY(std::abs(r->alpha - exact) < kTight);
        QCOMPARE(r->pairableValues, qint64(40));
        QCOMPARE(r->unitsUsed, qint64(11)); // unit 12 has a single value
        QCOMPARE(r->distinctValues, qint64(5));
    }

    void disagreementsOfThePaperExample()
    {
        auto nominal = krippendorffAlpha(krippendorff2011(), AlphaMetric::Nominal);
        QVERIFY(nominal.ok());
        QVERIFY(std::abs(nominal->observedDisagreement - 1.0 / 5.0) < kTight);
        QVERIFY(std::abs(nominal->expectedDisagreement - 152.0 / 195.0) < kTight);
        auto interval = krippendorffAlpha(krippendorff2011(), AlphaMetric::Interval);
        QVERIFY(interval.ok());
        QVERIFY(std::abs(interval->observedDisagreement - 13.0 / 30.0) < kTight);
        QVERIFY(std::abs(interval->expectedDisagreement - 112.0 / 39.0) < kTight);
        // irrCAC's krippen.alpha.raw prints 0.74342 for the same matrix.
        QCOMPARE(std::round(nominal->alpha * 1e5) / 1e5, 0.74342);
    }

    void binaryExample()
    {
        auto r = krippendorffAlpha(binary2011(), AlphaMetric::Nominal);
        QVERIFY(r.ok());
        QCOMPARE(round3(r->alpha), 0.095);
        QVERIFY(std::abs(r->alpha - 2.0 / 21.0) < kTight);
        QCOMPARE(r->pairableValues, qint64(20));
        // With two values, nominal and interval differences coincide up to a factor.
        QVERIFY(std::abs(alphaOf(binary2011(), AlphaMetric::Interval) - 2.0 / 21.0) < kTight);
    }

    void wikipediaExample()
    {
        QVERIFY(std::abs(alphaOf(wikipedia(), AlphaMetric::Nominal) - 56.0 / 81.0) < kTight);
        QVERIFY(std::abs(alphaOf(wikipedia(), AlphaMetric::Interval) - 643.0 / 793.0) < kTight);
        QCOMPARE(std::round(alphaOf(wikipedia(), AlphaMetric::Nominal) * 1e6) / 1e6, 0.691358);
        QCOMPARE(std::round(alphaOf(wikipedia(), AlphaMetric::Interval) * 1e6) / 1e6, 0.810845);
    }

    void perfectAgreementIsOne()
    {
        const ReliabilityData d{{"a", "b", "c"}, {{1, 1, 1}, {2, 2, _}, {4, 4, 4}}};
        for (AlphaMetric m : {AlphaMetric::Nominal, AlphaMetric::Ordinal, AlphaMetric::Interval, AlphaMetric::Ratio})
            QCOMPARE(alphaOf(d, m), 1.0);
    }

    void missingValuesAndSingletonsAreIgnored()
    {
        ReliabilityData d = krippendorff2011();
        const double before = alphaOf(d, AlphaMetric::Interval);
        d.units.push_back({_, _, _, _});
        d.units.push_back({_, 9, _, _}); // a lone score pairs with nothing
        QCOMPARE(alphaOf(d, AlphaMetric::Interval), before);
    }

    void orderOfUnitsAndCodersDoesNotMatter()
    {
        ReliabilityData d = krippendorff2011();
        const double before = alphaOf(d, AlphaMetric::Ordinal);
        std::reverse(d.units.begin(), d.units.end());
        for (auto& row : d.units)
            std::reverse(row.begin(), row.end());
        QVERIFY(std::abs(alphaOf(d, AlphaMetric::Ordinal) - before) < kTight);
    }

    void intervalIsInvariantUnderLinearRescaling()
    {
        ReliabilityData d = krippendorff2011();
        const double before = alphaOf(d, AlphaMetric::Interval);
        for (auto& row : d.units)
            for (auto& c : row)
                if (c)
                    c = *c * 25.0 - 10.0;
        QVERIFY(std::abs(alphaOf(d, AlphaMetric::Interval) - before) < kTight);
    }

    void undefinedAlphaIsAnError()
    {
        const ReliabilityData oneValue{{"a", "b"}, {{3, 3}, {3, _}, {3, 3}}};
        auto r1 = krippendorffAlpha(oneValue, AlphaMetric::Interval);
        QVERIFY(!r1.ok());
        QVERIFY(r1.error().reason.contains(QStringLiteral("undefined")));
        // A different value in a unit with a single score does not make it defined.
        const ReliabilityData lonelyOther{{"a", "b"}, {{3, 3}, {5, _}}};
        QVERIFY(!krippendorffAlpha(lonelyOther, AlphaMetric::Nominal).ok());
        const ReliabilityData noPairs{{"a", "b"}, {{1, _}, {_, 2}}};
        auto r2 = krippendorffAlpha(noPairs, AlphaMetric::Nominal);
        QVERIFY(!r2.ok());
        QVERIFY(r2.error().reason.contains(QStringLiteral("two coders")));
        QVERIFY(!krippendorffAlpha(ReliabilityData{}, AlphaMetric::Nominal).ok());
    }

    void invalidInputIsAnError()
    {
        const ReliabilityData ragged{{"a", "b"}, {{1, 2}, {1}}};
        QVERIFY(!krippendorffAlpha(ragged, AlphaMetric::Nominal).ok());
        const ReliabilityData nan{{"a", "b"}, {{1, std::nan("")}, {1, 2}}};
        QVERIFY(!krippendorffAlpha(nan, AlphaMetric::Interval).ok());
        const ReliabilityData negative{{"a", "b"}, {{-1, 2}, {1, 2}}};
        QVERIFY(!krippendorffAlpha(negative, AlphaMetric::Ratio).ok());
        QVERIFY(krippendorffAlpha(negative, AlphaMetric::Interval).ok());
    }

    void metricNames()
    {
        for (AlphaMetric m : {AlphaMetric::Nominal, AlphaMetric::Ordinal, AlphaMetric::Interval, AlphaMetric::Ratio})
            QCOMPARE(parseMetric(metricName(m)), std::optional<AlphaMetric>(m));
        QVERIFY(!parseMetric("Interval").has_value());
        QVERIFY(!parseMetric("").has_value());
    }

    void splitMixMatchesReferenceStream()
    {
        // Reference output of SplitMix64 (Vigna's splitmix64.c) for seed 1234567,
        // reproduced independently in Python.
        SplitMix64 g(1234567);
        QCOMPARE(g.next(), quint64(6457827717110365317ULL));
        QCOMPARE(g.next(), quint64(3203168211198807973ULL));
        QCOMPARE(g.next(), quint64(9817491932198370423ULL));
        QCOMPARE(g.next(), quint64(4593380528125082431ULL));
        QCOMPARE(g.next(), quint64(16408922859458223821ULL));
        SplitMix64 h(42);
        std::vector<int> hits(7, 0);
        for (int i = 0; i < 7000; ++i) {
            const quint64 v = h.below(7);
            QVERIFY(v < 7);
            ++hits[std::size_t(v)];
        }
        for (int n : hits)
            QVERIFY(n > 800 && n < 1200);
    }

    void bootstrapIsDeterministic()
    {
        const auto d = krippendorff2011();
        auto a = bootstrapAlpha(d, AlphaMetric::Interval, 1000, 7);
        auto b = bootstrapAlpha(d, AlphaMetric::Interval, 1000, 7);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->low, b->low);
        QCOMPARE(a->high, b->high);
        QCOMPARE(a->resamples, 1000);
        QCOMPARE(a->level, 0.95);
        QVERIFY(a->low < 951.0 / 1120.0);
        QVERIFY(a->high <= 1.0);
        QVERIFY(a->low < a->high);
        auto c = bootstrapAlpha(d, AlphaMetric::Interval, 1000, 8);
        QVERIFY(c.ok());
        QVERIFY(c->low != a->low || c->high != a->high);
        // The default arguments: 1,000 resamples, fixed seed.
        auto def = bootstrapAlpha(d, AlphaMetric::Interval);
        QVERIFY(def.ok());
        QCOMPARE(def->resamples, kDefaultResamples);
        auto same = bootstrapAlpha(d, AlphaMetric::Interval, kDefaultResamples, kDefaultSeed);
        QCOMPARE(def->low, same->low);
    }

    void bootstrapSkipsUndefinedResamples()
    {
        // Two pairable units: half the resamples draw one of them twice and
        // see a single value, where alpha is undefined.
        const ReliabilityData d{{"a", "b"}, {{1, 1}, {2, 2}}};
        auto r = bootstrapAlpha(d, AlphaMetric::Nominal, 1000, 1);
        QVERIFY(r.ok());
        QVERIFY(r->undefined > 350 && r->undefined < 650);
        QCOMPARE(r->low, 1.0);
        QCOMPARE(r->high, 1.0);
    }

    void bootstrapByGroupDrawsWholeGroups()
    {
        const auto d = krippendorff2011();
        // One group holding every unit: each resample is the whole data, so
        // every resampled alpha is the full alpha and the interval is that point.
        const std::vector<std::size_t> one(d.units.size(), 0);
        const auto full = krippendorffAlpha(d, AlphaMetric::Interval);
        const auto whole = bootstrapAlphaByGroup(d, one, AlphaMetric::Interval, 200, 7);
        QVERIFY(whole.ok() && full.ok());
        QVERIFY(std::abs(whole->low - full->alpha) < 1e-12);
        QVERIFY(std::abs(whole->high - full->alpha) < 1e-12);
        // Every unit its own group: the unit bootstrap, draw for draw.
        std::vector<std::size_t> own(d.units.size());
        for (std::size_t i = 0; i < own.size(); ++i)
            own[i] = i;
        const auto a = bootstrapAlphaByGroup(d, own, AlphaMetric::Interval, 1000, 7);
        const auto b = bootstrapAlpha(d, AlphaMetric::Interval, 1000, 7);
        QCOMPARE(a->low, b->low);
        QCOMPARE(a->high, b->high);
        QCOMPARE(bootstrapAlphaByGroup(d, {0, 1}, AlphaMetric::Interval, 10, 7).error().reason,
                 QStringLiteral("2 groups are given for %1 units").arg(d.units.size()));
    }

    void bootstrapRefusesBadInput()
    {
        QVERIFY(!bootstrapAlpha(krippendorff2011(), AlphaMetric::Nominal, 0, 1).ok());
        QVERIFY(!bootstrapAlpha(krippendorff2011(), AlphaMetric::Nominal, 100, 1, 1.0).ok());
        const ReliabilityData oneValue{{"a", "b"}, {{3, 3}, {3, 3}}};
        QVERIFY(!bootstrapAlpha(oneValue, AlphaMetric::Nominal, 100, 1).ok());
    }

    void gwetAc1Published()
    {
        // irrCAC vignette: gwet.ac1.raw(cac.raw4raters): AC1 0.77544, pa 0.8181818, pe 0.1903212.
        auto r = gwetAc1(krippendorff2011());
        QVERIFY(r.ok());
        QCOMPARE(std::round(r->ac1 * 1e5) / 1e5, 0.77544);
        QCOMPARE(std::round(r->percentAgreement * 1e7) / 1e7, 0.8181818);
        QCOMPARE(std::round(r->chanceAgreement * 1e7) / 1e7, 0.1903212);
        QVERIFY(std::abs(r->ac1 - 31825.0 / 41041.0) < kTight);
        QVERIFY(std::abs(r->percentAgreement - 9.0 / 11.0) < kTight);
        QCOMPARE(r->categories, 5);
        QCOMPARE(r->unitsRated, qint64(12));
        QCOMPARE(r->unitsPaired, qint64(11));
    }

    void gwetAc1OnOneSidedYesNo()
    {
        // Nine units both "yes", one split: alpha collapses to 0, AC1 stays high.
        ReliabilityData d{{"a", "b"}, {}};
        for (int i = 0; i < 9; ++i)
            d.units.push_back({1, 1});
        d.units.push_back({1, 0});
        QVERIFY(std::abs(alphaOf(d, AlphaMetric::Nominal)) < kTight);
        auto r = gwetAc1(d, {0, 1});
        QVERIFY(r.ok());
        // p_a = 0.9, pi_yes = 0.95, p_e = 2 * 0.95 * 0.05 = 0.095: AC1 = 0.805 / 0.905.
        QVERIFY(std::abs(r->ac1 - 161.0 / 181.0) < kTight);
        // The binary 2011 example: p_a = 0.6, p_e = 0.42, AC1 = 9/29.
        auto b = gwetAc1(binary2011(), {0, 1});
        QVERIFY(b.ok());
        QVERIFY(std::abs(b->ac1 - 9.0 / 29.0) < kTight);
    }

    void gwetAc1Edges()
    {
        const ReliabilityData allYes{{"a", "b", "c"}, {{1, 1, 1}, {1, 1, _}}};
        QVERIFY(!gwetAc1(allYes).ok()); // one category seen and none given
        auto r = gwetAc1(allYes, {0, 1});
        QVERIFY(r.ok());
        QCOMPARE(r->ac1, 1.0);
        QVERIFY(!gwetAc1(allYes, {0, 2}).ok()); // 1 is not a category
        const ReliabilityData noPairs{{"a", "b"}, {{1, _}, {_, 0}}};
        QVERIFY(!gwetAc1(noPairs, {0, 1}).ok());
    }

    void spread()
    {
        const std::vector<Cell> scores{1, _, 3, 2};
        const auto s = spreadOf(scores);
        QVERIFY(s.has_value());
        QCOMPARE(s->count, qint64(3));
        QCOMPARE(s->range, 2.0);
        QCOMPARE(s->mean, 2.0);
        QCOMPARE(s->median, 2.0);
        QVERIFY(s->sd.has_value());
        QCOMPARE(*s->sd, 1.0);
        const std::vector<Cell> one{_, 4};
        QVERIFY(!spreadOf(one)->sd.has_value());
        QCOMPARE(spreadOf(one)->range, 0.0);
        const std::vector<Cell> none{_, _};
        QVERIFY(!spreadOf(none).has_value());
        const std::vector<Cell> even{4, 1, 2, 3};
        QCOMPARE(*medianOf(even), 2.5);
    }

    void deviationsFromAnchor()
    {
        // Coder 0 is the anchor; b is lenient by one point, c strict on one unit.
        const ReliabilityData d{{"anchor", "b", "c"}, {{2, 3, 2}, {3, 4, 1}, {1, 2, _}, {_, 4, 4}}};
        auto ref = referenceFor(d, 0);
        QVERIFY(ref.ok());
        auto dev = deviationsFrom(d, ref.value());
        QVERIFY(dev.ok());
        QVERIFY(!dev.value()[0][0].has_value()); // the anchor's own column
        QCOMPARE(*dev.value()[1][2], -2.0);
        QVERIFY(!dev.value()[3][1].has_value()); // no anchor score for unit 4
        auto tol = withinTolerance(d, ref.value(), 1.0);
        QVERIFY(tol.ok());
        QCOMPARE(tol->total, qint64(5));
        QCOMPARE(tol->within, qint64(4));
        QCOMPARE(*tol->share, 0.8);
        auto strictTol = withinTolerance(d, ref.value(), 0.0);
        QCOMPARE(strictTol->within, qint64(1));
        auto coders = coderDeviations(d, ref.value());
        QVERIFY(coders.ok());
        QCOMPARE(coders->size(), std::size_t(2));
        QCOMPARE(coders.value()[0].coder, std::string("b"));
        QCOMPARE(*coders.value()[0].meanAbsolute, 1.0);
        QCOMPARE(*coders.value()[0].meanBias, 1.0);
        QCOMPARE(leaningOf(*coders.value()[0].meanBias), Leaning::Lenient);
        QCOMPARE(coders.value()[1].compared, qint64(2));
        QCOMPARE(*coders.value()[1].meanAbsolute, 1.0);
        QCOMPARE(*coders.value()[1].meanBias, -1.0);
        QCOMPARE(leaningOf(-1.0), Leaning::Strict);
        QCOMPARE(leaningOf(0.2, 0.25), Leaning::Neutral);
        QCOMPARE(std::string(leaningName(Leaning::Strict)), std::string("strict"));
        QVERIFY(!referenceFor(d, 3).ok());
    }

    void deviationsFromMedianAndConsensus()
    {
        const ReliabilityData d{{"a", "b", "c"}, {{1, 2, 4}, {3, 3, _}}};
        auto ref = referenceFor(d);
        QVERIFY(ref.ok());
        QCOMPARE(*ref->values[0], 2.0);
        QCOMPARE(*ref->values[1], 3.0);
        auto coders = coderDeviations(d, ref.value());
        QVERIFY(coders.ok());
        QCOMPARE(coders->size(), std::size_t(3));
        QCOMPARE(*coders.value()[2].meanBias, 2.0);
        auto consensus = consensusReference(d, {2, _});
        QVERIFY(consensus.ok());
        auto tol = withinTolerance(d, consensus.value(), 1.0);
        QCOMPARE(tol->total, qint64(3));
        QCOMPARE(tol->within, qint64(2));
        QVERIFY(!consensusReference(d, {2}).ok());
        QVERIFY(!withinTolerance(d, consensus.value(), -1).ok());
    }

    void parseScores()
    {
        QCOMPARE(import::parseScore("3", false), std::optional<Cell>(Cell(3.0)));
        QCOMPARE(import::parseScore(" 2.5 ", false), std::optional<Cell>(Cell(2.5)));
        QCOMPARE(import::parseScore("+1", false), std::optional<Cell>(Cell(1.0)));
        QCOMPARE(import::parseScore("-1e1", false), std::optional<Cell>(Cell(-10.0)));
        QCOMPARE(import::parseScore("2,5", true), std::optional<Cell>(Cell(2.5)));
        QVERIFY(!import::parseScore("2,5", false).has_value());
        QCOMPARE(import::parseScore("", false), std::optional<Cell>(Cell()));
        QCOMPARE(import::parseScore("  ", false), std::optional<Cell>(Cell()));
        QCOMPARE(import::parseScore("NA", false), std::optional<Cell>(Cell()));
        QVERIFY(!import::parseScore("yes", false).has_value());
        QVERIFY(!import::parseScore("nan", false).has_value());
        QVERIFY(!import::parseScore("inf", false).has_value());
    }

    void readCsvFixtures()
    {
        auto d = import::readReliabilityCsv(dataPath("krippendorff2011.csv"));
        QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().toString()));
        QCOMPARE(d->coders, (std::vector<std::string>{"A", "B", "C", "D"}));
        QCOMPARE(d->units.size(), std::size_t(12));
        QVERIFY(!d->units[0][2].has_value());
        QVERIFY(std::abs(alphaOf(d.value(), AlphaMetric::Interval) - 951.0 / 1120.0) < kTight);

        auto comma = import::readReliabilityCsv(dataPath("decimal_comma.csv"));
        QVERIFY(comma.ok());
        QCOMPARE(comma->coders.size(), std::size_t(3));
        QCOMPARE(*comma->units[0][0], 2.5);
        QVERIFY(!comma->units[3][2].has_value());

        auto bad = import::readReliabilityCsv(dataPath("not_a_number.csv"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().line, qint64(3));
        QCOMPARE(bad.error().column, QStringLiteral("B"));
        QVERIFY(!import::readReliabilityCsv(dataPath("ragged.csv")).ok());
        QVERIFY(!import::readReliabilityCsv(dataPath("does_not_exist.csv")).ok());
    }
};

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
