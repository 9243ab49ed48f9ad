#pragma once

#include <QMenu>

namespace fb::ui {

// View > Language: follow the system, or English or German whatever the
// system says. Translators are installed once at start-up, so the choice is
// remembered (Settings::language) and a message says it takes effect after
// a restart.
class LanguageMenu final : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget* parent);

signals:
    // After the choice was saved; the restart message is open (window-modal) by then.
    void languageChosen(const QString& code);

private:
    void choose(const QString& code);
};

} // namespace fb::ui
