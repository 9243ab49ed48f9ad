#pragma once

// The fairness audit of an incentive plan for HR (docs/recognition-and-incentives.md,
// "Fairness audit"): the plan version it audited, the rule, and one table per
// grouping (team, shift, site, tenure band, ...) with n on every row, the
// flags marked in words and with a frame (no meaning rests on colour).
#include "analytics/FairnessAudit.h"
#include "common/Error.h"
#include "domain/Incentive.h"

#include <QImage>
#include <QString>

#include <vector>

namespace fb::report {

struct FairnessAuditReport final {
    IncentivePlan plan;
    QString period; // "2026-Q3"
    std::vector<analytics::FairnessAudit> audits;
};

// Drawn in memory and saved atomically; needs a QGuiApplication (offscreen is fine).
Status writeFairnessAuditPdf(const FairnessAuditReport& report, const QString& path);
// The first page at 300 dpi (previews, tests).
QImage renderFairnessAuditPage(const FairnessAuditReport& report, int page = 0);
int fairnessAuditPageCount(const FairnessAuditReport& report);

// The words of a grouping ("Shift", "Tenure band"), shared with the page.
QString auditByLabel(analytics::AuditBy by);

} // namespace fb::report
