#include "Theme.h"

#include <algorithm>
#include <cmath>

namespace fb::ui::theme {
namespace {

// Near-black and near-white text for tints: pure black/white glare on a projector.
const QColor kDarkText(0x1a, 0x1a, 0x1a);
const QColor kLightText(0xf2, 0xf2, 0xf2);

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

Tint tint(TintRole role, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (role) {
    case TintRole::Good: // light blue / deep blue
        return dark ? Tint{kLightText, QColor(0x1d, 0x42, 0x5e)} : Tint{kDarkText, QColor(0xD4, 0xE9, 0xF7)};
    case TintRole::Watch: // light orange / deep amber
        return dark ? Tint{kLightText, QColor(0x5c, 0x45, 0x0a)} : Tint{kDarkText, QColor(0xFF, 0xEB, 0xC2)};
    case TintRole::Low: // light vermilion / deep vermilion
        return dark ? Tint{kLightText, QColor(0x6b, 0x2a, 0x1a)} : Tint{kDarkText, QColor(0xF6, 0xD0, 0xC4)};
    case TintRole::Beyond: // amber
        return dark ? Tint{kLightText, QColor(0x6b, 0x55, 0x00)} : Tint{kDarkText, QColor(0xFF, 0xE0, 0x8A)};
    case TintRole::Spotlight: // bright yellow with black text on the black projector palette, either way
        return Tint{Qt::black, QColor(0xFF, 0xEB, 0x3B)};
    case TintRole::Invalid: // pink / deep red
        return dark ? Tint{kLightText, QColor(0x74, 0x22, 0x22)} : Tint{kDarkText, QColor(0xF8, 0xC8, 0xC8)};
    }
    return {palette.color(QPalette::Text), palette.color(QPalette::Base)};
}

QColor text(TextRole role, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (role) {
    case TextRole::Better:
        return dark ? QColor(0x8b, 0xd3, 0x8f) : QColor(0x1b, 0x5e, 0x20);
    case TextRole::Worse:
    case TextRole::Overdue:
        return dark ? QColor(0xff, 0x9a, 0x90) : QColor(0xa4, 0x00, 0x0f);
    case TextRole::Muted:
        return dark ? QColor(0xb4, 0xb4, 0xb4) : QColor(0x55, 0x55, 0x55);
    }
    return palette.color(QPalette::Text);
}

QString messageStyleSheet(bool error, const QPalette& palette)
{
    const QString colour = text(error ? TextRole::Worse : TextRole::Better, palette).name();
    return QStringLiteral("QLabel { color: %1; border: 1px solid %1; padding: 6px; }").arg(colour);
}

Tint heat(double strength, const QPalette& palette)
{
    const double s = std::clamp(std::abs(strength), 0.0, 1.0);
    const bool positive = strength >= 0;
    if (isDark(palette)) {
        // From the dark base towards a deep blue or red: light text reads on every step.
        const QColor base = palette.color(QPalette::Base);
        const QColor to = positive ? QColor(0x1d, 0x42, 0x7e) : QColor(0x7e, 0x1d, 0x1d);
        auto mix = [s](int a, int b) { return int(std::lround(a + (b - a) * s)); };
        return {kLightText,
                QColor(mix(base.red(), to.red()), mix(base.green(), to.green()), mix(base.blue(), to.blue()))};
    }
    // From white towards a light blue or pink (at most 120 of 255 away): dark text reads.
    const int a = int(std::lround(120 * s));
    return {kDarkText, positive ? QColor(255 - a, 255 - a / 2, 255) : QColor(255, 255 - a / 2, 255 - a)};
}

QColor ink(Ink role, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (role) {
    case Ink::Text:
        return palette.color(QPalette::Text);
    case Ink::Muted:
        return dark ? QColor(0xa8, 0xa8, 0xa8) : QColor(0x6e, 0x6e, 0x6e);
    case Ink::Faint:
        return dark ? QColor(0xff, 0xff, 0xff, 40) : QColor(0x00, 0x00, 0x00, 30);
    case Ink::Primary: // dark blue
        return dark ? QColor(0x7f, 0xb8, 0xea) : QColor(0x1f, 0x4e, 0x79);
    case Ink::Secondary: // amber
        return dark ? QColor(0xf0, 0xa8, 0x48) : QColor(0xb2, 0x6b, 0x00);
    case Ink::Tertiary: // purple
        return dark ? QColor(0xcf, 0xa4, 0xee) : QColor(0x6a, 0x1b, 0x9a);
    case Ink::Target: // green
        return dark ? QColor(0x8b, 0xd3, 0x8f) : QColor(0x2e, 0x7d, 0x32);
    }
    return palette.color(QPalette::Text);
}

QList<QColor> series(const QPalette& palette)
{
    if (isDark(palette)) // the Okabe-Ito hues, lightened to keep 3:1 on a dark background
        return {QColor(0x56, 0xB4, 0xE9), QColor(0xF0, 0x8A, 0x3C), QColor(0x2E, 0xC4, 0x9A),
                QColor(0xE0, 0x9C, 0xC4), QColor(0xE6, 0x9F, 0x00), QColor(0xA8, 0xD8, 0xF5)};
    return {QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73),
            QColor(0xCC, 0x79, 0xA7), QColor(0xA8, 0x75, 0x00), QColor(0x55, 0x55, 0x55)};
}

QColor seriesColour(int index, const QPalette& palette)
{
    const QList<QColor> all = series(palette);
    return all[index % all.size()];
}

QColor indicatorBorder(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xb4, 0xb4, 0xb4) : QColor(0x76, 0x76, 0x76);
}

double luminance(const QColor& c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace fb::ui::theme
