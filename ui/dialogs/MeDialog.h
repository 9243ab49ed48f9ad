#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLineEdit;

namespace fb::ui {

// "Who are you?": the team a lead leads and the name they evaluate and coach
// under, asked once and kept in Settings (File ▸ My Team and Name… changes it).
class MeDialog final : public QDialog {
    Q_OBJECT
public:
    MeDialog(const QStringList& teams, QWidget* parent = nullptr);

    [[nodiscard]] QString team() const; // empty: all teams
    [[nodiscard]] QString name() const;
    void accept() override; // stores both

private:
    QComboBox* m_team = nullptr;
    QLineEdit* m_name = nullptr;
};

} // namespace fb::ui
