#pragma once

#include <QString>
#include <QStringList>

class QLabel;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace fb::ui {

// The pieces the coaching reports (effectiveness, ratio, timeline) share, so they look alike.
// A read-only cell, right-aligned unless told otherwise.
QTableWidgetItem* reportCell(const QString& text, Qt::Alignment align = Qt::AlignRight | Qt::AlignVCenter);
// A read-only table with whole-row selection and the last column stretched.
QTableWidget* makeReportTable(QWidget* parent, const QStringList& headers);
// A wrapped explanation in the placeholder colour.
QLabel* explainLabel(const QString& text, QWidget* parent);

} // namespace fb::ui
