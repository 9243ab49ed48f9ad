// The colours of Theme.h under the light (Fusion) and dark palettes: every
// tint's text against its background and every coloured text against the
// palette's Base, AlternateBase and Window keep WCAG AA for text (4.5:1);
// chart inks and series keep 3:1 against the chart's background (graphical
// objects, WCAG 1.4.11). The contrast formula is checked against WebAIM's
// contrast checker (webaim.org/resources/contrastchecker): #777777 on white
// 4.47:1, #767676 on white 4.54:1, black on white 21:1.
#include "Appearance.h"
#include "Theme.h"

#include <QApplication>
#include <QtTest>

using namespace fb::ui;

namespace {

const char* roleName(QPalette::ColorRole role)
{
    switch (role) {
    case QPalette::Base:
        return "Base";
    case QPalette::AlternateBase:
        return "AlternateBase";
    case QPalette::Window:
        return "Window";
    default:
        return "?";
    }
}

} // namespace

class TestTheme final : public QObject {
    Q_OBJECT
private slots:
    void contrastFormula()
    {
        QCOMPARE(qRound(theme::contrast(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(theme::contrast(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
        QCOMPARE(qRound(theme::contrast(Qt::white, QColor(0x76, 0x76, 0x76)) * 100), 454);
        QCOMPARE(theme::contrast(QColor(0x35, 0x35, 0x35), QColor(0x35, 0x35, 0x35)), 1.0);
    }

    void lightOrDark()
    {
        QVERIFY(!theme::isDark(lightPalette()));
        QVERIFY(theme::isDark(darkPalette()));
        QVERIFY(theme::isDark(projectorPalette()));
    }

    void palettes_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
    }

    void tintsKeepTextContrast_data() { palettes_data(); }
    void tintsKeepTextContrast()
    {
        QFETCH(QPalette, palette);
        for (const auto role : {theme::TintRole::Good, theme::TintRole::Watch, theme::TintRole::Low,
                                theme::TintRole::Beyond, theme::TintRole::Spotlight, theme::TintRole::Invalid}) {
            const theme::Tint t = theme::tint(role, palette);
            const double ratio = theme::contrast(t.foreground, t.background);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("tint %1: %2 on %3 is %4:1")
                                                  .arg(int(role))
                                                  .arg(t.foreground.name(), t.background.name())
                                                  .arg(ratio, 0, 'f', 2)));
        }
        for (int step = -4; step <= 4; ++step) {
            const theme::Tint t = theme::heat(step / 4.0, palette);
            const double ratio = theme::contrast(t.foreground, t.background);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("heat %1: %2:1").arg(step / 4.0).arg(ratio)));
        }
    }

    void tintsDifferFromTheBase_data() { palettes_data(); }
    void tintsDifferFromTheBase()
    {
        // A band tint that is the Base colour would say nothing.
        QFETCH(QPalette, palette);
        for (const auto role : {theme::TintRole::Good, theme::TintRole::Watch, theme::TintRole::Low})
            QVERIFY(theme::tint(role, palette).background != palette.color(QPalette::Base));
    }

    void colouredTextIsReadable_data() { palettes_data(); }
    void colouredTextIsReadable()
    {
        QFETCH(QPalette, palette);
        for (const auto role :
             {theme::TextRole::Better, theme::TextRole::Worse, theme::TextRole::Overdue, theme::TextRole::Muted})
            for (const auto on : {QPalette::Base, QPalette::AlternateBase, QPalette::Window}) {
                const double ratio = theme::contrast(theme::text(role, palette), palette.color(on));
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("text %1 on %2: %3:1")
                                                      .arg(int(role))
                                                      .arg(QLatin1String(roleName(on)))
                                                      .arg(ratio, 0, 'f', 2)));
            }
    }

    void chartInksStandOut_data() { palettes_data(); }
    void chartInksStandOut()
    {
        // Faint is decoration without data (gap lines, shaded phases): not held to 3:1.
        QFETCH(QPalette, palette);
        const QColor base = palette.color(QPalette::Base);
        for (const auto ink : {theme::Ink::Text, theme::Ink::Muted, theme::Ink::Primary, theme::Ink::Secondary,
                               theme::Ink::Tertiary, theme::Ink::Target}) {
            const double ratio = theme::contrast(theme::ink(ink, palette), base);
            QVERIFY2(ratio >= 3.0, qPrintable(QStringLiteral("ink %1: %2:1").arg(int(ink)).arg(ratio, 0, 'f', 2)));
        }
        const QList<QColor> series = theme::series(palette);
        QCOMPARE(series.size(), 6);
        for (const QColor& c : series) {
            const double ratio = theme::contrast(c, base);
            QVERIFY2(ratio >= 3.0, qPrintable(QStringLiteral("series %1: %2:1").arg(c.name()).arg(ratio, 0, 'f', 2)));
        }
        QCOMPARE(theme::seriesColour(7, palette), series[1]); // cycles
    }

    void darkPaletteKeepsItsOwnTextReadable()
    {
        const QPalette p = darkPalette();
        const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
            {QPalette::Text, QPalette::Base},
            {QPalette::Text, QPalette::AlternateBase},
            {QPalette::WindowText, QPalette::Window},
            {QPalette::ButtonText, QPalette::Button},
            {QPalette::HighlightedText, QPalette::Highlight},
            {QPalette::ToolTipText, QPalette::ToolTipBase},
            {QPalette::PlaceholderText, QPalette::Base},
            {QPalette::Link, QPalette::Base},
            {QPalette::LinkVisited, QPalette::Window}};
        for (const auto& [text, back] : pairs) {
            const double ratio = theme::contrast(p.color(text), p.color(back));
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("role %1 on %2: %3:1").arg(text).arg(back).arg(ratio)));
        }
        // Disabled text is exempt from AA (WCAG 1.4.3) but must still be told apart from the background.
        QVERIFY(theme::contrast(p.color(QPalette::Disabled, QPalette::Text), p.color(QPalette::Base)) >= 3.0);
    }

    void projectorPaletteIsReadable()
    {
        const QPalette p = projectorPalette();
        QVERIFY(theme::contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 7.0);
        QVERIFY(theme::contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 7.0);
        const theme::Tint spot = theme::tint(theme::TintRole::Spotlight, p);
        QVERIFY(theme::contrast(spot.foreground, spot.background) >= 7.0);
        QVERIFY(theme::contrast(p.color(QPalette::PlaceholderText), p.color(QPalette::Window)) >= 4.5);
    }

    void messageStyleSheetUsesTheTextColours()
    {
        QCOMPARE(theme::messageStyleSheet(true, lightPalette()),
                 QStringLiteral("QLabel { color: #a4000f; border: 1px solid #a4000f; padding: 6px; }"));
        QCOMPARE(theme::messageStyleSheet(false, darkPalette()),
                 QStringLiteral("QLabel { color: #8bd38f; border: 1px solid #8bd38f; padding: 6px; }"));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
