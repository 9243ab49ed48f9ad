// The behaviour list edited from the Recognition page ("Behaviours…") on a
// seeded demo site (12 agents, 2 teams, 8 weeks, 10 contacts, seed 1), by
// keyboard: the list starts as the default six, a rename and a removal of
// behaviours nominations cite say that the nominations keep their name, a row
// without a name is refused with the store's message and nothing written, and
// the saved list is exactly what the store reads back (the function the CLI's
// `recognition behaviors --set` writes through). With FB_SCREENSHOT_DIR set it
// writes recognition-behaviours.png there.
#include "AppSupport.h"
#include "DemoSite.h"
#include "Screenshots.h"
#include "demo/DemoGenerator.h"
#include "pages/recognition/BehaviorsDialog.h"
#include "pages/recognition/NominateTab.h"
#include "pages/recognition/RecognitionPage.h"
#include "store/Database.h"
#include "store/RecognitionStore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fb;

namespace {

QStringList items(const QListWidget* list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

QStringList stored(const QString& path)
{
    auto db = store::Database::open(path);
    if (!db.ok())
        return {u"cannot open"_s};
    auto list = store::recognitionBehaviors(**db);
    if (!list)
        return {list.error().toString()};
    QStringList out;
    for (const auto& b : list.value())
        out << QString::fromStdString(b.name + " = " + b.measure);
    return out;
}

} // namespace

class TestRecognitionBehaviors final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        ui::initResources();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"site.floorboard"_s);
        demo::DemoOptions o;
        o.agents = 12;
        o.teams = 2;
        o.weeks = 8;
        o.contactsPerWeek = 10;
        QVERIFY(fbtest::makeDemoSite(m_path, o));
    }

    void editByKeyboard()
    {
        const QStringList before{
            u"accurate resolution = accuracy"_s,        u"first-contact completion = fcr"_s,
            u"productive empathy = empathy"_s,          u"clean handoff = rework"_s,
            u"precise documentation = documentation"_s, u"perfect escalation = policy_adherence"_s};
        QCOMPARE(stored(m_path), before);
        ui::RecognitionPage page(m_path);
        QSignalSpy loaded(&page, &ui::RecognitionPage::loaded);
        QVERIFY(loaded.wait(10000));
        QSignalSpy shown(&page, &ui::RecognitionPage::behaviorsDialogShown);
        page.editBehaviors();
        QVERIFY(shown.wait(10000));
        QPointer<ui::BehaviorsDialog> dialog = shown.at(0).at(0).value<ui::BehaviorsDialog*>();
        QVERIFY(dialog);
        QCOMPARE(items(dialog->list()), (QStringList{u"accurate resolution — Accuracy (rubric attribute)"_s,
                                                     u"first-contact completion — FCR (scorecard metric)"_s,
                                                     u"productive empathy — Empathy (rubric attribute)"_s,
                                                     u"clean handoff — Rework (scorecard metric)"_s,
                                                     u"precise documentation — Documentation (rubric attribute)"_s,
                                                     u"perfect escalation — Policy adherence (rubric attribute)"_s}));

        // Rename by keyboard: the two nominations of "clean handoff" keep that name.
        dialog->list()->setCurrentRow(3);
        QCOMPARE(dialog->nameEdit()->text(), u"clean handoff"_s);
        QTest::keyClick(dialog->nameEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(dialog->nameEdit(), u"clean hand-off"_s);
        QCOMPARE(dialog->list()->item(3)->text(), u"clean hand-off — Rework (scorecard metric)"_s);
        QCOMPARE(dialog->noteLabel()->text(),
                 u"'clean handoff' is cited by 2 nomination(s); they keep that name as given."_s);
        // Tie "productive empathy" to CSAT instead of the attribute.
        dialog->list()->setCurrentRow(2);
        dialog->measureBox()->setCurrentIndex(dialog->measureBox()->findData(u"csat"_s));
        QCOMPARE(dialog->list()->item(2)->text(), u"productive empathy — CSAT (scorecard metric)"_s);
        // Removing one three nominations cite is allowed (they keep their text) and said so.
        dialog->list()->setCurrentRow(1);
        QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
        QCOMPARE(dialog->list()->count(), 5);
        QCOMPARE(dialog->noteLabel()->text(),
                 u"'first-contact completion' is cited by 3 nomination(s); they keep that name as given."_s);

        // A new row without a name: the store refuses, names the row, and writes nothing.
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        QCOMPARE(dialog->list()->item(5)->text(), u"(no name yet) — nothing (not measured)"_s);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->noteLabel()->text(),
                                  u"Not saved, nothing changed: behaviour 6: the name is missing"_s, 10000);
        QVERIFY(dialog->isVisible());
        QCOMPARE(stored(m_path), before);
        QVERIFY(fb::test::saveScreenshot(dialog->grab().toImage(), u"recognition-behaviours.png"_s));

        QTest::keyClicks(dialog->nameEdit(), u"calm de-escalation"_s);
        dialog->measureBox()->setCurrentIndex(dialog->measureBox()->findData(u"escalation"_s));
        QSignalSpy written(&page, &ui::RecognitionPage::written);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(written.wait(10000));
        QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
        QCOMPARE(stored(m_path),
                 (QStringList{u"accurate resolution = accuracy"_s, u"productive empathy = csat"_s,
                              u"clean hand-off = rework"_s, u"precise documentation = documentation"_s,
                              u"perfect escalation = policy_adherence"_s, u"calm de-escalation = escalation"_s}));
        // The nomination form offers the new list once the page has re-read it.
        QVERIFY(loaded.wait(10000));
        QComboBox* box = page.nominate()->behaviorBox();
        QStringList offered;
        for (int i = 0; i < box->count(); ++i)
            offered << box->itemText(i);
        QCOMPARE(offered, (QStringList{u"accurate resolution"_s, u"productive empathy"_s, u"clean hand-off"_s,
                                       u"precise documentation"_s, u"perfect escalation"_s, u"calm de-escalation"_s}));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestRecognitionBehaviors)
#include "tst_recognitionbehaviors.moc"
