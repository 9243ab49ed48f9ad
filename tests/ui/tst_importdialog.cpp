// The import dialog previews a file before anything is written: detected
// delimiter, guessed kind, and the problem of a bad row.
#include "AppSupport.h"
#include "Screenshots.h"
#include "dialogs/ImportDialog.h"
#include "store/Database.h"

#include <QFile>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fb;

class TestImportDialog final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void guessesKindFromFileName();
    void previewShowsDelimiterAndProblems();
    void importsOffTheGuiThread();
    void problemsNameTheDialogsControls();
    void detectsTheDateFormat();
    void asksWhenDatesReadTwoWays();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ui::initResources();
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"import.floorboard"_s);
    QVERIFY(store::Database::open(m_db).ok());
}

void TestImportDialog::guessesKindFromFileName()
{
    QCOMPARE(ui::ImportDialog::guessKind(u"/x/interactions.csv"_s), Kind::Interactions);
    QCOMPARE(ui::ImportDialog::guessKind(u"interactions_2026-07.csv"_s), Kind::Interactions);
    QCOMPARE(ui::ImportDialog::guessKind(u"qa_evaluations-july.csv"_s), Kind::QaEvaluations);
    QCOMPARE(ui::ImportDialog::guessKind(u"Agents.CSV"_s), Kind::Agents);
    QVERIFY(!ui::ImportDialog::guessKind(u"export.csv"_s).has_value());
}

void TestImportDialog::previewShowsDelimiterAndProblems()
{
    const QString csv = m_dir.filePath(u"team-agents.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("agent_id;name;team;status\n"
               "A1;Ada Lovelace;Billing;active\n"
               "A2;Grace Hopper;Billing;on holiday\n" // not a status: the preview must say so
               "A3;Alan Turing;Retention;left\n");
    file.close();

    ui::ImportDialog dialog(m_db);
    QSignalSpy updated(&dialog, &ui::ImportDialog::previewUpdated);
    dialog.setFile(csv);
    QCOMPARE(dialog.options().kind, Kind::Agents);
    QVERIFY(updated.wait(10000));

    QVERIFY2(dialog.detectedText().contains(csv::delimiterName(';')), qPrintable(dialog.detectedText()));
    QVERIFY(dialog.detectedText().contains(u"UTF-8"_s));
    QCOMPARE(dialog.previewTable()->rowCount(), 3);
    QCOMPARE(dialog.previewTable()->columnCount(), 4);

    // Each problem, whole: file, line, column, value and the allowed values;
    // the preview also applies the row rules (an agent who left needs left_on).
    QCOMPARE(dialog.problemTexts(),
             QStringList({csv + u":3: column status: value 'on holiday': must be one of active, left"_s,
                          csv + u":4: column left_on: status is 'left' but left_on is empty"_s}));
}

void TestImportDialog::importsOffTheGuiThread()
{
    const QString csv = m_dir.filePath(u"agents.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("agent_id,name,team\nB1,Bea Bauer,Billing\nB2,Ben Brandt,Billing\n");
    file.close();

    ui::ImportDialog dialog(m_db);
    QSignalSpy updated(&dialog, &ui::ImportDialog::previewUpdated);
    QSignalSpy imported(&dialog, &ui::ImportDialog::imported);
    dialog.setFile(csv);
    QVERIFY(updated.wait(10000));
    QCOMPARE(dialog.problemTexts(), QStringList()); // two good rows: nothing to report
    QPushButton* import = nullptr;
    for (auto* button : dialog.findChildren<QPushButton*>())
        if (button->text().remove(u'&') == u"Import"_s)
            import = button;
    QVERIFY(import && import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    QVERIFY(imported.wait(10000));
    const auto report = imported.at(0).at(0).value<import::ImportReport>();
    QCOMPARE(report.inserted, 2);
    QVERIFY(report.committed);
}

void TestImportDialog::problemsNameTheDialogsControls()
{
    // The CLI's flags (--map, --create-agents) are never shown in the window: the dialog's own controls are.
    const QString headerless = m_dir.filePath(u"interactions.csv"_s);
    QFile file(headerless);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("interaction_id,agent_id,handle_seconds\nC1,A0001,30\n");
    file.close();
    ui::ImportDialog dialog(m_db);
    QSignalSpy updated(&dialog, &ui::ImportDialog::previewUpdated);
    dialog.setFile(headerless);
    QVERIFY(updated.wait(10000));
    QCOMPARE(dialog.problemTexts(),
             QStringList({headerless + u":1: column started_at: missing required column started_at (the header has: "
                                       "interaction_id, agent_id, handle_seconds); add it or map it with the Column "
                                       "mapping tab"_s}));

    const QString unknown = m_dir.filePath(u"interactions-unknown.csv"_s);
    QFile second(unknown);
    QVERIFY(second.open(QIODevice::WriteOnly));
    second.write("interaction_id,agent_id,started_at,channel,queue,handle_seconds\n"
                 "C2,Z9,2026-07-06T08:12:31,voice,billing,412\n");
    second.close();
    updated.clear();
    dialog.setFile(unknown);
    QVERIFY(updated.wait(10000));
    QCOMPARE(dialog.problemTexts(),
             QStringList({unknown + u":2: column agent_id: value 'Z9': unknown agent; import the agents first, or "
                                    "use \"Create missing agents\" to create it in team Unassigned"_s}));
}

void TestImportDialog::detectsTheDateFormat()
{
    // Excel's "Unicode text" from a German machine: tabs, decimal commas, day-first dates.
    // 25/10/2019 has no month 25, so the day comes first; 03/04/2020 then is 3 April.
    const QString csv = m_dir.filePath(u"staff-dates.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("agent_id\tname\tteam\thire_date\n"
               "D1\tDora Dietz\tBilling\t03/04/2020\n"
               "D2\tDirk Dahl\tBilling\t25/10/2019\n");
    file.close();
    ui::ImportDialog dialog(m_db);
    QSignalSpy updated(&dialog, &ui::ImportDialog::previewUpdated);
    dialog.setFile(csv);
    dialog.setKind(Kind::Agents);
    // The first preview finds the format, the second reads the rows with it.
    QTRY_VERIFY_WITH_TIMEOUT(dialog.options().dateFormat == u"dd/MM/yyyy H:mm"_s && updated.count() >= 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.problemTexts(), QStringList(), 10000);
    QCOMPARE(dialog.dateNoteText(), u"Detected from the first rows."_s);
    dialog.resize(980, 700);
    QVERIFY(fb::test::saveScreenshot(dialog.grab().toImage(), u"import-date-detected.png"_s));
    QVERIFY(!dialog.options().decimalComma); // tabs read decimal commas without the checkbox
}

void TestImportDialog::asksWhenDatesReadTwoWays()
{
    const QString csv = m_dir.filePath(u"agents-ambiguous.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("agent_id,name,team,hire_date\nE1,Eva Ernst,Billing,10/11/2019\n");
    file.close();
    ui::ImportDialog dialog(m_db);
    QSignalSpy updated(&dialog, &ui::ImportDialog::previewUpdated);
    dialog.setFile(csv);
    QVERIFY(updated.wait(10000));
    QCOMPARE(dialog.options().dateFormat, QString()); // nothing chosen for the user
    // 10 November 2019 was a Sunday, 11 October 2019 a Friday (the test runs in the C locale).
    QCOMPARE(dialog.dateNoteText(), u"⚠ 10/11/2019 can be read as Sunday, 10 November 2019 or Friday, 11 October "
                                    u"2019: choose how the file writes dates."_s);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
