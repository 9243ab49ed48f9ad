#pragma once

#include <QDialog>

class QMenuBar;

namespace fb::ui {

// Help ▸ Keyboard Shortcuts and Help ▸ Glossary: plain words first, the
// technical term second, in a window that fits the screen.
class HelpDialog final : public QDialog {
    Q_OBJECT
public:
    // Every menu command that has a shortcut, read from the menus themselves.
    static HelpDialog* shortcuts(const QMenuBar* menus, QWidget* parent);
    // The statistics words the pages use: ρ, alpha, AC1, difference in
    // differences, interval, n, small sample.
    static HelpDialog* glossary(QWidget* parent);
    // The glossary's text, also a page of Help ▸ Guide.
    static QString glossaryHtml();

    [[nodiscard]] QString text() const { return m_html; }

private:
    HelpDialog(const QString& title, const QString& html, QWidget* parent);
    QString m_html;
};

} // namespace fb::ui
