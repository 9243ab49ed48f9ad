#include "common/Error.h"

namespace fb {

QString Error::toString() const
{
    QString out;
    if (!file.isEmpty()) {
        out += file;
        if (line > 0)
            out += QLatin1Char(':') + QString::number(line);
        out += QStringLiteral(": ");
    } else if (line > 0) {
        out += QStringLiteral("line %1: ").arg(line);
    }
    if (!column.isEmpty())
        out += QStringLiteral("column %1: ").arg(column);
    if (hasValue)
        out += QStringLiteral("value '%1': ").arg(value);
    out += reason;
    return out;
}

} // namespace fb
