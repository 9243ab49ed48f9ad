#pragma once

#include "demo/DemoGenerator.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace fb::ui {

// Options of the demo site and the new file to write it to.
class DemoDialog final : public QDialog {
    Q_OBJECT
public:
    explicit DemoDialog(const QString& suggestedPath, QWidget* parent = nullptr);

    [[nodiscard]] demo::DemoOptions options() const;
    [[nodiscard]] QString path() const;

private:
    void browse();

    QLineEdit* m_path;
    QSpinBox* m_agents;
    QSpinBox* m_teams;
    QSpinBox* m_weeks;
    QSpinBox* m_contacts;
    QSpinBox* m_seed;
    QDateEdit* m_start;
};

} // namespace fb::ui
