#include "csv/CsvTypes.h"

namespace fb::csv {

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom:
        return QStringLiteral("UTF-8 with BOM");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return QStringLiteral("UTF-8");
}

QString lineEndingName(LineEnding ending)
{
    switch (ending) {
    case LineEnding::Lf:
        return QStringLiteral("LF");
    case LineEnding::CrLf:
        return QStringLiteral("CRLF");
    case LineEnding::Cr:
        return QStringLiteral("CR");
    case LineEnding::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("none");
}

QString delimiterName(char delimiter)
{
    if (delimiter == '\t')
        return QStringLiteral("tab");
    return QString(QLatin1Char(delimiter));
}

std::optional<char> parseDelimiter(const QString& text)
{
    // The CLI receives "\t" either as a real tab or, typed in a shell, as the
    // two characters backslash and t; both mean tab.
    if (text == QStringLiteral(",") || text == QStringLiteral(";") || text == QStringLiteral("|"))
        return text.at(0).toLatin1();
    if (text == QStringLiteral("\t") || text == QStringLiteral("\\t") ||
        text.compare(QStringLiteral("tab"), Qt::CaseInsensitive) == 0)
        return '\t';
    return std::nullopt;
}

} // namespace fb::csv
