// Editing a plan's numbers on the What-if tab of the Incentives page, on the
// seeded default demo site (48 agents, 16 weeks, seed 1, plan "Quality
// first" version 1, period 2026-Q3): the amount, a floor, a target and a
// minimum n typed into the grid, who gains and who loses before publishing,
// and "Publish as a new version" storing exactly those numbers as version 2.
//
// The expected figures were made without the window, by floorboard-cli on a
// site made with the same options: `floorboard-cli demo`, `incentive plan
// export plan.csv --plan "Quality first"`, the file changed (amount 620, QA
// floor 62, CSAT min_n 10, contacts floor 800 and target 1300), then
// `incentive whatif --plan "Quality first" --period 2026-Q3 --with plan2.csv`
// summed with Python 3 (decimal, a change counts from half a cent): 18 agents
// gain 157.96 in all, 30 lose 871.28, none unchanged; A0001 Wen Abbott
// 425.98779 -> 448.99847 (+23.01068).
//
// With FB_SCREENSHOT_DIR set it writes incentives-*.png there: each tab with
// the change typed in, at the page's size in a 1280x720 window.
#include "AppSupport.h"
#include "DemoSite.h"
#include "EnglishPlurals.h"
#include "Screenshots.h"
#include "demo/DemoGenerator.h"
#include "pages/incentives/ComponentEditor.h"
#include "pages/incentives/IncentivesPage.h"
#include "pages/incentives/PlanView.h"
#include "pages/incentives/WhatIfView.h"
#include "store/Database.h"
#include "store/IncentiveStore.h"

#include <QDoubleSpinBox>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fb;

namespace {

// Types a value into a spin box as a lead would: select all, type, Enter.
void typeInto(QAbstractSpinBox* box, const QString& text)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Return);
}

} // namespace

class TestIncentivePlanEdit final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(fbtest::installEnglishPlurals());
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        ui::initResources();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"site.floorboard"_s);
        QVERIFY(fbtest::makeDemoSite(m_path));
    }

    void floorsTargetsMinimumAndAmount()
    {
        ui::IncentivesPage page(m_path);
        QSignalSpy loaded(&page, &ui::IncentivesPage::loaded);
        QVERIFY(loaded.wait(10000));
        ui::WhatIfView* w = page.whatIfView();
        ui::ComponentEditor* grid = w->components();
        QCOMPARE(grid->floors().size(), size_t(4)); // qa, csat, fcr, contacts
        QCOMPARE(w->amount()->value(), 600.0);
        QCOMPARE(grid->floors()[0]->value(), 55.0);
        QCOMPARE(grid->minimumNs()[1]->value(), 20);
        QCOMPARE(grid->targets()[3]->value(), 1400.0);
        QVERIFY(!w->publishButton()->isEnabled());

        typeInto(w->amount(), u"620"_s);
        typeInto(grid->floors()[0], u"62"_s);
        typeInto(grid->minimumNs()[1], u"10"_s);
        typeInto(grid->floors()[3], u"800"_s);
        typeInto(grid->targets()[3], u"1300"_s);
        QCOMPARE(w->summaryText(), u"18 agents gain (+157.96 in all), 30 lose (-871.28), 0 unchanged, of 48."_s);
        QCOMPARE(w->rows().size(), size_t(48));
        QCOMPARE(fbtest::tableRow(w->table(), 0),
                 (QStringList{u"Wen Abbott"_s, u"Retention"_s, u"425.99"_s, u"449.00"_s, u"+23.01"_s, u"green"_s}));
        QVERIFY(w->publishButton()->isEnabled());
        page.resize(1040, 640); // the page's part of a 1280x720 window, beside the navigation
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const char* names[] = {"incentives-payouts.png", "incentives-plan.png", "incentives-whatif.png",
                               "incentives-audit.png"};
        for (int i = 0; i < page.tabs()->count(); ++i) {
            page.tabs()->setCurrentIndex(i);
            QVERIFY(fb::test::saveScreenshot(page.grab().toImage(), QString::fromLatin1(names[i])));
        }

        QSignalSpy written(&page, &ui::IncentivesPage::written);
        QTest::mouseClick(w->publishButton(), Qt::LeftButton);
        QVERIFY(written.wait(10000));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.statusText(), u"version 2; ISO weeks 2026-W27 to 2026-W39"_s);
        QCOMPARE(page.planView()->versions()->rowCount(), 2);

        auto db = store::Database::open(m_path);
        QVERIFY(db.ok());
        auto plan = store::incentivePlan(**db, "Quality first");
        QVERIFY(plan.ok());
        QCOMPARE(plan->version, 2);
        QCOMPARE(plan->amount, 620.0);
        QCOMPARE(plan->gateQaMin, 68.0);
        QCOMPARE(plan->components.size(), size_t(4));
        QCOMPARE(plan->components[0].floor, 62.0);
        QCOMPARE(plan->components[0].target, 80.0);
        QCOMPARE(plan->components[1].minN, qint64(10));
        QCOMPARE(plan->components[3].floor, 800.0);
        QCOMPARE(plan->components[3].target, 1300.0);
        QCOMPARE(plan->components[3].weight, 0.4);
        // The tab shows the published version: nothing left to publish.
        QCOMPARE(w->amount()->value(), 620.0);
        QVERIFY(!w->publishButton()->isEnabled());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestIncentivePlanEdit)
#include "tst_incentiveplanedit.moc"
