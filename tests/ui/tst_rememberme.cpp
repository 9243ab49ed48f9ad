// "Remembers who I am" on a seeded demo site (11 teams, so "Team 5" and
// "Team 10" both exist): my team starts the Agents filter and the scorecard,
// my name the follow-up coach filter and the forms; dates count from the data
// when the data end before today; the evaluation form refuses a date in the
// future or before its contact, and writes nothing then.
#include "AppSupport.h"
#include "DemoSite.h"
#include "MainWindow.h"
#include "Settings.h"
#include "background/DatabaseJobs.h"
#include "demo/DemoGenerator.h"
#include "dialogs/MeDialog.h"
#include "models/KindTableModel.h"
#include "pages/AgentsPage.h"
#include "pages/coaching/CoachingNoteForm.h"
#include "pages/coaching/CoachingPage.h"
#include "pages/coaching/FollowUpQueue.h"
#include "pages/quality/EvaluationForm.h"
#include "pages/quality/QualityPage.h"
#include "pages/scorecards/ScorecardPage.h"
#include "store/Catalog.h"
#include "store/CoachingStore.h"
#include "store/DataEnd.h"
#include "store/Database.h"
#include "store/QaStore.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fb;

namespace {

// The demo's 16 weeks from Monday 2026-07-06 end with ISO week 2026-W43, on Sunday 25 Oct 2026.
const QDate kDataEnd(2026, 10, 25);

template <typename T> T* named(QWidget* in, const QString& accessibleName)
{
    for (T* w : in->findChildren<T*>())
        if (w->accessibleName() == accessibleName)
            return w;
    return nullptr;
}

qint64 evaluationCount(const QString& path)
{
    auto db = store::Database::open(path, store::Database::Mode::ReadOnly);
    auto info = store::databaseInfo(**db);
    if (!info)
        return -1;
    for (const auto& c : info->counts)
        if (c.kind == Kind::QaEvaluations)
            return c.rows;
    return -1;
}

} // namespace

class TestRememberMe final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void askedOnceAndRemembered();
    void dataEndIsTheLastSundayWithData();
    void myTeamStartsAgentsAndScorecard();
    void teamsSortNaturally();
    void myNameStartsTheCoachFilterAndTheForms();
    void followUpsCountFromTheData();
    void evaluationDatesAreChecked();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestRememberMe::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ui::initResources();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"me.floorboard"_s);
    demo::DemoOptions options;
    options.agents = 33;
    options.teams = 11;
    options.contactsPerWeek = 20;
    QVERIFY(fbtest::makeDemoSite(m_path, options));
}

void TestRememberMe::askedOnceAndRemembered()
{
    QVERIFY(!ui::Settings::meAsked());
    {
        ui::MainWindow window;
        window.setAsksWhoIAm(true);
        window.show();
        QVERIFY(window.openDatabase(m_path).ok());
        ui::MeDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<ui::MeDialog*>()) != nullptr, 20000);
        QTRY_VERIFY(dialog->isVisible());
        auto* team = dialog->findChild<QComboBox*>();
        QCOMPARE(team->itemText(0), u"All teams"_s);
        QCOMPARE(team->itemText(4), u"Team 5"_s); // the teams in natural order
        QCOMPARE(team->itemText(9), u"Team 10"_s);
        team->setCurrentIndex(9);
        dialog->findChild<QLineEdit*>()->setText(u"  Kim Lee "_s);
        dialog->accept();
        QCOMPARE(ui::Settings::myTeam(), u"Team 10"_s);
        QCOMPARE(ui::Settings::myName(), u"Kim Lee"_s);
        QVERIFY(ui::Settings::meAsked());
        // The pages were reopened on that team.
        auto* agentsTeam = named<QComboBox>(window.agentsPage(), u"Team"_s);
        QTRY_COMPARE_WITH_TIMEOUT(agentsTeam->currentText(), u"Team 10"_s, 20000);
    }
    // Once answered, never asked again by itself.
    ui::MainWindow again;
    again.setAsksWhoIAm(true);
    QVERIFY(again.openDatabase(m_path).ok());
    QTest::qWait(200);
    QVERIFY(!again.findChild<ui::MeDialog*>());
}

void TestRememberMe::dataEndIsTheLastSundayWithData()
{
    auto db = store::Database::open(m_path, store::Database::Mode::ReadOnly);
    QCOMPARE(ui::readDataEnd(**db).value(), kDataEnd);
    QCOMPARE(ui::workingDay(kDataEnd, QDate(2026, 12, 2)), kDataEnd);
    QCOMPARE(ui::workingDay(kDataEnd, QDate(2026, 10, 20)), QDate(2026, 10, 20));
    QCOMPARE(ui::dataEndNote(kDataEnd, QDate(2026, 12, 2)), u"data end on 25 Oct 2026"_s);
    QCOMPARE(ui::dataEndNote(kDataEnd, QDate(2026, 10, 20)), QString());
    QCOMPARE(ui::workingDay(QDate(), QDate(2026, 12, 2)), QDate(2026, 12, 2)); // no data: the clock
}

void TestRememberMe::myTeamStartsAgentsAndScorecard()
{
    ui::Settings::setMe(u"Team 10"_s, u"Kim Lee"_s);
    ui::DatabaseJobs jobs(m_path);
    ui::AgentsPage agents(jobs);
    auto* team = named<QComboBox>(&agents, u"Team"_s);
    QVERIFY(team);
    QTRY_COMPARE_WITH_TIMEOUT(team->currentText(), u"Team 10"_s, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!agents.model()->isLoading() && agents.model()->rowCount() == 3, 20000);
    for (int r = 0; r < agents.model()->rowCount(); ++r) {
        int teamColumn = 0;
        while (kindSpec(Kind::Agents).columns[size_t(teamColumn)].name != "team")
            ++teamColumn;
        const QModelIndex teamCell = agents.model()->index(r, teamColumn);
        QCOMPARE(teamCell.data(ui::KindTableModel::RawRole).toString(), u"Team 10"_s);
    }

    ui::scorecards::ScorecardPage page(m_path);
    QSignalSpy computed(&page, &ui::scorecards::ScorecardPage::computed);
    QVERIFY(computed.wait(30000));
    QCOMPARE(page.scorecard().level, analytics::Level::Agent);
    QVERIFY(!page.scorecard().rows.empty());
    for (const auto& row : page.scorecard().rows)
        QCOMPARE(row.team, std::string("Team 10"));
}

void TestRememberMe::teamsSortNaturally()
{
    ui::scorecards::ScorecardPage page(m_path);
    QSignalSpy computed(&page, &ui::scorecards::ScorecardPage::computed);
    QVERIFY(computed.wait(30000));
    QComboBox* teamBox = nullptr;
    for (QComboBox* c : page.findChildren<QComboBox*>())
        if (c->findText(u"All teams"_s) == 0)
            teamBox = c;
    QVERIFY(teamBox);
    QStringList teams;
    for (int i = 1; i < teamBox->count(); ++i)
        teams << teamBox->itemText(i);
    QCOMPARE(teams, QStringList({u"Billing"_s, u"Onboarding"_s, u"Retention"_s, u"Team 5"_s, u"Team 6"_s, u"Team 7"_s,
                                 u"Team 8"_s, u"Team 9"_s, u"Team 10"_s, u"Team 11"_s, u"Tech Support"_s}));
    computed.clear();
    page.setLevel(analytics::Level::Team);
    QVERIFY(computed.wait(30000));
    QStringList rows;
    for (int r = 0; r < page.table()->model()->rowCount(); ++r)
        rows << page.table()->model()->index(r, 0).data().toString().remove(u"◔ "_s);
    QCOMPARE(rows, teams); // the table, sorted by name, in the same order
}

void TestRememberMe::myNameStartsTheCoachFilterAndTheForms()
{
    // A coach with open follow-ups in the demo.
    QString coach;
    {
        auto db = store::Database::open(m_path, store::Database::Mode::ReadOnly);
        for (const auto& n : store::loadCoachingNotes(**db).value())
            if (!n.followUpDone())
                coach = QString::fromStdString(n.coach);
    }
    QVERIFY(!coach.isEmpty());
    ui::Settings::setMe(QString(), coach);

    ui::CoachingPage coaching(m_path);
    ui::FollowUpQueue* queue = coaching.queue();
    QSignalSpy loaded(queue, &ui::FollowUpQueue::loaded);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(queue->coachFilter()->currentText(), coach);
    int shown = 0;
    for (int i = 0; i < queue->tree()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = queue->tree()->topLevelItem(i);
        if (!item->data(0, Qt::UserRole).isValid())
            continue; // a group heading
        QCOMPARE(item->text(3), coach);
        ++shown;
    }
    QVERIFY(shown > 0);
    auto* noteCoach = named<QLineEdit>(coaching.noteForm(), u"Coach"_s);
    QVERIFY(noteCoach);
    QCOMPARE(noteCoach->text(), coach);

    ui::QualityPage quality(m_path);
    auto* evaluator = named<QLineEdit>(quality.evaluationForm(), u"Evaluator"_s);
    QVERIFY(evaluator);
    QCOMPARE(evaluator->text(), coach);
}

void TestRememberMe::followUpsCountFromTheData()
{
    ui::CoachingPage coaching(m_path);
    QSignalSpy loaded(coaching.queue(), &ui::FollowUpQueue::loaded);
    QSignalSpy directory(&coaching, &ui::CoachingPage::directoryLoaded);
    QVERIFY(loaded.wait(30000));
    QVERIFY(directory.count() > 0 || directory.wait(30000));
    const QDate expected = ui::workingDay(kDataEnd); // the clock only when it is before the data end
    QCOMPARE(coaching.queue()->today(), expected);
    QLabel* status = nullptr;
    for (QLabel* label : coaching.queue()->findChildren<QLabel*>())
        if (label->text().startsWith(u"As of"_s))
            status = label;
    QVERIFY(status);
    if (expected == kDataEnd)
        QVERIFY2(status->text().startsWith(u"As of 2026-10-25 (data end on 25 Oct 2026): "_s),
                 qPrintable(status->text()));
    auto* date = named<QDateEdit>(coaching.noteForm(), u"Coaching date"_s);
    auto* followUp = named<QDateEdit>(coaching.noteForm(), u"Follow-up date"_s);
    QVERIFY(date && followUp);
    QCOMPARE(date->date(), expected);
    QCOMPARE(followUp->date(), expected.addDays(21));
}

void TestRememberMe::evaluationDatesAreChecked()
{
    ui::QualityPage page(m_path);
    QSignalSpy ready(&page, &ui::QualityPage::ready);
    QVERIFY(ready.wait(30000));
    ui::EvaluationForm* form = page.evaluationForm();
    // The demo's first interaction and its agent.
    std::string interaction, agent;
    QString started;
    {
        auto db = store::Database::open(m_path, store::Database::Mode::ReadOnly);
        auto facts = store::interactionFacts(**db, "C00000001");
        QVERIFY(facts.ok() && facts.value());
        interaction = facts.value()->interactionId;
        agent = facts.value()->agentId;
        started = facts.value()->startedAt;
    }
    form->agentBox()->setCurrentIndex(form->agentBox()->findData(QString::fromStdString(agent)));
    named<QLineEdit>(form, u"Interaction id"_s)->setText(QString::fromStdString(interaction));
    named<QLineEdit>(form, u"Evaluator"_s)->setText(u"Kim Lee"_s);
    for (QComboBox* score : form->findChildren<QComboBox*>())
        if (score != form->agentBox() && score->currentIndex() == 0 && score->count() > 1)
            score->setCurrentIndex(score->count() - 1);
    auto* when = named<QDateTimeEdit>(form, u"Evaluated at"_s);
    QVERIFY(when);
    const qint64 before = evaluationCount(m_path);

    // A stray digit: next year.
    when->setDateTime(QDateTime(QDate::currentDate().addYears(1), QTime(10, 0)));
    form->saveButton()->click();
    QCOMPARE(form->message(), u"⚠ The date in When (%1) is in the future. An evaluation is dated when it is "
                              "written: today at the latest."_s.arg(when->text()));

    // Four months before the contact.
    const QDateTime contact = QDateTime::fromString(started.left(16), Qt::ISODate);
    QVERIFY(contact.isValid());
    when->setDateTime(contact.addMonths(-4));
    const QString typed = when->text();
    form->saveButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        form->message(),
        u"⚠ The date in When (%1) is before interaction C00000001 started (%2). An "
        "evaluation is dated after its contact."_s.arg(typed, contact.toString(u"yyyy-MM-dd HH:mm"_s)),
        10000);
    QCOMPARE(evaluationCount(m_path), before); // nothing written

    // The contact's own minute is accepted.
    when->setDateTime(contact);
    QSignalSpy saved(form, &ui::EvaluationForm::saved);
    form->saveButton()->click();
    QVERIFY2(saved.wait(10000), qPrintable(form->message()));
    QCOMPARE(evaluationCount(m_path), before + 1);
}

QTEST_MAIN(TestRememberMe)
#include "tst_rememberme.moc"
