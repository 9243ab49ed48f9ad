#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QPushButton;

namespace fb::ui {

// File ▸ Connect to Site Server…: the address of a site's shared PostgreSQL
// database, typed or picked from the remembered ones, with the three forms an
// address takes and where its password comes from. Connect stays disabled
// (and a line says why) until the text is a site server address.
class ConnectDialog final : public QDialog {
    Q_OBJECT
public:
    ConnectDialog(const QStringList& remembered, const QString& address, QWidget* parent = nullptr);

    // The address as typed, without surrounding spaces.
    [[nodiscard]] QString address() const;

    // Why `text` cannot be connected to; empty when it is a site server address.
    [[nodiscard]] static QString addressProblem(const QString& text);

    // Where libpq reads passwords on this system, as a person would type it.
    [[nodiscard]] static QString passwordFileName();

private:
    void check();

    QComboBox* m_address;
    QLabel* m_problem;
    QPushButton* m_connect = nullptr;
};

} // namespace fb::ui
