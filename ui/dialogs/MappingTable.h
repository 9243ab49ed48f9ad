#pragma once

#include "import/Importer.h"

#include <QTableWidget>

namespace fb::ui {

// Target column -> source header, one row per canonical column; required
// columns are marked. Choosing a header writes ImportOptions::map; the
// preview then reads the file again with it.
class MappingTable final : public QTableWidget {
    Q_OBJECT
public:
    explicit MappingTable(QWidget* parent = nullptr);

    // Shows how the preview resolved each column against the file's headers.
    void showColumns(const std::vector<import::ColumnResolution>& columns, const std::vector<std::string>& header);
    void clearAll();

signals:
    // sources empty = "not in the file"
    void mappingChanged(const std::string& target, const QStringList& sources);
};

} // namespace fb::ui
