#include "Appearance.h"

#include "IndicatorStyle.h"
#include "Settings.h"

#include <QActionGroup>
#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <optional>

namespace fb::ui {

using namespace Qt::StringLiterals;

namespace {

struct DesktopLook {
    QString style;
    QPalette palette;
};

std::optional<DesktopLook>& desktopLook()
{
    static std::optional<DesktopLook> look;
    return look;
}

} // namespace

Appearance appearanceFromName(const QString& name)
{
    if (name == u"light"_s)
        return Appearance::Light;
    if (name == u"dark"_s)
        return Appearance::Dark;
    return Appearance::System;
}

QString appearanceName(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return u"light"_s;
    case Appearance::Dark:
        return u"dark"_s;
    case Appearance::System:
        break;
    }
    return {};
}

QPalette lightPalette()
{
    QStyle* fusion = QStyleFactory::create(u"Fusion"_s);
    QPalette p = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return p;
}

QPalette darkPalette()
{
    // Greys rather than black, so frames, headers and alternate rows stay
    // visible; text and highlight keep WCAG AA (tests/ui/tst_theme.cpp).
    const QColor window(0x35, 0x35, 0x35), base(0x2a, 0x2a, 0x2a), text(0xee, 0xee, 0xee);
    const QColor disabled(0x80, 0x80, 0x80);
    QPalette p(window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x32, 0x32, 0x32));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x9a, 0x90));
    p.setColor(QPalette::Light, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::Midlight, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::Mid, QColor(0x25, 0x25, 0x25));
    p.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Shadow, QColor(0x14, 0x14, 0x14));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x5f, 0xa8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc8, 0xa2, 0xff));
    p.setColor(QPalette::ToolTipBase, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa8, 0xa8, 0xa8));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x40, 0x40, 0x40));
    return p;
}

QPalette projectorPalette()
{
    QPalette p;
    const QColor black(Qt::black), white(Qt::white), dim(0x26, 0x26, 0x26);
    p.setColor(QPalette::Window, black);
    p.setColor(QPalette::WindowText, white);
    p.setColor(QPalette::Base, black);
    p.setColor(QPalette::AlternateBase, dim);
    p.setColor(QPalette::Text, white);
    p.setColor(QPalette::Button, dim);
    p.setColor(QPalette::ButtonText, white);
    p.setColor(QPalette::Highlight, QColor(0xFF, 0xEB, 0x3B));
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::PlaceholderText, QColor(0xCC, 0xCC, 0xCC));
    return p;
}

void applyAppearance(Appearance appearance)
{
    if (!desktopLook())
        desktopLook() = DesktopLook{QApplication::style()->name(), QApplication::palette()};
    if (appearance == Appearance::System) {
        QApplication::setStyle(desktopLook()->style);
        QApplication::setPalette(desktopLook()->palette);
        return;
    }
    QApplication::setStyle(new IndicatorStyle); // Fusion, with indicators a dark window shows
    QApplication::setPalette(appearance == Appearance::Dark ? darkPalette() : lightPalette());
}

AppearanceMenu::AppearanceMenu(QWidget* parent) : QMenu(tr("A&ppearance"), parent)
{
    setObjectName(u"appearanceMenu"_s);
    auto* group = new QActionGroup(this);
    const std::pair<Appearance, QString> choices[] = {
        {Appearance::System, tr("&System")}, {Appearance::Light, tr("&Light")}, {Appearance::Dark, tr("&Dark")}};
    const Appearance current = appearanceFromName(Settings::appearance());
    for (const auto& choice : choices) {
        const Appearance appearance = choice.first; // a copy: Clang before 16 cannot capture bindings
        QAction* action = addAction(choice.second);
        action->setCheckable(true);
        action->setChecked(appearance == current);
        action->setData(appearanceName(appearance));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, appearance] {
            Settings::setAppearance(appearanceName(appearance));
            applyAppearance(appearance);
            emit appearanceChosen(appearance);
        });
    }
}

} // namespace fb::ui
