#include "CalibrationPdf.h"

#include "CalibrationPdfLayout.h"
#include "analytics/CalibrationText.h"
#include "common/Format.h"

#include <QImage>
#include <QPainter>

#include <algorithm>
#include <memory>

namespace fb::report {
namespace calibration {
namespace {

using pdf::P;

QStringList toQt(const std::vector<std::string>& v)
{
    QStringList out;
    for (const auto& s : v)
        out << QString::fromStdString(s);
    return out;
}

// The whole report laid out on pages, measured on metrics; footers included.
std::unique_ptr<pdf::PageFlow> layout(const QPaintDevice& metrics, const Context& ctx)
{
    const QRectF body(P(40), P(36), P(pdf::kA4WidthPt - 80), P(pdf::kA4HeightPt - 36 - 44));
    auto flow = std::make_unique<pdf::PageFlow>(metrics, body);
    layoutSummary(*flow, ctx);
    flow->newPage(); // the reveal starts on its own page: it is what goes on the shared screen
    layoutReveal(*flow, ctx);
    layoutAgreed(*flow, ctx);
    const int pages = flow->pageCount();
    const QString id = QString::fromStdString(ctx.data.session.id);
    for (int i = 0; i < pages; ++i) {
        const QRectF rect(body.left(), P(pdf::kA4HeightPt - 30), body.width(), P(10));
        const QString footer =
            Tr::tr("Floorboard - calibration session %1 - page %2 of %3").arg(id).arg(i + 1).arg(pages);
        flow->addTo(i, [=](QPainter& p) {
            p.setFont(pdf::font(6.5));
            p.drawText(rect, Qt::AlignCenter, footer);
        });
    }
    return flow;
}

} // namespace

Context contextOf(const analytics::CalibrationSessionReportData& data, const CalibrationPdfOptions& options)
{
    return {data, options, toQt(analytics::agentLabels(data.session, options.maskAgents)),
            toQt(analytics::participantLabels(data.session, options.initialsOnly)),
            toQt(analytics::participantLabels(data.session, true))};
}

QString number(double v, int decimals)
{
    return format::compact(v, decimals);
}

QString cellText(const std::optional<double>& v, int decimals)
{
    return v ? number(*v, decimals) : QString();
}

} // namespace calibration

Status writeCalibrationPdf(const analytics::CalibrationSessionReportData& data, const QString& path,
                           const CalibrationPdfOptions& options)
{
    return pdf::writeFlowPdf(
        path, calibration::Tr::tr("Calibration session %1").arg(QString::fromStdString(data.session.id)),
        [&](const QPaintDevice& writer) { return calibration::layout(writer, calibration::contextOf(data, options)); });
}

int calibrationReportPageCount(const analytics::CalibrationSessionReportData& data,
                               const CalibrationPdfOptions& options)
{
    const pdf::Metrics metrics;
    return calibration::layout(metrics.writer, calibration::contextOf(data, options))->pageCount();
}

QImage renderCalibrationReportPage(const analytics::CalibrationSessionReportData& data, int page,
                                   const CalibrationPdfOptions& options)
{
    const pdf::Metrics metrics;
    const auto flow = calibration::layout(metrics.writer, calibration::contextOf(data, options));
    if (page < 0 || page >= flow->pageCount())
        return {};
    return pdf::renderA4([&](QPainter& p) { flow->paint(p, page); });
}

} // namespace fb::report
