#include "analytics/Attribution.h"

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
                                   Tr::tr("outside the scope before the fix"),
                                   Tr::tr("outside the scope on or after the fix")};
    for (const auto& fc : cells.fixes) {
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
            double var = 0;
            bool varOk = true;
            for (const auto* c : four) {
                const auto v = c->variance(m);
                varOk = varOk && v.has_value();
                var += v.value_or(0);
            }
            row.did = (*row.values[1] - *row.values[0]) - (*row.values[3] - *row.values[2]);
            if (varOk) {
                const double half = kZ95 * std::sqrt(var);
                row.low = *row.did - half;
                row.high = *row.did + half;
            }
            out.push_back(row);
        }
    }
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
                        const std::vector<ProgramFix>& fixes)
{
    // The summary is also CLI output: its numbers stay in the C locale, its words translated.
    const format::Style kSentence{QLocale::c(), true};
    if (!c.stats)
        return Tr::tr("%1: not enough data before or after to compare.").arg(metricLabel(c.metric));
    const auto& s = *c.stats;
    const ProgramMetric m = c.metric;
    const auto num = [&](double v) {
        if (isProportion(m))
            return QString::number(v * 100.0, 'f', 1);
        return QString::number(v, 'f', m == ProgramMetric::Aht ? 0 : 1);
    };
    QString sentence;
    bool includesNone = false;
    if (m == ProgramMetric::Dpti) {
        const QString dir = s.post < s.pre ? Tr::tr("fell") : (s.post > s.pre ? Tr::tr("rose") : Tr::tr("stayed"));
        sentence = Tr::tr("%1 %2 from %3 to %4").arg(metricLabel(m), dir, num(s.pre), num(s.post));
        if (s.low && s.high) {
            sentence += Tr::tr(" (rate ratio %1, 95% CI %2 to %3, %4)")
                            .arg(QString::number(s.post / s.pre, 'f', 2), QString::number(*s.low, 'f', 2),
                                 QString::number(*s.high, 'f', 2), format::pValue(s.p, kSentence));
            includesNone = *s.low <= 1.0 && *s.high >= 1.0;
        }
    } else {
        const QString unit = isProportion(m) ? Tr::tr("points") : Tr::tr("seconds");
        const QString dir = s.change < 0 ? Tr::tr("fell") : (s.change > 0 ? Tr::tr("rose") : Tr::tr("did not change"));
        sentence = s.change == 0 ? Tr::tr("%1 did not change").arg(metricLabel(m))
                                 : Tr::tr("%1 %2 %3 %4").arg(metricLabel(m), dir, num(std::abs(s.change)), unit);
        if (s.low && s.high) {
            sentence += Tr::tr(" (95% CI %1 to %2, %3)").arg(num(*s.low), num(*s.high), format::pValue(s.p, kSentence));
            includesNone = *s.low <= 0.0 && *s.high >= 0.0;
        }
    }
    if (includesNone)
        sentence += Tr::tr("; the interval includes no change, so this is not a demonstrated gain");
    QStringList parts;
    for (const auto& row : attribution) {
        if (row.metric != m)
            continue;
        const auto fix = std::find_if(fixes.begin(), fixes.end(), [&](const auto& f) { return f.id == row.fixId; });
        if (fix == fixes.end())
            continue;
        const QString name = Tr::tr("the %1 fix (#%2, %3, from %4)")
                                 .arg(QString::fromStdString(fix->friction))
                                 .arg(fix->id)
                                 .arg(scopeText(*fix), fix->fixedOn.toString(Qt::ISODate));
        if (row.did && row.low && row.high) {
            const QString unit = isProportion(m) ? Tr::tr("points")
                                                 : (m == ProgramMetric::Aht ? Tr::tr("seconds") : Tr::tr("per 1,000"));
            QString part = Tr::tr("%1 accounts for %2 %3 within its scope (95% CI %4 to %5)")
                               .arg(name, num(*row.did), unit, num(*row.low), num(*row.high));
            if (*row.low <= 0 && *row.high >= 0)
                part += Tr::tr(", which is within noise");
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
