#include "reports/ProgramReportBuilder.h"

#include "analytics/PrePost.h"
#include "common/IsoWeek.h"
#include "store/ProgramStore.h"

#include <QCoreApplication>

namespace fb::reports {
namespace {

// The strings keep the context they had when this function lived in
// analytics/ProgramReport.cpp, so their translations still apply.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::analytics::ProgramReport)
};

} // namespace

Result<analytics::ProgramReport> buildProgramReport(store::Database& db, const std::string& name, QDate today,
                                                    const std::atomic_bool* cancel)
{
    auto found = store::findProgram(db, name);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::plain(Tr::tr("no program named '%1'").arg(QString::fromStdString(name)));
    analytics::ProgramReport r;
    r.program = *found.value();
    r.today = today;
    const QDate start = r.program.start;
    r.end = start.addDays(analytics::kProgramDays);
    const auto& teams = r.program.teams;

    auto fixes = store::listFixes(db, r.program.id);
    if (!fixes)
        return fixes.error();
    r.fixes = fixes.value();
    auto confirmed = store::confirmedFrictions(db, r.program.id);
    if (!confirmed)
        return confirmed.error();
    r.confirmed = confirmed.value();

    auto baseline = store::ticketsSubmitted(db, teams, start, start.addDays(14));
    if (!baseline)
        return baseline.error();
    r.rankedFrictions = analytics::rankFrictions(baseline.value());

    const int w1 = IsoWeek::ofDate(start).key();
    const int w2 = IsoWeek::ofDate(start.addDays(7)).key();
    const int w7 = IsoWeek::ofDate(start.addDays(42)).key();
    const int w8 = IsoWeek::ofDate(start.addDays(49)).key();
    auto before = store::pulseSums(db, teams, w1, w2);
    if (!before)
        return before.error();
    auto after = store::pulseSums(db, teams, w7, w8);
    if (!after)
        return after.error();
    r.pulseBefore = analytics::summarisePulse(before.value());
    r.pulseAfter = analytics::summarisePulse(after.value());

    auto recognitions = store::recognitionsGiven(db, teams, start, r.end);
    if (!recognitions)
        return recognitions.error();
    r.recognitions = analytics::recognitionCells(r, recognitions.value());

    auto decided = store::ticketsDecided(db, teams, start, r.end);
    if (!decided)
        return decided.error();
    r.youSaid = analytics::youSaidWeDid(decided.value(), r.fixes);

    analytics::ProgramCells cells(start, r.fixes);
    const QDate cutEnd = analytics::comparisonCut(r);
    if (cutEnd > start) {
        auto scanned = store::scanInteractions(
            db, teams, start, cutEnd, [&](const ProgramInteraction& row) { cells.add(row); }, cancel);
        if (!scanned)
            return scanned.error();
    }
    analytics::compareProgram(r, cells);
    return r;
}

} // namespace fb::reports
