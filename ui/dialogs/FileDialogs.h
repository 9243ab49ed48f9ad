#pragma once

#include <QString>

#include <memory>

class QFileDialog;
class QWidget;

// The window's one way to ask for a file or folder name. Every dialog uses
// BlindIconProvider, so showing a folder never opens the files in it: a file
// dialog in the database's folder (New, Open, Back Up) must not touch the
// open database (see BlindIconProvider.h). Off Windows the dialog is Qt's
// own: a native one (GTK's, KDE's) runs in this process and reads files to
// guess their type just the same. On Windows file locks belong to a handle,
// not to the process, so the native dialog is safe there.
namespace fb::ui::fileDialogs {

// As QFileDialog::getOpenFileName: an existing file, or empty on Cancel.
// `dir` may name a folder or a file in the folder to start in.
QString openFile(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
// As QFileDialog::getSaveFileName (asks before replacing a file).
QString saveFile(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
// A table to save as CSV or as an Excel workbook (the suffix decides, see
// exporting::writeCsv): both filters offered, CSV first; a name with neither
// suffix gets the chosen filter's. `dir` as above (a suggested .csv name).
QString saveTable(QWidget* parent, const QString& caption, const QString& dir);
// As QFileDialog::getExistingDirectory.
QString folder(QWidget* parent, const QString& caption, const QString& dir = {});

enum class Purpose { Open, Save, Folder };
// The dialog the functions above show, not yet shown (for tests).
std::unique_ptr<QFileDialog> make(QWidget* parent, Purpose purpose, const QString& caption, const QString& dir,
                                  const QString& filter = {});

} // namespace fb::ui::fileDialogs
