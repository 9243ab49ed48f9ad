#include "store/DataFolder.h"

#include <QStandardPaths>

namespace fb::store {

QString defaultDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

} // namespace fb::store
