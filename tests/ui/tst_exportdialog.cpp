// The Export dialog: anonymous pulse responses are written only after a
// confirmation that says what it means (docs/scorecard.md, "Anonymous
// pulses"); answering No leaves the dialog open with the choice visible.
#include "Screenshots.h"
#include "csv/ExcelCells.h"
#include "dialogs/ExportDialog.h"
#include "pages/PageParts.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace fb;
using namespace Qt::StringLiterals;

namespace {

// Answers the next message box with `button` and reports its text.
void answerNextBox(QMessageBox::StandardButton button, QString& text)
{
    auto answer = std::make_shared<std::function<void()>>();
    *answer = [button, &text, answer] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            text = box->windowTitle() + u"|"_s + box->text();
            box->button(button)->click();
        } else {
            QTimer::singleShot(20, *answer);
        }
    };
    QTimer::singleShot(0, *answer);
}

QCheckBox* boxNamed(ui::ExportDialog& dialog, const QString& text)
{
    for (auto* box : dialog.findChildren<QCheckBox*>())
        if (box->text() == text)
            return box;
    return nullptr;
}

QCheckBox* anonymousBox(ui::ExportDialog& dialog)
{
    return boxNamed(dialog, u"Include &anonymous pulse responses"_s);
}

} // namespace

class TestExportDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings away from the user's own
        QSettings().clear();
    }

    void excelOnThisComputerIsRemembered()
    {
        ui::ExportDialog first(Kind::Agents);
        QCheckBox* excel = boxNamed(first, u"&Excel on this computer"_s);
        QVERIFY(excel);
        QVERIFY(excel->isChecked()); // on until the user unticks it
        QVERIFY(first.options().excel);
        QCOMPARE(*first.options().excel, QLocale::system()); // the regional settings, not the window's language
        QVERIFY(ui::csvWriterOptions().excel);
        QCOMPARE(ui::csvWriterOptions().delimiter, csv::excelDelimiter(QLocale::system()));

        QVERIFY(fb::test::saveScreenshot(first.grab().toImage(), u"export-excel.png"_s));
        excel->setChecked(false);
        QVERIFY(!first.options().excel);
        first.show();
        first.accept();
        // Remembered: the next Export dialog and every page's Export CSV write machine CSV.
        ui::ExportDialog second(Kind::Agents);
        QVERIFY(!boxNamed(second, u"&Excel on this computer"_s)->isChecked());
        QVERIFY(!ui::csvWriterOptions().excel);
        QVERIFY(!ui::csvWriterOptions().bom);
        QSettings().clear();
    }

    void anonymousOnlyForPulses()
    {
        ui::ExportDialog dialog(Kind::Agents);
        QCheckBox* anonymous = anonymousBox(dialog);
        QVERIFY(anonymous);
        QVERIFY(!anonymous->isEnabled());
        anonymous->setChecked(true); // ticked, then another kind chosen: not passed on
        QVERIFY(!dialog.options().includeAnonymous);
        auto* kind = dialog.findChild<QComboBox*>();
        kind->setCurrentIndex(kind->findData(int(Kind::Pulses)));
        QVERIFY(anonymous->isEnabled());
        QVERIFY(dialog.options().includeAnonymous);
    }

    void confirmationSaysWhatItMeans()
    {
        ui::ExportDialog dialog(Kind::Pulses);
        dialog.show();
        QCheckBox* anonymous = anonymousBox(dialog);
        QVERIFY(anonymous);
        anonymous->setChecked(true);
        QVERIFY(fb::test::saveScreenshot(dialog.grab().toImage(), u"export-anonymous.png"_s));

        QString text;
        answerNextBox(QMessageBox::No, text);
        dialog.accept();
        QCOMPARE(text, u"Export Anonymous Responses|"_s + ui::ExportDialog::anonymousWarning());
        QVERIFY(text.contains(u"team, week and comment"_s));
        QVERIFY(dialog.isVisible()); // No: back to the dialog
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(anonymous->isChecked());

        answerNextBox(QMessageBox::Yes, text);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.options().includeAnonymous);

        // Without the box ticked nothing is asked.
        ui::ExportDialog plain(Kind::Pulses);
        plain.show();
        plain.accept();
        QCOMPARE(plain.result(), int(QDialog::Accepted));
        QVERIFY(!plain.options().includeAnonymous);
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
