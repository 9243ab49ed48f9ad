#pragma once

#include <QString>
#include <QStringList>

#include <set>
#include <vector>

class QLabel;
class QTableWidget;
class QLineEdit;
class QTimer;
class QWidget;

namespace fb::ui {

// The pieces every browse page shares, so the pages look alike.
QLabel* makePageTitle(const QString& title, QWidget* parent);
QLabel* makePageSubtitle(const QString& text, QWidget* parent);
// A search field with a clear button; the timer fires 250 ms after the last
// keystroke so typing does not restart the query for every letter.
// A read-only table of results: whole rows selected, alternating rows,
// word wrap, no row numbers, the last column stretched.
QTableWidget* makeResultTable(const QStringList& headers, const QString& accessibleName, QWidget* parent);
// Puts rows of text into a result table (tooltips repeat the text, columns in
// `numeric` right-aligned), then fits columns (at most 420 px) and rows.
void fillResultTable(QTableWidget* table, const std::vector<QStringList>& rows, const std::set<int>& numeric = {});
QLineEdit* makeSearchBox(const QString& placeholder, QWidget* parent, QTimer** debounce);

} // namespace fb::ui
