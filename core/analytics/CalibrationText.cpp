#include "analytics/CalibrationText.h"

#include <QCoreApplication>

namespace fb::analytics {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::analytics::CalibrationText)
};

} // namespace

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
    QString words = QString::fromStdString(name).replace(u'_', u' ').simplified();
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

} // namespace fb::analytics
