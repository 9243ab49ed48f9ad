#pragma once

#include "export/ReportCsv.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <set>
#include <vector>

class QLabel;
class QTableWidget;
class QLineEdit;
class QTimer;
class QVBoxLayout;
class QWidget;

class QComboBox;

namespace fb::ui {

// The pieces every browse page shares, so the pages look alike.
QLabel* makePageTitle(const QString& title, QWidget* parent);
QLabel* makePageSubtitle(const QString& text, QWidget* parent);
// A page's layout with the margins every page has, its title and subtitle
// already in; the page adds its bar and body.
QVBoxLayout* makePageLayout(QWidget* page, const QString& title, const QString& subtitle);
// A page's "Export CSV": asks whether to write one Excel workbook (a file
// name, workbookName suggested) or CSV files (a folder), writes through write
// and shows its error in a warning (warningTitle). Returns the workbook or
// folder written to, empty when the user cancelled or the export was refused.
QString exportTablesAsk(QWidget* page, const QString& caption, const QString& warningTitle,
                        const std::function<bool(const QString& target, QString* error)>& write,
                        const QString& workbookName = QStringLiteral("tables.xlsx"));
// How the window writes CSV: "Excel on this computer" (the system's locale)
// while Settings::excelCsv() is on, else machine CSV.
csv::WriterOptions csvWriterOptions();
// A page's set of tables to `target`: one workbook when it ends in .xlsx
// (exporting::writeXlsxTables, a sheet per table), else a CSV file per table
// in that folder (exporting::writeCsvTables, written as csvWriterOptions()
// says); the error as text, for a page's exportCsv(target, error).
bool writeTables(const std::vector<exporting::NamedTable>& tables, const QString& target, QString* error);
// A search field with a clear button; the timer fires 250 ms after the last
// keystroke so typing does not restart the query for every letter.
// A read-only table of results: whole rows selected, alternating rows,
// word wrap, no row numbers, the last column stretched.
QTableWidget* makeResultTable(const QStringList& headers, const QString& accessibleName, QWidget* parent);
// Puts rows of text into a result table (tooltips repeat the text, columns in
// `numeric` right-aligned), then fits columns (at most 420 px) and rows.
void fillResultTable(QTableWidget* table, const std::vector<QStringList>& rows, const std::set<int>& numeric = {});
QLineEdit* makeSearchBox(const QString& placeholder, QWidget* parent, QTimer** debounce);
// Refills a filter box: `allText` first (no filter), then `choices`; keeps
// the current choice when it is still offered, and sends no signal.
void setFilterChoices(QComboBox* box, const QString& allText, const QStringList& choices);
// The same with each choice shown as label(choice) ("in Prüfung" for "reviewing").
void setFilterChoices(QComboBox* box, const QString& allText, const QStringList& choices,
                      const std::function<QString(const QString&)>& label);
// The choice of a box setFilterChoices filled, as stored ("reviewing"); empty for "all".
QString filterChoice(const QComboBox* box);

} // namespace fb::ui
