// The Incentives page offscreen: the exact empty state on a site without a
// plan, and on the seeded default demo site (48 agents, 16 weeks, seed 1) the
// last complete quarter chosen from the data, the payouts with the three
// worked examples, what-if before publishing, publishing a new version, and
// the fairness audit that flags the planted late shift and nothing else.
//
// The demo figures were measured with floorboard-cli on the same site
// (`floorboard-cli demo`, then `incentive payout|audit --plan "Quality first"
// --period 2026-Q3`) and agree with tests/cli/tst_incentive_cli.cpp.
#include "AppSupport.h"
#include "DemoSite.h"
#include "EnglishPlurals.h"
#include "demo/DemoGenerator.h"
#include "pages/incentives/AuditView.h"
#include "pages/incentives/IncentivesPage.h"
#include "pages/incentives/PayoutView.h"
#include "pages/incentives/PlanView.h"
#include "pages/incentives/WhatIfView.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fb;

class TestIncentivesPage final : public QObject {
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

    void emptySite()
    {
        const QString path = m_dir.filePath(u"empty.floorboard"_s);
        QVERIFY(store::Database::open(path).ok());
        ui::IncentivesPage page(path);
        QSignalSpy loaded(&page, &ui::IncentivesPage::loaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.statusText(),
                 u"No incentive plan yet: import one with floorboard-cli incentive plan import FILE."_s);
        QCOMPARE(page.planView()->gateText(),
                 u"No incentive plan yet: import one with floorboard-cli incentive plan import FILE "
                 u"(docs/csv-formats.md, \"Incentive plans\")."_s);
        QCOMPARE(page.payoutView()->table()->rowCount(), 0);
    }

    void payoutsOfTheLastCompleteQuarter()
    {
        ui::IncentivesPage page(m_path);
        QSignalSpy loaded(&page, &ui::IncentivesPage::loaded);
        QVERIFY(loaded.wait(10000));
        // The demo's data end in 2026-W43 (25 Oct): Q4 is still running, so Q3.
        QCOMPARE(page.statusText(), u"version 1; ISO weeks 2026-W27 to 2026-W39"_s);
        QCOMPARE(page.payoutView()->table()->rowCount(), 48);
        QVERIFY(page.payoutView()->statusText().startsWith(u"2026-Q3: 48 agents, 22 with the gate green"_s));
        const QString examples = page.payoutView()->examplesText();
        QVERIFY(examples.contains(u"Gate red, volume locked"_s));
        QVERIFY(examples.contains(u"Gate green, below a full score"_s));
        QVERIFY(examples.contains(u"Gate green, the highest score"_s));
        QCOMPARE(page.planView()->components()->rowCount(), 4);
        QCOMPARE(page.planView()->versions()->rowCount(), 1);
    }

    void auditFlagsTheLateShift()
    {
        ui::IncentivesPage page(m_path);
        QSignalSpy loaded(&page, &ui::IncentivesPage::loaded);
        QVERIFY(loaded.wait(10000));
        ui::AuditView* audit = page.auditView();
        audit->grouping()->setCurrentIndex(1); // shift
        QCOMPARE(audit->table()->rowCount(), 3);
        QCOMPARE(fbtest::tableRow(audit->table(), 2).mid(0, 4),
                 (QStringList{u"late"_s, u"8"_s, fbtest::tableRow(audit->table(), 2)[2], u"0 % (0 of 8)"_s}));
        QCOMPARE(fbtest::tableRow(audit->table(), 2)[9], u"flagged"_s);
        QCOMPARE(fbtest::tableRow(audit->table(), 0)[9], QString());
        QCOMPARE(fbtest::tableRow(audit->table(), 1)[9], QString());
        QVERIFY(audit->noteText().startsWith(u"Plan 'Quality first' version 1, 2026-Q3: 48 agents, 22 passed"_s));
        QVERIFY(audit->noteText().contains(u"1 group flagged."_s));
        const QString pdf = m_dir.filePath(u"audit.pdf"_s);
        QString error;
        QVERIFY2(audit->printPdf(pdf, &error), qPrintable(error));
        QVERIFY(QFileInfo(pdf).size() > 1000);
    }

    void whatIfThenPublish()
    {
        ui::IncentivesPage page(m_path);
        QSignalSpy loaded(&page, &ui::IncentivesPage::loaded);
        QVERIFY(loaded.wait(10000));
        ui::WhatIfView* w = page.whatIfView();
        QCOMPARE(w->rows().size(), size_t(48));
        QCOMPARE(w->summaryText(), u"0 agents gain (+0.00 in all), 0 lose (+0.00), 48 unchanged, of 48."_s);
        w->gate()->setValue(0); // every gate green: nobody loses
        for (const auto& r : w->rows())
            QVERIFY(r.change() >= 0);
        QVERIFY(w->rows().front().gateAfter);
        QVERIFY(!w->rows().front().gateBefore);
        QSignalSpy written(&page, &ui::IncentivesPage::written);
        emit w->publishRequested(w->changedPlan());
        QVERIFY(written.wait(10000));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.planView()->versions()->rowCount(), 2);
        QCOMPARE(page.statusText(), u"version 2; ISO weeks 2026-W27 to 2026-W39"_s);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestIncentivesPage)
#include "tst_incentivespage.moc"
