#pragma once

#include "export/Exporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace fb::ui {

// Which kind to export, where, and the flavours of the CLI (--excel: "Excel
// on this computer", on by default and remembered in Settings; --raw: no
// formula protection; --include-anonymous: pulses with their anonymous
// responses, only after a confirmation that says what it means).
class ExportDialog final : public QDialog {
    Q_OBJECT
public:
    ExportDialog(Kind initialKind, QWidget* parent = nullptr);

    [[nodiscard]] exporting::ExportOptions options() const;
    // The question asked before anonymous pulse responses are written.
    static QString anonymousWarning();

    void accept() override;

private:
    void browse();
    void kindChanged();

    QComboBox* m_kind;
    QLineEdit* m_file;
    QCheckBox* m_excel;
    QCheckBox* m_raw;
    QCheckBox* m_anonymous;
};

} // namespace fb::ui
