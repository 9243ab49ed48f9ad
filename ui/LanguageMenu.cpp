#include "LanguageMenu.h"

#include "Settings.h"

#include <QActionGroup>
#include <QMessageBox>

namespace fb::ui {

using namespace Qt::StringLiterals;

LanguageMenu::LanguageMenu(QWidget* parent) : QMenu(tr("&Language"), parent)
{
    setObjectName(u"languageMenu"_s);
    auto* group = new QActionGroup(this);
    // Language names are written in their own language, so a user who cannot
    // read the current one still finds theirs.
    const std::pair<QString, QString> choices[] = {
        {QString(), tr("&System language")}, {u"en"_s, u"English"_s}, {u"de"_s, u"Deutsch"_s}};
    const QString current = Settings::language();
    for (const auto& choice : choices) {
        // A copy, not a structured binding: Clang before 16 cannot capture those.
        const QString code = choice.first;
        QAction* action = addAction(choice.second);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    }
}

void LanguageMenu::choose(const QString& code)
{
    if (code == Settings::language())
        return;
    Settings::setLanguage(code);
    auto* box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("The new language is used the next time you start Floorboard."), QMessageBox::Ok,
                                parentWidget());
    box->setObjectName(u"languageRestartMessage"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit languageChosen(code);
}

} // namespace fb::ui
