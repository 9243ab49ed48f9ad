#pragma once

// Internal to the calibration session report: what its parts share
// (CalibrationPdf.cpp: the page layout, writing and previews;
// CalibrationPdfSummary.cpp: page 1, the session, statistics and leanings;
// CalibrationPdfReveal.cpp: the reveal table and the agreed scores).
#include "CalibrationPdf.h"
#include "PdfParts.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace fb::report::calibration {

// The Tr::tr() of the report; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::report::CalibrationPdf)
};

struct Context final {
    const analytics::CalibrationSessionReportData& data;
    CalibrationPdfOptions options;
    QStringList agents;   // one per unit (masked or not)
    QStringList people;   // one per participant: name, or initials with initialsOnly
    QStringList initials; // one per participant, distinct: the reveal's column heads
};

Context contextOf(const analytics::CalibrationSessionReportData& data, const CalibrationPdfOptions& options);

// A number with at most `decimals` decimals, trailing zeros dropped ("2", "2.5");
// signed changes go through format::signedNumber.
QString number(double v, int decimals = 2);
QString cellText(const std::optional<double>& v, int decimals = 2);

void layoutSummary(pdf::PageFlow& flow, const Context& ctx);
void layoutReveal(pdf::PageFlow& flow, const Context& ctx);
void layoutAgreed(pdf::PageFlow& flow, const Context& ctx);

} // namespace fb::report::calibration
