#include "pages/calibration/SharedScreen.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMenu>
#include <QScreen>
#include <QWidget>

namespace fb::ui::calibration {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::ui::calibration::SharedScreen)
};
} // namespace

int sharedScreenIndex(const QStringList& names, int mainWindowScreen, const QString& chosen)
{
    if (names.isEmpty())
        return -1;
    if (!chosen.isEmpty() && names.contains(chosen))
        return int(names.indexOf(chosen));
    for (int i = 0; i < names.size(); ++i)
        if (i != mainWindowScreen)
            return i;
    return 0;
}

SharedScreenPlace sharedScreenPlace(const QStringList& names, int mainWindowScreen, const QString& chosen)
{
    const int index = sharedScreenIndex(names, mainWindowScreen, chosen);
    const bool picked = !chosen.isEmpty() && names.contains(chosen);
    return {index, index >= 0 && (picked || index != mainWindowScreen)};
}

QScreen* sharedScreen(const QWidget* mainWindow, const QString& chosen, bool* fullScreen)
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    QStringList names;
    for (const QScreen* screen : screens)
        names << screen->name();
    const QScreen* own = mainWindow ? mainWindow->screen() : nullptr;
    const SharedScreenPlace place = sharedScreenPlace(names, int(screens.indexOf(own)), chosen);
    if (fullScreen)
        *fullScreen = place.fullScreen;
    return place.index < 0 ? nullptr : screens[place.index];
}

void fillSharedScreenMenu(QMenu* menu, const QString& chosen, const std::function<void(const QString&)>& choose)
{
    menu->clear();
    qDeleteAll(menu->findChildren<QActionGroup*>(Qt::FindDirectChildrenOnly)); // the last opening's
    auto* group = new QActionGroup(menu);
    auto add = [&](const QString& text, const QString& name) {
        QAction* action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(name == chosen);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [choose, name] { choose(name); });
    };
    add(Tr::tr("&Automatic: a screen the window is not on"), QString());
    menu->addSeparator();
    for (const QScreen* screen : QGuiApplication::screens()) {
        const QSize size = screen->geometry().size();
        add(Tr::tr("Present on %1 (%2 × %3)").arg(screen->name()).arg(size.width()).arg(size.height()), screen->name());
    }
}

} // namespace fb::ui::calibration
