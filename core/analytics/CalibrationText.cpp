#include "analytics/CalibrationText.h"

#include <QCoreApplication>

namespace fb::analytics {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::analytics::CalibrationText)
};

} // namespace

QString compactNumber(double value, int decimals)
{
    QString s = QString::number(value, 'f', decimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s == QLatin1String("-0") ? QStringLiteral("0") : s;
}

QString leaningWord(Leaning leaning)
{
    switch (leaning) {
    case Leaning::Lenient:
        return Tr::tr("lenient");
    case Leaning::Strict:
        return Tr::tr("strict");
    case Leaning::Neutral:
        break;
    }
    return Tr::tr("neutral");
}

QString attributeLabel(const std::string& name)
{
    if (name == "total")
        return Tr::tr("QA total (0–100)");
    if (name == "overall")
        return Tr::tr("overall (all attributes)");
    return QString::fromStdString(name);
}

} // namespace fb::analytics
