// The window under Fusion with the dark palette (View > Appearance > Dark):
// the Scorecards page's banded cells carry a foreground that reads on their
// tint (WCAG AA, 4.5:1, read from the model's roles as the view paints them),
// the same cells are banded as under the light palette, and the Appearance
// menu applies and remembers the choice.
#include "Appearance.h"
#include "Settings.h"
#include "Theme.h"
#include "demo/DemoGenerator.h"
#include "pages/scorecards/ScorecardModel.h"
#include "pages/scorecards/ScorecardPage.h"
#include "store/Database.h"

#include <QApplication>
#include <QProxyStyle>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace fb;
using namespace fb::ui;
using namespace fb::ui::scorecards;

namespace {

struct Cells {
    int banded = 0;
    QStringList problems;
    std::vector<std::pair<int, int>> where;
};

// Every cell of the model: a background needs a foreground that reads on it;
// a foreground alone must read on the view's Base.
Cells checkCells(const QAbstractItemModel& model, const QPalette& palette)
{
    Cells cells;
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex i = model.index(r, c);
            const QVariant bg = model.data(i, Qt::BackgroundRole);
            const QVariant fg = model.data(i, Qt::ForegroundRole);
            const QColor back = bg.isValid() ? bg.value<QBrush>().color() : palette.color(QPalette::Base);
            const QColor text = fg.isValid() ? fg.value<QBrush>().color() : palette.color(QPalette::Text);
            if (bg.isValid()) {
                ++cells.banded;
                cells.where.emplace_back(r, c);
            }
            const double ratio = theme::contrast(text, back);
            if (ratio < 4.5)
                cells.problems << QStringLiteral("row %1 column %2: %3 on %4 is %5:1")
                                      .arg(r)
                                      .arg(c)
                                      .arg(text.name(), back.name())
                                      .arg(ratio, 0, 'f', 2);
        }
    return cells;
}

} // namespace

class TestDarkPalette final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Cells scorecardCells(Appearance appearance)
    {
        applyAppearance(appearance);
        ScorecardPage page(m_db);
        page.resize(1500, 640);
        page.show();
        QSignalSpy computed(&page, &ScorecardPage::computed);
        if (!computed.wait(30000))
            return {};
        if (!QTest::qWaitFor([&] { return !page.isComputing(); }, 30000))
            return {};
        return checkCells(*page.table()->model(), page.table()->palette());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // keep the user's settings out of it
        QVERIFY(m_dir.isValid());
        m_db = m_dir.path() + QStringLiteral("/demo.db");
        auto db = store::Database::open(m_db);
        QVERIFY(db);
        demo::DemoOptions o;
        o.agents = 24;
        o.teams = 2;
        o.weeks = 14;
        o.contactsPerWeek = 40;
        QVERIFY(demo::generateDemo(*db.value(), o));
    }

    void scorecardBandsReadUnderDarkPalette()
    {
        const Cells light = scorecardCells(Appearance::Light);
        QVERIFY(light.banded > 0); // computed (an empty result means it timed out)
        QVERIFY2(light.problems.isEmpty(), qPrintable(light.problems.join(u'\n')));
        const Cells dark = scorecardCells(Appearance::Dark);
        QVERIFY(theme::isDark(QApplication::palette()));
        auto* style = qobject_cast<QProxyStyle*>(QApplication::style()); // IndicatorStyle over Fusion
        QVERIFY(style);
        QCOMPARE(style->baseStyle()->name(), QStringLiteral("fusion"));
        QVERIFY2(dark.problems.isEmpty(), qPrintable(dark.problems.join(u'\n')));
        QVERIFY(dark.banded > 20); // 11 agents of Billing, most metrics with enough data are banded
        QVERIFY(dark.where == light.where);
    }

    void bandTintsFollowThePalette()
    {
        applyAppearance(Appearance::Dark);
        QCOMPARE(bandTint(fb::scorecards::Band::Good)->background, QColor(0x1d, 0x42, 0x5e));
        QVERIFY(!bandTint(fb::scorecards::Band::NotEnough));
        applyAppearance(Appearance::Light);
        QCOMPARE(bandTint(fb::scorecards::Band::Good)->background, QColor(0xD4, 0xE9, 0xF7));
    }

    void appearanceMenuAppliesAndRemembers()
    {
        Settings::setAppearance(QString());
        applyAppearance(Appearance::System);
        const QPalette system = QApplication::palette();
        QWidget window;
        AppearanceMenu menu(&window);
        QStringList texts;
        for (const QAction* a : menu.actions())
            texts << a->text() + (a->isChecked() ? QStringLiteral(" [x]") : QString());
        QCOMPARE(texts,
                 QStringList({QStringLiteral("&System [x]"), QStringLiteral("&Light"), QStringLiteral("&Dark")}));
        QSignalSpy chosen(&menu, &AppearanceMenu::appearanceChosen);
        menu.actions()[2]->trigger();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(Settings::appearance(), QStringLiteral("dark"));
        QVERIFY(theme::isDark(QApplication::palette()));
        QCOMPARE(appearanceFromName(Settings::appearance()), Appearance::Dark);
        menu.actions()[0]->trigger();
        QCOMPARE(Settings::appearance(), QString());
        QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
        QCOMPARE(appearanceFromName(QStringLiteral("purple")), Appearance::System);
    }
};

QTEST_MAIN(TestDarkPalette)
#include "tst_darkpalette.moc"
