#pragma once

// Every colour of the window that is not a palette role: the tinted cells
// (score bands, beyond tolerance, invalid input, correlation heat), coloured
// text (better/worse, overdue, messages), muted text and chart inks. Each comes
// for the palette in use, light or dark (told from QPalette::Window), and every
// tint comes with its foreground, so no cell is ever light text on a light tint.
// tests/ui/tst_theme.cpp checks each pair against WCAG AA under both palettes.
#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>

namespace fb::ui::theme {

// A background tint and the text colour that reads on it.
struct Tint final {
    QColor foreground;
    QColor background;
};

// Tinted cells. Good/Watch/Low are the score bands (Okabe-Ito derived: told
// apart with colour-blindness); Spotlight is the beyond-tolerance mark of the
// black projector palette.
enum class TintRole { Good, Watch, Low, Beyond, Spotlight, Invalid };
// Coloured text on the palette's Base or Window.
enum class TextRole { Better, Worse, Overdue, Muted };

[[nodiscard]] bool isDark(const QPalette& palette);
[[nodiscard]] Tint tint(TintRole role, const QPalette& palette);
[[nodiscard]] QColor text(TextRole role, const QPalette& palette);
// A correlation cell: strength in [-1, 1], blue for positive, red for negative,
// the deeper the stronger; the foreground stays readable at every strength.
[[nodiscard]] Tint heat(double strength, const QPalette& palette);

// The frame and colour of a form's message line ("✓ Saved", "⚠ ..."), a style sheet.
[[nodiscard]] QString messageStyleSheet(bool error, const QPalette& palette);

// Chart inks on the palette's Base: Text is the main line and outlines (the
// palette's text), Muted a second line (the team beside the agent), Faint
// shading that carries no data (phase bands; not held to 3:1), Primary/
// Secondary/Tertiary the named series, Target a target line. Series colours
// (Okabe-Ito; on light backgrounds its orange darkened and its sky blue
// replaced by grey to keep 3:1, on dark ones all lightened) go to charts with
// many series. Every ink but Faint keeps 3:1 against Base.
enum class Ink { Text, Muted, Faint, Primary, Secondary, Tertiary, Target };
[[nodiscard]] QColor ink(Ink role, const QPalette& palette);
[[nodiscard]] QList<QColor> series(const QPalette& palette);
[[nodiscard]] QColor seriesColour(int index, const QPalette& palette);

// The border of check boxes, radio buttons and check cells (IndicatorStyle.h).
// Fusion darkens Window for it, which on a dark window cannot reach the 3:1
// of WCAG 1.4.11: this colour keeps 3:1 against Window, Base and AlternateBase,
// and under a dark palette against Highlight too (a checked cell in a selected
// row; under a light one the indicator's white fill tells it from Highlight).
[[nodiscard]] QColor indicatorBorder(const QPalette& palette);

// WCAG 2.x relative luminance and contrast ratio (1 to 21).
[[nodiscard]] double luminance(const QColor& c);
[[nodiscard]] double contrast(const QColor& a, const QColor& b);

} // namespace fb::ui::theme
