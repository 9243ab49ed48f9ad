#include "dialogs/ExportDialog.h"

#include "Settings.h"
#include "csv/ExcelCells.h"
#include "dialogs/FileDialogs.h"
#include "export/XlsxWorkbook.h"
#include "models/CellFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace fb::ui {

using namespace Qt::StringLiterals;

ExportDialog::ExportDialog(Kind initialKind, QWidget* parent)
    : QDialog(parent), m_kind(new QComboBox(this)), m_file(new QLineEdit(this)),
      m_excel(new QCheckBox(tr("&Excel on this computer"), this)),
      m_raw(new QCheckBox(tr("&Raw values (do not protect cells that look like formulas)"), this)),
      m_anonymous(new QCheckBox(tr("Include &anonymous pulse responses"), this))
{
    setWindowTitle(tr("Export CSV"));
    for (Kind kind : allKinds())
        m_kind->addItem(kindLabel(kind), static_cast<int>(kind));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(initialKind)));
    m_excel->setChecked(Settings::excelCsv());
    const QLocale system = QLocale::system();
    m_excel->setToolTip(
        tr("For the spreadsheet on this computer: “%1” between cells, “%2” as decimal mark, dates as %3, numbers "
           "as Floorboard shows them and a byte order mark for accents. Untick it for a file another program or "
           "Floorboard reads back exactly.")
            .arg(QChar::fromLatin1(csv::excelDelimiter(system)), system.decimalPoint(),
                 system.toString(QDate(2026, 10, 25), QLocale::ShortFormat)));
    m_anonymous->setToolTip(tr("Left out by default: each anonymous response carries its team, week and comment."));
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
    form->addRow(QString(), m_anonymous);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExportDialog::kindChanged);
    connect(m_file, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_file->text().trimmed().isEmpty());
        // A workbook's cells are typed: no byte order mark, nothing to protect.
        const bool workbook = exporting::isXlsxPath(m_file->text().trimmed());
        m_excel->setEnabled(!workbook);
        m_raw->setEnabled(!workbook);
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
    if (m_excel->isChecked())
        o.excel = QLocale::system(); // Excel reads by the regional settings, whatever the window's language
    o.raw = m_raw->isChecked();
    o.includeAnonymous = o.kind == Kind::Pulses && m_anonymous->isChecked();
    return o;
}

QString ExportDialog::anonymousWarning()
{
    return tr("The file will hold every anonymous pulse response with its team, week and comment. In a small team "
              "that can tell who answered what, which the scorecards never show (they count anonymous answers "
              "only in groups of at least 5). Agents answered on the promise that they stay anonymous.\n\n"
              "Write the anonymous responses too?");
}

void ExportDialog::accept()
{
    if (options().includeAnonymous &&
        QMessageBox::warning(this, tr("Export Anonymous Responses"), anonymousWarning(),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return; // back to the dialog, the choice still visible
    Settings::setExcelCsv(m_excel->isChecked());
    QDialog::accept();
}

void ExportDialog::kindChanged()
{
    m_anonymous->setEnabled(static_cast<Kind>(m_kind->currentData().toInt()) == Kind::Pulses);
    // Follow the kind with the suggested name, unless the user chose a name of their own.
    const QString suggested = QDir(Settings::lastExportFolder())
                                  .filePath(kindName(static_cast<Kind>(m_kind->currentData().toInt())) + u".csv"_s);
    const QString current = m_file->text();
    bool ownName = !current.isEmpty();
    for (Kind kind : allKinds())
        if (QFileInfo(current).completeBaseName() == kindName(kind))
            ownName = false;
    if (!ownName) // a workbook stays a workbook when the kind changes
        m_file->setText(
            QDir::toNativeSeparators(exporting::isXlsxPath(current) ? suggested.chopped(4) + u".xlsx"_s : suggested));
}

void ExportDialog::browse()
{
    const QString file = fileDialogs::saveTable(this, tr("Export To"), m_file->text());
    if (!file.isEmpty())
        m_file->setText(QDir::toNativeSeparators(file));
}

} // namespace fb::ui
