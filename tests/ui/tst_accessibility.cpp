// Every page of the window, opened on a small demo site and given time to
// load, walked widget by widget: each interactive widget a screen reader can
// land on has a name (its own accessible name, its text, or a label whose
// buddy it is, as Qt's accessibility bridge reports it), and Tab walks each
// form in the order of its rows. The few
// widgets a screen reader never reaches by themselves are allowed below, each
// with its reason. Every table, tree and list a person can focus, on every
// page and in the dialogs, also says what it shows (its accessible
// description). docs/gui.md ("Accessibility") describes the rules.
#include "AppSupport.h"
#include "DemoSite.h"
#include "FeaturePages.h"
#include "MainWindow.h"
#include "background/DatabaseJobs.h"
#include "demo/DemoGenerator.h"
#include "dialogs/GuideDialog.h"
#include "dialogs/ImportDialog.h"
#include "pages/calibration/PresentationWindow.h"
#include "pages/feedback/SetupDialog.h"
#include "pages/feedback/TicketDialog.h"
#include "pages/friction/NewProgramDialog.h"
#include "pages/quality/SampleDialog.h"
#include "pages/recognition/BehaviorsDialog.h"
#include "pages/scorecards/AgentCardDialog.h"
#include "pages/scorecards/DefinitionDialog.h"
#include "store/AgentDirectory.h"
#include "store/Database.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fb;

namespace {

bool interactive(const QWidget* w)
{
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
           qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QTextEdit*>(w) ||
           qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QAbstractSlider*>(w);
}

// Widgets Qt makes as parts of others, which a screen reader reaches through their owner.
QString allowed(const QWidget* w)
{
    const QWidget* parent = w->parentWidget();
    if (qobject_cast<const QHeaderView*>(w))
        return u"a table's header: read with its table"_s;
    if (qobject_cast<const QLineEdit*>(w) &&
        (qobject_cast<const QComboBox*>(parent) || qobject_cast<const QAbstractSpinBox*>(parent)))
        return u"the editor inside a combo or spin box: named by its owner"_s;
    if (qobject_cast<const QAbstractSlider*>(w) && parent &&
        (parent->inherits("QAbstractScrollArea") || parent->objectName().startsWith(u"qt_scrollarea"_s)))
        return u"a scroll bar of a scroll area"_s;
    for (const QWidget* p = parent; p; p = p->parentWidget())
        if (p->inherits("QComboBoxPrivateContainer"))
            return u"a combo box's pop-up list: read as the combo box's items"_s;
    if (w->inherits("QLineEditIconButton"))
        return u"a line edit's clear button: Qt's own part, the field keeps Ctrl+A/Delete"_s;
    if (qobject_cast<const QAbstractButton*>(w) &&
        (qobject_cast<const QTabBar*>(parent) || w->inherits("QTableCornerButton")))
        return u"tab bar scroll arrows and a table's corner button: Qt's own parts"_s;
    if (w->objectName() == u"frozenColumn"_s)
        return u"the frozen first column drawn over its table: no focus, read with the table"_s;
    if (w->objectName().startsWith(u"qt_"_s))
        return u"a part Qt makes itself (qt_ name)"_s;
    if (parent && parent->inherits("QCalendarWidget"))
        return u"the calendar pop-up's own navigation"_s;
    return {};
}

QString describe(const QWidget* w)
{
    QStringList path;
    for (const QWidget* p = w; p && !p->isWindow(); p = p->parentWidget())
        path.prepend(QString::fromLatin1(p->metaObject()->className()) +
                     (p->objectName().isEmpty() ? QString() : u"#"_s + p->objectName()));
    QString text;
    if (const auto* b = qobject_cast<const QAbstractButton*>(w))
        text = b->toolTip();
    return path.join(u" > "_s) + (text.isEmpty() ? QString() : u" (tooltip: "_s + text + u")"_s);
}

// Every table, tree or list under root that Tab or a click can focus and
// that has no accessible description, as "where: path".
QStringList undescribedViews(QWidget* root, const QString& where)
{
    QStringList missing;
    for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        if (view->focusPolicy() == Qt::NoFocus || !allowed(view).isEmpty())
            continue;
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(view);
        if (!a || a->text(QAccessible::Description).trimmed().isEmpty())
            missing << where + u": "_s + describe(view);
    }
    return missing;
}

// The fields of a form in the order of its rows (a field that is a layout
// contributes its widgets left to right), those Tab can reach now.
QList<QWidget*> formFields(const QFormLayout* form)
{
    QList<QWidget*> fields;
    auto add = [&](QWidget* w) {
        if (w && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            fields << w;
    };
    for (int row = 0; row < form->rowCount(); ++row)
        for (const auto role : {QFormLayout::LabelRole, QFormLayout::FieldRole, QFormLayout::SpanningRole}) {
            QLayoutItem* item = form->itemAt(row, role);
            if (!item)
                continue;
            if (item->layout()) {
                for (int i = 0; i < item->layout()->count(); ++i)
                    add(item->layout()->itemAt(i)->widget());
            } else {
                add(item->widget());
            }
        }
    return fields;
}

// The same fields in the order Tab visits them, from the first.
QList<QWidget*> tabOrder(const QList<QWidget*>& fields)
{
    QList<QWidget*> order;
    if (fields.isEmpty())
        return order;
    QWidget* w = fields.first();
    for (int guard = 0; guard < 2000 && order.size() < fields.size(); ++guard) {
        if (fields.contains(w) && !order.contains(w))
            order << w;
        w = w->nextInFocusChain();
        if (w == fields.first())
            break;
    }
    return order;
}

} // namespace

class TestAccessibility final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyPageNamesItsWidgets();
    void tabFollowsTheRowsOfEveryForm();
    void everyItemViewSaysWhatItShows();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // keep the user's settings out of it
    ui::initResources();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"a11y.floorboard"_s);
    demo::DemoOptions options;
    options.agents = 8;
    options.teams = 2;
    options.weeks = 6;
    options.contactsPerWeek = 20;
    QVERIFY(fbtest::makeDemoSite(m_path, options));
}

void TestAccessibility::everyPageNamesItsWidgets()
{
    ui::MainWindow window;
    QVERIFY(window.openDatabase(m_path).ok());
    window.resize(1280, 720);
    window.show();
    QStringList unnamed;
    int checked = 0;
    for (int i = 0; i < ui::MainWindow::pageCount(); ++i) {
        window.showPage(i);
        QTRY_VERIFY_WITH_TIMEOUT(window.isIdle(), 60000);
        QElapsedTimer settle; // the feature pages compute on their own threads and then fill their tabs
        settle.start();
        while (settle.elapsed() < 1500)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QTRY_VERIFY_WITH_TIMEOUT(window.isIdle(), 60000);
        for (QWidget* w : window.page(i)->findChildren<QWidget*>()) {
            if (!interactive(w) || w->isHidden() || !allowed(w).isEmpty()) // hidden: shown (and named) later
                continue;
            ++checked;
            QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
            QVERIFY(a);
            if (a->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("page %1: %2").arg(i).arg(describe(w));
        }
    }
    unnamed.removeDuplicates();
    for (const QString& line : unnamed) // all of them: QVERIFY2 cuts its message short
        qInfo("%s", qPrintable(line));
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"without an accessible name:\n"_s + unnamed.join(u'\n')));
    QVERIFY(checked > 100);
}

void TestAccessibility::tabFollowsTheRowsOfEveryForm()
{
    ui::MainWindow window;
    QVERIFY(window.openDatabase(m_path).ok());
    window.resize(1280, 720);
    window.show();
    QStringList wrong;
    int forms = 0;
    for (int i = 0; i < ui::MainWindow::pageCount(); ++i) {
        window.showPage(i);
        QTRY_VERIFY_WITH_TIMEOUT(window.isIdle(), 60000);
        // Forms live on tabs: show each tab of the page in turn.
        QList<QTabWidget*> tabs = window.page(i)->findChildren<QTabWidget*>();
        tabs.prepend(nullptr);
        for (QTabWidget* tab : tabs)
            for (int t = 0; t < (tab ? tab->count() : 1); ++t) {
                if (tab)
                    tab->setCurrentIndex(t);
                QCoreApplication::processEvents();
                for (const QFormLayout* form : window.page(i)->findChildren<QFormLayout*>()) {
                    const QList<QWidget*> fields = formFields(form);
                    if (fields.size() < 2)
                        continue;
                    ++forms;
                    const QList<QWidget*> order = tabOrder(fields);
                    if (order != fields) {
                        QStringList names;
                        for (const QWidget* w : order)
                            names << describe(w);
                        wrong << QStringLiteral("page %1, form in %2: Tab goes %3")
                                     .arg(i)
                                     .arg(describe(form->parentWidget()), names.join(u" → "_s));
                    }
                }
            }
    }
    wrong.removeDuplicates();
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    QVERIFY(forms > 0);
}

void TestAccessibility::everyItemViewSaysWhatItShows()
{
    ui::MainWindow window;
    QVERIFY(window.openDatabase(m_path).ok());
    window.resize(1280, 720);
    window.show();
    QStringList missing;
    for (int i = 0; i < ui::MainWindow::pageCount(); ++i) {
        window.showPage(i); // a feature page is made on its first visit
        QTRY_VERIFY_WITH_TIMEOUT(window.isIdle(), 60000);
    }
    missing << undescribedViews(&window, u"window"_s); // every page and the page list
    // The dialogs with a table or list, as their pages open them (hidden
    // views too: they show later, with whatever they hold).
    ui::DatabaseJobs jobs(m_path);
    const QDate today(2026, 10, 26);
    std::vector<std::pair<QString, std::unique_ptr<QWidget>>> dialogs;
    dialogs.emplace_back(u"Guide"_s, std::make_unique<ui::GuideDialog>());
    dialogs.emplace_back(u"Import"_s, std::make_unique<ui::ImportDialog>(m_path));
    dialogs.emplace_back(u"Shared screen"_s, std::make_unique<ui::calibration::PresentationWindow>(nullptr));
    dialogs.emplace_back(u"Feedback setup"_s, std::make_unique<ui::SetupDialog>(&jobs));
    dialogs.emplace_back(u"Ticket"_s, std::make_unique<ui::TicketDialog>(FeedbackTicket{}, &jobs, today));
    dialogs.emplace_back(u"New program"_s,
                         std::make_unique<ui::NewProgramDialog>(std::vector<std::string>{"Billing"}, today));
    dialogs.emplace_back(u"Sample"_s,
                         std::make_unique<ui::SampleDialog>(jobs, ui::AgentDirectory{}, today, nullptr, today));
    dialogs.emplace_back(u"Behaviours"_s, std::make_unique<ui::BehaviorsDialog>(std::vector<RecognitionBehavior>{},
                                                                                std::vector<std::string>{},
                                                                                std::map<std::string, int>{}));
    dialogs.emplace_back(u"Agent card"_s,
                         std::make_unique<ui::scorecards::AgentCardDialog>(u"Ana Ruiz"_s, u"Billing"_s));
    dialogs.emplace_back(u"Scorecard definition"_s,
                         std::make_unique<ui::scorecards::DefinitionDialog>(analytics::defaultDefinition()));
    for (const auto& [name, dialog] : dialogs)
        missing << undescribedViews(dialog.get(), name);
    QTRY_VERIFY_WITH_TIMEOUT(ui::DatabaseJobs::outstandingJobs() == 0, 60000);
    for (const QString& line : missing) // all of them: QVERIFY2 cuts its message short
        qInfo("%s", qPrintable(line));
    QVERIFY2(missing.isEmpty(), qPrintable(u"without an accessible description:\n"_s + missing.join(u'\n')));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
