#include "IndicatorStyle.h"

#include "Theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOption>

namespace fb::ui {

using namespace Qt::StringLiterals;

IndicatorStyle::IndicatorStyle() : QProxyStyle(u"Fusion"_s) {}

void IndicatorStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                   const QWidget* widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton)
        return;
    // The same geometry as Fusion's own border (qfusionstyle.cpp, Qt 6.4), so
    // the new border covers the faint one pixel for pixel.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(theme::indicatorBorder(option->palette)));
    const QRect rect = option->rect;
    if (element == PE_IndicatorCheckBox) {
        painter->translate(0.5, 0.5);
        painter->drawRect(rect.adjusted(0, 0, -1, -1));
    } else {
        QPainterPath circle;
        const QPointF centre = rect.center() + QPoint(1, 1);
        const qreal radius = (rect.width() + (rect.width() + 1) % 2) / 2.0 - 1;
        circle.addEllipse(centre, radius, radius);
        painter->drawPath(circle);
    }
    painter->restore();
}

QPixmap IndicatorStyle::generatedIconPixmap(QIcon::Mode mode, const QPixmap& pixmap, const QStyleOption* option) const
{
    if (mode != QIcon::Selected || !option)
        return QProxyStyle::generatedIconPixmap(mode, pixmap, option);
    QPixmap tinted = pixmap; // the icon's shape, filled with the text colour of a selected row
    QPainter painter(&tinted);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(tinted.rect(), option->palette.color(QPalette::HighlightedText));
    return tinted;
}

} // namespace fb::ui
