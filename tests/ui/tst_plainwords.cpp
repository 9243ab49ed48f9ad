// The window speaks plainly, on a seeded demo site: a coaching note takes a
// share in percent as the scorecard shows it (65 % is stored as 0.65) and the
// follow-up shows it the same way; rubric keys read as words; no timing or
// CLI flag on screen; Help has the keyboard shortcuts and a glossary.
#include "AppSupport.h"
#include "DemoSite.h"
#include "MainWindow.h"
#include "demo/DemoGenerator.h"
#include "dialogs/HelpDialog.h"
#include "pages/coaching/CoachingNoteForm.h"
#include "pages/coaching/CoachingPage.h"
#include "pages/coaching/FollowUpQueue.h"
#include "pages/scorecards/ScorecardPage.h"
#include "store/CoachingStore.h"
#include "store/Database.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fb;

namespace {

template <typename T> T* named(QWidget* in, const QString& accessibleName)
{
    for (T* w : in->findChildren<T*>())
        if (w->accessibleName() == accessibleName)
            return w;
    return nullptr;
}

} // namespace

class TestPlainWords final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void coachingNoteTakesPercent();
    void scorecardStatusHasNoTiming();
    void helpHasShortcutsAndGlossary();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestPlainWords::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    ui::initResources();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"plain.floorboard"_s);
    demo::DemoOptions options;
    options.agents = 12;
    options.teams = 2;
    options.contactsPerWeek = 20;
    QVERIFY(fbtest::makeDemoSite(m_path, options));
}

void TestPlainWords::coachingNoteTakesPercent()
{
    ui::CoachingPage page(m_path);
    QSignalSpy ready(&page, &ui::CoachingPage::directoryLoaded);
    QVERIFY(ready.wait(30000));
    ui::CoachingNoteForm* form = page.noteForm();
    auto* attribute = named<QComboBox>(form, u"Quality attribute"_s);
    auto* metric = named<QComboBox>(form, u"Target metric"_s);
    QVERIFY(attribute && metric);
    // Rubric keys as words; the key stays the item's data.
    for (int i = 1; i < attribute->count(); ++i) {
        QVERIFY2(!attribute->itemText(i).contains(u'_'), qPrintable(attribute->itemText(i)));
        QVERIFY(attribute->itemText(i).at(0).isUpper());
    }
    QCOMPARE(attribute->itemText(attribute->findData(u"policy_adherence"_s)), u"Policy adherence"_s);
    QCOMPARE(metric->itemText(metric->findData(u"csat"_s)), u"CSAT (%)"_s);

    named<QComboBox>(form, u"Agent"_s)->setCurrentIndex(1);
    named<QLineEdit>(form, u"Coach"_s)->setText(u"Kim Lee"_s);
    attribute->setCurrentIndex(attribute->findData(u"empathy"_s));
    metric->setCurrentIndex(metric->findData(u"csat"_s));
    auto* baseline = named<QLineEdit>(form, u"Baseline"_s);
    baseline->setText(u"65 %"_s);
    emit baseline->textEdited(baseline->text());
    named<QLineEdit>(form, u"Target value"_s)->setText(u"70"_s);
    named<QComboBox>(form, u"Stage"_s)->setCurrentIndex(1);
    named<QPlainTextEdit>(form, u"The agent's commitment"_s)->setPlainText(u"Ask how the customer feels"_s);
    named<QLineEdit>(form, u"Minutes spent"_s)->setText(u"20"_s);
    QSignalSpy saved(form, &ui::CoachingNoteForm::saved);
    QSignalSpy queued(page.queue(), &ui::FollowUpQueue::loaded);
    QMetaObject::invokeMethod(form->saveButton(), "click");
    QVERIFY2(saved.wait(10000), qPrintable(form->message()));
    const std::string id = saved.first().first().toString().toStdString();
    {
        auto db = store::Database::open(m_path, store::Database::Mode::ReadOnly);
        const auto notes = store::loadCoachingNotes(**db).value();
        const auto it = std::find_if(notes.begin(), notes.end(), [&](const auto& n) { return n.noteId == id; });
        QVERIFY(it != notes.end());
        QCOMPARE(*it->baseline, 0.65); // typed 65 %: stored as the share
        QCOMPARE(*it->target, 0.70);
    }
    // The follow-up shows the share as the scorecard does.
    QVERIFY(queued.wait(10000));
    QTreeWidgetItem* row = nullptr;
    QTreeWidget* tree = page.queue()->tree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(4) == u"Empathy"_s && tree->topLevelItem(i)->text(3) == u"Kim Lee"_s)
            row = tree->topLevelItem(i);
    QVERIFY(row);
    QCOMPARE(row->text(5), u"CSAT (%)"_s);
    QCOMPARE(row->text(6), u"65.0 %"_s);
    QCOMPARE(row->text(7), u"70.0 %"_s);
}

void TestPlainWords::scorecardStatusHasNoTiming()
{
    ui::scorecards::ScorecardPage page(m_path);
    QSignalSpy computed(&page, &ui::scorecards::ScorecardPage::computed);
    QVERIFY(computed.wait(30000));
    for (QLabel* label : page.findChildren<QLabel*>())
        QVERIFY2(!label->text().contains(u" ms"_s), qPrintable(label->text()));
}

void TestPlainWords::helpHasShortcutsAndGlossary()
{
    ui::MainWindow window;
    std::unique_ptr<ui::HelpDialog> shortcuts(ui::HelpDialog::shortcuts(window.menuBar(), &window));
    const QString keys = shortcuts->text();
    QVERIFY2(keys.contains(u"<tr><td><b>Ctrl+1</b></td><td>View ▸ Agents</td></tr>"_s), qPrintable(keys));
    QVERIFY(keys.contains(u"<tr><td><b>Ctrl+I</b></td><td>File ▸ Import CSV…</td></tr>"_s));
    QVERIFY(keys.contains(u"<tr><td><b>Ctrl+/</b></td><td>Help ▸ Keyboard Shortcuts</td></tr>"_s));

    std::unique_ptr<ui::HelpDialog> glossary(ui::HelpDialog::glossary(&window));
    const QString words = glossary->text();
    for (const QString& term : {u"<h3>n</h3>"_s, u"<h3>Small sample ◔</h3>"_s, u"<h3>Interval (95% CI)</h3>"_s,
                                u"<h3>Difference in differences</h3>"_s, u"<h3>ρ (rho)</h3>"_s,
                                u"<h3>alpha (Krippendorff’s α)</h3>"_s, u"<h3>AC1 (Gwet’s AC1)</h3>"_s})
        QVERIFY2(words.contains(term), qPrintable(term));
}

QTEST_MAIN(TestPlainWords)
#include "tst_plainwords.moc"
