#include "dialogs/ExportDialog.h"

#include "Settings.h"
#include "models/CellFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace fb::ui {

using namespace Qt::StringLiterals;

ExportDialog::ExportDialog(Kind initialKind, QWidget* parent)
    : QDialog(parent), m_kind(new QComboBox(this)), m_file(new QLineEdit(this)),
      m_excel(new QCheckBox(tr("For &Excel (UTF-8 with byte order mark)"), this)),
      m_raw(new QCheckBox(tr("&Raw values (do not protect cells that look like formulas)"), this))
{
    setWindowTitle(tr("Export CSV"));
    for (Kind kind : allKinds())
        m_kind->addItem(kindLabel(kind), static_cast<int>(kind));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(initialKind)));
    m_excel->setToolTip(tr("Excel on Windows needs the byte order mark to read accents and umlauts correctly."));
    m_raw->setToolTip(tr("By default, a cell starting with = + - or @ gets a leading apostrophe so a "
                         "spreadsheet does not run it as a formula. Tick this only for other tools."));

    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("&What:"), m_kind);
    auto* fileRowLabel = new QLabel(tr("&File:"), this);
    fileRowLabel->setBuddy(m_file); // a layout cannot be a buddy; the line edit can
    form->addRow(fileRowLabel, fileRow);
    form->addRow(QString(), m_excel);
    form->addRow(QString(), m_raw);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExportDialog::kindChanged);
    connect(m_file, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_file->text().trimmed().isEmpty());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    kindChanged();
    resize(560, sizeHint().height());
}

exporting::ExportOptions ExportDialog::options() const
{
    exporting::ExportOptions o;
    o.kind = static_cast<Kind>(m_kind->currentData().toInt());
    o.file = m_file->text().trimmed();
    o.excel = m_excel->isChecked();
    o.raw = m_raw->isChecked();
    return o;
}

void ExportDialog::kindChanged()
{
    // Follow the kind with the suggested name, unless the user chose a name of their own.
    const QString suggested = QDir(Settings::lastExportFolder())
                                  .filePath(kindName(static_cast<Kind>(m_kind->currentData().toInt())) + u".csv"_s);
    const QString current = m_file->text();
    bool ownName = !current.isEmpty();
    for (Kind kind : allKinds())
        if (QFileInfo(current).fileName() == kindName(kind) + u".csv"_s)
            ownName = false;
    if (!ownName)
        m_file->setText(QDir::toNativeSeparators(suggested));
}

void ExportDialog::browse()
{
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Export To"), m_file->text(), tr("CSV files (*.csv);;All files (*)"));
    if (!file.isEmpty())
        m_file->setText(QDir::toNativeSeparators(file));
}

} // namespace fb::ui
