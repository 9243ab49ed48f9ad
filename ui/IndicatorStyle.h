#pragma once

// Fusion with check boxes, radio buttons and check cells that can be seen:
// Fusion draws their border in Window darkened, which on a dark window is
// nearly the window itself (1.2:1), and no palette changes that, since the
// border is always darker than Window. This style lets Fusion draw them and
// then draws the border again in theme::indicatorBorder (3:1, WCAG 1.4.11).
// Check cells of tables come through here too: Fusion draws them as check boxes.
// A selected item's icon (the page list) is drawn in the highlighted text's
// colour: Fusion's own tints it towards Highlight, a blue icon on blue.
#include <QProxyStyle>

namespace fb::ui {

class IndicatorStyle final : public QProxyStyle {
    Q_OBJECT
public:
    IndicatorStyle(); // over Fusion

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    QPixmap generatedIconPixmap(QIcon::Mode mode, const QPixmap& pixmap, const QStyleOption* option) const override;
};

} // namespace fb::ui
