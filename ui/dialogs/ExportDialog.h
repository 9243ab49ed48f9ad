#pragma once

#include "export/Exporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace fb::ui {

// Which kind to export, where, and the two CSV flavours of the CLI
// (--excel: UTF-8 with BOM; --raw: no formula protection).
class ExportDialog final : public QDialog {
    Q_OBJECT
public:
    ExportDialog(Kind initialKind, QWidget* parent = nullptr);

    [[nodiscard]] exporting::ExportOptions options() const;

private:
    void browse();
    void kindChanged();

    QComboBox* m_kind;
    QLineEdit* m_file;
    QCheckBox* m_excel;
    QCheckBox* m_raw;
};

} // namespace fb::ui
