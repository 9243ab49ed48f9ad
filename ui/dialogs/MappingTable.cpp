#include "dialogs/MappingTable.h"

#include "models/CellFormat.h"

#include <QComboBox>
#include <QHeaderView>

namespace fb::ui {

using namespace Qt::StringLiterals;

MappingTable::MappingTable(QWidget* parent) : QTableWidget(0, 3, parent)
{
    setHorizontalHeaderLabels({tr("Floorboard column"), tr("Read from file column"), tr("Required")});
    verticalHeader()->setVisible(false);
    setAccessibleDescription(tr("One row per Floorboard column: choose the column of the file it is read from."));
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAccessibleName(tr("Column mapping"));
}

void MappingTable::clearAll()
{
    setRowCount(0);
}

void MappingTable::showColumns(const std::vector<import::ColumnResolution>& columns,
                               const std::vector<std::string>& header)
{
    setRowCount(static_cast<int>(columns.size()));
    for (int r = 0; r < rowCount(); ++r) {
        const auto& c = columns[static_cast<size_t>(r)];
        auto* target = new QTableWidgetItem(columnLabel(c.target));
        target->setToolTip(QString::fromStdString(c.target));
        if (c.required) {
            QFont bold = target->font();
            bold.setBold(true);
            target->setFont(bold);
        }
        setItem(r, 0, target);

        auto* combo = new QComboBox(this);
        combo->addItem(tr("(not in file)"), QStringList());
        for (const auto& h : header) {
            const QString name = QString::fromStdString(h);
            combo->addItem(name, QStringList{name});
        }
        if (c.sources.size() > 1) // a joined column (Date+Time) from a profile or the CLI
            combo->addItem(c.sources.join(u" + "_s), c.sources);
        int current = 0;
        for (int i = 1; i < combo->count(); ++i)
            if (combo->itemData(i).toStringList() == c.sources)
                current = i;
        combo->setCurrentIndex(current);
        combo->setAccessibleName(columnLabel(c.target));
        const std::string name = c.target;
        connect(combo, &QComboBox::activated, this,
                [this, combo, name](int i) { emit mappingChanged(name, combo->itemData(i).toStringList()); });
        setCellWidget(r, 1, combo);

        const bool missing = c.sources.isEmpty();
        auto* required =
            new QTableWidgetItem(c.required ? (missing ? tr("Required — missing") : tr("Required")) : QString());
        if (c.required && missing)
            required->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        setItem(r, 2, required);
    }
}

} // namespace fb::ui
