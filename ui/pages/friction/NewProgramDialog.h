#pragma once

#include <QDate>
#include <QDialog>

#include <string>
#include <vector>

class QDateEdit;
class QLineEdit;
class QListWidget;

namespace fb::ui {

// Asks for a new friction-to-flow program: its name, the teams it covers and
// the Monday it starts.
class NewProgramDialog final : public QDialog {
    Q_OBJECT
public:
    // today: the start offered is the Monday of its week.
    NewProgramDialog(const std::vector<std::string>& teams, QDate today, QWidget* parent = nullptr);

    [[nodiscard]] std::string name() const;
    [[nodiscard]] std::vector<std::string> teams() const; // the ticked ones, in list order
    [[nodiscard]] QDate monday() const;                   // the chosen start, moved to the Monday of its week

private:
    QLineEdit* m_name;
    QListWidget* m_teams;
    QDateEdit* m_start;
};

} // namespace fb::ui
