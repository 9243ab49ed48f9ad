#include "dialogs/FileDialogs.h"

#include "dialogs/BlindIconProvider.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>

namespace fb::ui::fileDialogs {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::ui::fileDialogs)
};

// One provider for every dialog, made on first use on the GUI thread; it
// outlives every dialog (QFileDialog does not own its provider).
BlindIconProvider& provider()
{
    static BlindIconProvider blind;
    return blind;
}

QString ask(QWidget* parent, Purpose purpose, const QString& caption, const QString& dir, const QString& filter)
{
    const auto dialog = make(parent, purpose, caption, dir, filter);
    if (dialog->exec() != QDialog::Accepted || dialog->selectedFiles().isEmpty())
        return {};
    return dialog->selectedFiles().constFirst();
}

} // namespace

std::unique_ptr<QFileDialog> make(QWidget* parent, Purpose purpose, const QString& caption, const QString& dir,
                                  const QString& filter)
{
    // No folder yet: the provider is set before the dialog lists one.
    auto dialog = std::make_unique<QFileDialog>(parent, caption);
#if !defined(Q_OS_WIN)
    dialog->setOption(QFileDialog::DontUseNativeDialog);
#endif
    dialog->setIconProvider(&provider());
    if (!filter.isEmpty())
        dialog->setNameFilter(filter);
    switch (purpose) {
    case Purpose::Open:
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        dialog->setFileMode(QFileDialog::ExistingFile);
        break;
    case Purpose::Save:
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
        break;
    case Purpose::Folder:
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        break;
    }
    // As the static functions: `dir` is the folder to start in, or a file
    // name (in a folder) to preselect.
    const QFileInfo start(dir);
    if (dir.isEmpty() || start.isDir()) {
        if (!dir.isEmpty())
            dialog->setDirectory(dir);
    } else {
        dialog->setDirectory(start.absolutePath());
        dialog->selectFile(start.fileName());
    }
    return dialog;
}

QString openFile(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    return ask(parent, Purpose::Open, caption, dir, filter);
}

QString saveFile(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    return ask(parent, Purpose::Save, caption, dir, filter);
}

QString saveTable(QWidget* parent, const QString& caption, const QString& dir)
{
    const QString csv = Tr::tr("CSV files (*.csv)");
    const auto dialog =
        make(parent, Purpose::Save, caption, dir, csv + QStringLiteral(";;") + Tr::tr("Excel workbook (*.xlsx)"));
    if (dialog->exec() != QDialog::Accepted || dialog->selectedFiles().isEmpty())
        return {};
    QString file = dialog->selectedFiles().constFirst();
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        file += dialog->selectedNameFilter() == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    return file;
}

QString folder(QWidget* parent, const QString& caption, const QString& dir)
{
    return ask(parent, Purpose::Folder, caption, dir, {});
}

} // namespace fb::ui::fileDialogs
