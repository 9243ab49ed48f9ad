// Check boxes, radio buttons and the check cells of tables under View >
// Appearance > Dark and Light: rendered by Fusion through IndicatorStyle and
// read back pixel by pixel from QWidget::grab(), the indicator's border keeps
// 3:1 against the window around it (WCAG 1.4.11, non-text contrast). Plain
// Fusion, whose border is the window darkened, stays far below under Dark:
// that is what the style is for.
#include "Appearance.h"
#include "IndicatorStyle.h"
#include "Theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QPainter>
#include <QPointer>
#include <QRadioButton>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QTableWidget>
#include <QtTest>

#include <memory>

using namespace fb::ui;

namespace {

// The indicator's rectangle inside the button, as the style lays it out.
QRect indicatorRect(const QAbstractButton& button, QStyle::SubElement element)
{
    QStyleOptionButton option;
    option.initFrom(&button);
    return button.style()->subElementRect(element, &option, &button);
}

QImage rendered(QWidget& widget)
{
    widget.resize(widget.sizeHint());
    return widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
}

// The colour along the indicator's middle row that stands out most from the window.
QColor strongestEdge(const QImage& image, const QRect& indicator, const QColor& window)
{
    QColor best = window;
    const int y = indicator.center().y() + 1;
    for (int x = indicator.left(); x <= indicator.center().x(); ++x) {
        const QColor c = image.pixelColor(x, y);
        if (theme::contrast(c, window) > theme::contrast(best, window))
            best = c;
    }
    return best;
}

} // namespace

class TestIndicatorStyle final : public QObject {
    Q_OBJECT
private slots:
    void appearanceUsesTheStyle()
    {
        applyAppearance(Appearance::Dark);
        auto* style = qobject_cast<IndicatorStyle*>(QApplication::style());
        QVERIFY(style);
        QCOMPARE(style->baseStyle()->name(), QStringLiteral("fusion"));
        applyAppearance(Appearance::Light);
        QVERIFY(qobject_cast<IndicatorStyle*>(QApplication::style()));
    }

    void borderColours()
    {
        QCOMPARE(theme::indicatorBorder(darkPalette()), QColor(0xb4, 0xb4, 0xb4));
        QCOMPARE(theme::indicatorBorder(lightPalette()), QColor(0x76, 0x76, 0x76));
        // Against every background an indicator sits on: the border, or under a
        // light palette the white fill on Highlight, keeps 3:1.
        for (const QPalette& p : {darkPalette(), lightPalette()}) {
            const QColor border = theme::indicatorBorder(p);
            for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Highlight}) {
                const QColor back = p.color(role);
                const double ratio =
                    std::max(theme::contrast(border, back), theme::contrast(p.color(QPalette::Base), back));
                QVERIFY2(ratio >= 3.0,
                         qPrintable(QStringLiteral("%1 on %2: %3").arg(border.name(), back.name()).arg(ratio)));
            }
        }
    }

    void checkBoxUnderDark()
    {
        applyAppearance(Appearance::Dark);
        QCheckBox box(QStringLiteral("Only my team"));
        const QImage image = rendered(box);
        const QRect r = indicatorRect(box, QStyle::SE_CheckBoxIndicator);
        QVERIFY(r.width() >= 10);
        const QColor window(0x35, 0x35, 0x35);
        QCOMPARE(image.pixelColor(r.right() + 2, r.top()), window);                      // beside the box
        QCOMPARE(image.pixelColor(r.left(), r.center().y()), QColor(0xb4, 0xb4, 0xb4));  // its left edge
        QCOMPARE(image.pixelColor(r.right(), r.center().y()), QColor(0xb4, 0xb4, 0xb4)); // its right edge
        QCOMPARE(image.pixelColor(r.center().x(), r.top()), QColor(0xb4, 0xb4, 0xb4));   // its top edge
        QCOMPARE(image.pixelColor(r.center()), QColor(0x2a, 0x2a, 0x2a));                // the Base inside
        const double ratio = theme::contrast(QColor(0xb4, 0xb4, 0xb4), window);
        QCOMPARE(qRound(ratio * 100), 592); // 5.92:1 ((0.4564 + 0.05) / (0.0356 + 0.05))
        box.setChecked(true);
        const QImage checked = rendered(box);
        QCOMPARE(checked.pixelColor(r.left(), r.center().y()), QColor(0xb4, 0xb4, 0xb4));
    }

    void checkBoxUnderLight()
    {
        applyAppearance(Appearance::Light);
        QCheckBox box(QStringLiteral("Only my team"));
        const QImage image = rendered(box);
        const QRect r = indicatorRect(box, QStyle::SE_CheckBoxIndicator);
        const QColor window = lightPalette().color(QPalette::Window);
        QCOMPARE(image.pixelColor(r.right() + 2, r.top()), window);
        QCOMPARE(image.pixelColor(r.left(), r.center().y()), QColor(0x76, 0x76, 0x76));
        QVERIFY(theme::contrast(QColor(0x76, 0x76, 0x76), window) >= 3.0);
    }

    // What the style fixes: plain Fusion's border on the dark window.
    void plainFusionIsFaintUnderDark()
    {
        applyAppearance(Appearance::Dark);
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        QCheckBox box(QStringLiteral("Only my team"));
        box.setStyle(fusion.get());
        const QImage image = rendered(box);
        const QRect r = indicatorRect(box, QStyle::SE_CheckBoxIndicator);
        const QColor window(0x35, 0x35, 0x35);
        const QColor edge = strongestEdge(image, r, window);
        QVERIFY2(theme::contrast(edge, window) < 1.5, qPrintable(edge.name()));
    }

    void radioButtonUnderDark()
    {
        applyAppearance(Appearance::Dark);
        QRadioButton radio(QStringLiteral("Agents"));
        const QImage image = rendered(radio);
        const QRect r = indicatorRect(radio, QStyle::SE_RadioButtonIndicator);
        const QColor window(0x35, 0x35, 0x35);
        QCOMPARE(image.pixelColor(0, 0), window);
        const QColor edge = strongestEdge(image, r, window);
        // An anti-aliased circle: its edge pixels mix the border with the
        // window and the Base inside, but the strongest is (nearly) the border.
        QVERIFY2(theme::contrast(edge, window) >= 3.0, qPrintable(edge.name()));
    }

    void checkCellUnderDark()
    {
        applyAppearance(Appearance::Dark);
        QTableWidget table(1, 1);
        auto* item = new QTableWidgetItem(QStringLiteral("Billing"));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        table.setItem(0, 0, item);
        table.resize(300, 120);
        const QImage image = table.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        // The cell's indicator is a check box: its border is the only place the colour appears.
        int border = 0;
        const QRect cell = table.visualItemRect(item);
        for (int y = cell.top(); y <= cell.bottom(); ++y)
            for (int x = cell.left(); x <= cell.right(); ++x)
                border += image.pixelColor(x, y) == QColor(0xb4, 0xb4, 0xb4) ? 1 : 0;
        QVERIFY2(border >= 20, qPrintable(QString::number(border)));
    }

    // The page list's selected icon: white on the dark palette's blue, not blue on blue.
    void selectedIconTakesHighlightedText()
    {
        applyAppearance(Appearance::Dark);
        QPixmap icon(8, 8);
        icon.fill(Qt::transparent);
        {
            QPainter p(&icon);
            p.fillRect(2, 2, 4, 4, QColor(0x1f, 0x5f, 0xa8));
        }
        QStyleOption option;
        option.palette = darkPalette();
        const QImage selected = QApplication::style()->generatedIconPixmap(QIcon::Selected, icon, &option).toImage();
        QCOMPARE(selected.pixelColor(3, 3), QColor(Qt::white));
        QCOMPARE(selected.pixelColor(0, 0).alpha(), 0); // the shape stays
    }
};

QTEST_MAIN(TestIndicatorStyle)
#include "tst_indicatorstyle.moc"
