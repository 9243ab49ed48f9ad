#pragma once

// Light or dark, whatever the desktop says: View > Appearance. "System" keeps
// the style and palette Qt chose from the desktop (Qt 6.4 cannot ask the
// desktop for its colour scheme, so the palette is the only word on it);
// "Light" and "Dark" use the Fusion style (as IndicatorStyle, whose check
// boxes and radio buttons keep 3:1 against the window) with Fusion's own
// palette or darkPalette(). The colours of tinted cells and charts follow the palette
// in use (Theme.h).
#include <QMenu>
#include <QPalette>
#include <QString>

namespace fb::ui {

enum class Appearance { System, Light, Dark };

// "" / "light" / "dark", as Settings::appearance() stores it; anything else is System.
[[nodiscard]] Appearance appearanceFromName(const QString& name);
[[nodiscard]] QString appearanceName(Appearance appearance);

[[nodiscard]] QPalette lightPalette();
[[nodiscard]] QPalette darkPalette();
// The calibration shared screen's: white on black with yellow marks, the
// combination that survives a washed-out projector best and does not depend
// on telling red from green.
[[nodiscard]] QPalette projectorPalette();

// Sets the application's style and palette. The first call remembers the
// desktop's own, so System can go back to them later.
void applyAppearance(Appearance appearance);

// View > Appearance: System, Light, Dark; the choice is remembered
// (Settings::appearance) and applied at once.
class AppearanceMenu final : public QMenu {
    Q_OBJECT
public:
    explicit AppearanceMenu(QWidget* parent);

signals:
    void appearanceChosen(fb::ui::Appearance appearance);
};

} // namespace fb::ui
