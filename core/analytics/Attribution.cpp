#include "analytics/Attribution.h"

#include "analytics/MultipleTesting.h"
#include "common/DateFormat.h"
#include "common/Format.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace fb::analytics {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::analytics::Attribution)
};

bool sharesQueue(const ProgramFix& a, const ProgramFix& b)
{
    if (a.allQueues() || b.allQueues())
        return true;
    return std::any_of(a.queues.begin(), a.queues.end(), [&](const std::string& q) {
        return std::find(b.queues.begin(), b.queues.end(), q) != b.queues.end();
    });
}

QString scopeText(const ProgramFix& f)
{
    if (f.allQueues())
        return Tr::tr("all queues");
    QStringList qs;
    for (const auto& q : f.queues)
        qs << QString::fromStdString(q);
    return qs.join(QStringLiteral(", "));
}

} // namespace

QString noteAllQueues()
{
    return Tr::tr("fix applies to all queues: there is no comparison group, so no effect is attributed");
}

QString noteOutsideProgram(QDate fixedOn, QDate start, QDate lastDay)
{
    return Tr::tr("fix date %1 is outside the program (%2 to %3): there is no before and after to compare")
        .arg(fixedOn.toString(Qt::ISODate), start.toString(Qt::ISODate), lastDay.toString(Qt::ISODate));
}

QString noteOverlap(qint64 otherFixId, const QString& otherFriction)
{
    return Tr::tr("scope overlaps fix %1 (%2) in time and queue: their effects cannot be told apart, so none is "
                  "attributed")
        .arg(otherFixId)
        .arg(otherFriction);
}

QString noteTooLittleData(const QStringList& smallCells)
{
    return Tr::tr(
               "too little data: %1; each of the four cells needs at least 100 interactions, so no effect is claimed")
        .arg(smallCells.join(QStringLiteral("; ")));
}

std::vector<AttributionRow> attribute(const ProgramCells& cells)
{
    std::vector<AttributionRow> out;
    const QDate start = cells.start();
    const QDate end = cells.end();
    const auto inProgram = [&](const ProgramFix& f) { return f.fixedOn >= start && f.fixedOn < end; };
    const QStringList cellNames = {Tr::tr("in scope before the fix"), Tr::tr("in scope on or after the fix"),
                                   Tr::tr("untouched by every fix before the fix"),
                                   Tr::tr("untouched by every fix on or after the fix")};
    for (size_t fi = 0; fi < cells.fixes.size(); ++fi) {
        const auto& fc = cells.fixes[fi];
        const auto& fix = fc.fix;
        QString refusal;
        if (fix.allQueues()) {
            refusal = noteAllQueues();
        } else if (!inProgram(fix)) {
            refusal = noteOutsideProgram(fix.fixedOn, start, end.addDays(-1));
        } else {
            for (const auto& other : cells.fixes) {
                if (other.fix.id == fix.id || !inProgram(other.fix) || !sharesQueue(fix, other.fix))
                    continue;
                refusal = noteOverlap(other.fix.id, QString::fromStdString(other.fix.friction));
                break;
            }
        }
        const std::array<const CellSums*, 4> four = {&fc.inBefore, &fc.inAfter, &fc.outBefore, &fc.outAfter};
        for (const auto m : kProgramMetrics) {
            AttributionRow row;
            row.fixId = fix.id;
            row.metric = m;
            for (size_t i = 0; i < 4; ++i) {
                row.n[i] = four[i]->n(m);
                row.values[i] = four[i]->value(m);
            }
            if (!refusal.isEmpty()) {
                row.note = refusal;
                out.push_back(row);
                continue;
            }
            QStringList small;
            for (size_t i = 0; i < 4; ++i)
                if (row.n[i] < kMinCellInteractions)
                    small << Tr::tr("%1 has %2").arg(cellNames[static_cast<int>(i)]).arg(row.n[i]);
            if (!small.isEmpty()) {
                row.note = noteTooLittleData(small);
                out.push_back(row);
                continue;
            }
            row.did = (*row.values[1] - *row.values[0]) - (*row.values[3] - *row.values[2]);
            std::vector<OlsRow> rows;
            for (size_t a = 0; a < cells.agents.size(); ++a) {
                bool any = false;
                for (size_t c = 0; c < 4; ++c) {
                    const CellSums& cell = cells.agents[a].fixes[fi][c];
                    if (cell.n(m) == 0)
                        continue;
                    const double in = c < 2 ? 1.0 : 0.0;
                    const double after = c % 2 == 1 ? 1.0 : 0.0;
                    rows.push_back(cell.olsRow(m, {1.0, in, after, in * after}, static_cast<qint64>(a)));
                    any = true;
                }
                row.agents += any ? 1 : 0;
            }
            const auto fit = clusterOls(rows);
            if (fit) {
                const OlsTerm& t = fit.value().terms[3];
                row.did = t.estimate;
                row.low = t.low;
                row.high = t.high;
                row.p = t.p;
            } else {
                row.did.reset();
                row.note = fit.error().toString();
            }
            out.push_back(row);
        }
    }
    std::vector<std::optional<double>> ps;
    ps.reserve(out.size());
    for (const auto& r : out)
        ps.push_back(r.p);
    const auto adjusted = holm(ps);
    for (size_t i = 0; i < out.size(); ++i)
        out[i].pHolm = adjusted[i];
    return out;
}

QString formatChange(ProgramMetric m, double change)
{
    if (isProportion(m))
        return Tr::tr("%1 points").arg(format::number(change * 100.0, 1));
    if (m == ProgramMetric::Aht)
        return format::seconds(change);
    return Tr::tr("%1 per 1,000").arg(format::number(change, 1));
}

QString formatValue(ProgramMetric m, double value)
{
    if (isProportion(m))
        return format::percent(value, 1);
    if (m == ProgramMetric::Aht)
        return format::seconds(value);
    return format::number(value, 1);
}

QString summarySentence(const MetricComparison& c, const std::vector<AttributionRow>& attribution,
                        const std::vector<ProgramFix>& fixes, const format::Style& style)
{
    if (!c.stats)
        return Tr::tr("%1: not enough data before or after to compare.").arg(metricLabel(c.metric));
    const auto& s = *c.stats;
    const ProgramMetric m = c.metric;
    const auto num = [&](double v) {
        if (isProportion(m))
            return format::number(v * 100.0, 1, style);
        return format::number(v, m == ProgramMetric::Aht ? 0 : 1, style);
    };
    const QString unit =
        isProportion(m) ? Tr::tr("points") : (m == ProgramMetric::Aht ? Tr::tr("seconds") : Tr::tr("per 1,000"));
    QString sentence;
    const QString dir = s.change < 0 ? Tr::tr("fell") : (s.change > 0 ? Tr::tr("rose") : Tr::tr("did not change"));
    if (s.change == 0)
        sentence = Tr::tr("%1 did not change").arg(metricLabel(m));
    else if (m == ProgramMetric::Dpti)
        sentence = Tr::tr("%1 %2 by %3 from %4 to %5")
                       .arg(metricLabel(m), dir, num(std::abs(s.change)), num(s.pre), num(s.post));
    else
        sentence = Tr::tr("%1 %2 %3 %4").arg(metricLabel(m), dir, num(std::abs(s.change)), unit);
    if (s.low && s.high) {
        QString detail = Tr::tr("95% CI %1 to %2").arg(num(*s.low), num(*s.high));
        if (m == ProgramMetric::Dpti && s.pre > 0)
            detail += Tr::tr(" per 1,000, rate ratio %1").arg(format::number(s.post / s.pre, 2, style));
        if (s.p)
            detail += Tr::tr(", %1, Holm-adjusted %2").arg(format::pValue(s.p, style), format::pValue(c.pHolm, style));
        detail += QStringLiteral(", ") + (style.translated ? Tr::tr("%Ln agent(s)", nullptr, int(c.agents))
                                          : c.agents == 1  ? QStringLiteral("1 agent")
                                                           : QStringLiteral("%1 agents").arg(c.agents));
        sentence += QStringLiteral(" (") + detail + QStringLiteral(")");
    }
    if (!c.note.isEmpty())
        sentence += QStringLiteral(" (") + c.note + QStringLiteral(")");
    else if (!c.significant())
        sentence += Tr::tr("; not significant after adjusting for the six metrics tested, so this is not a "
                           "demonstrated change");
    QStringList parts;
    for (const auto& row : attribution) {
        if (row.metric != m)
            continue;
        const auto fix = std::find_if(fixes.begin(), fixes.end(), [&](const auto& f) { return f.id == row.fixId; });
        if (fix == fixes.end())
            continue;
        // One .arg() for all four: a friction tag that holds "%2" stays as written.
        const QString name = Tr::tr("the %1 fix (#%2, %3, from %4)")
                                 .arg(QString::fromStdString(fix->friction), QString::number(fix->id), scopeText(*fix),
                                      format::date(fix->fixedOn, style));
        if (row.did && row.low && row.high) {
            QString part = Tr::tr("%1 accounts for %2 %3 within its scope (95% CI %4 to %5")
                               .arg(name, num(*row.did), unit, num(*row.low), num(*row.high));
            if (row.pHolm)
                part += Tr::tr(", Holm-adjusted %1").arg(format::pValue(row.pHolm, style));
            part += QStringLiteral(")");
            if (!row.note.isEmpty())
                part += QStringLiteral(" (") + row.note + QStringLiteral(")");
            else if (!row.significant())
                part += Tr::tr(", which does not stand after adjustment");
            parts << part;
        } else if (!row.note.isEmpty()) {
            // The reason's head ("too little data", "scope overlaps fix 2 (...) in time and queue");
            // the attribution table carries the whole note.
            parts << Tr::tr("fix #%1 (%2) is not credited: %3")
                         .arg(fix->id)
                         .arg(QString::fromStdString(fix->friction), row.note.section(QLatin1Char(':'), 0, 0));
        }
    }
    if (!parts.isEmpty())
        sentence += Tr::tr("; of that, ") + parts.join(Tr::tr("; "));
    return sentence + QStringLiteral(".");
}

} // namespace fb::analytics
