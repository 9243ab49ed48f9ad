#include "domain/Calibration.h"

#include <QCoreApplication>

#include <cmath>

namespace fb {
namespace {

// Its strings keep the context they had in the calibration store, so their
// translations still apply.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::CalibrationStore)
};

} // namespace

QString scoreProblem(const RubricAttribute& a, const std::optional<double>& score)
{
    if (!score)
        return a.naAllowed ? QString() : Tr::tr("NA is not allowed for this attribute");
    const double max = a.yesNo ? 1 : 4;
    if (*score < 0 || *score > max || std::floor(*score) != *score)
        return a.yesNo ? Tr::tr("outside the scale 0-1 (0 = no, 1 = yes)")
                       : Tr::tr("outside the scale 0-4 (whole numbers)");
    return {};
}

QString scoreText(const std::optional<double>& score)
{
    return score ? QString::number(*score) : QStringLiteral("NA");
}

} // namespace fb
