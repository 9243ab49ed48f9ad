#include "pages/friction/FrictionRows.h"

#include "analytics/ProgramWorth.h"
#include "common/DateFormat.h"
#include "common/Format.h"
#include "common/Text.h"
#include "domain/ChoiceLabels.h"

#include <array>
#include <map>

namespace fb::ui {
namespace {

using analytics::ProgramMetric;

} // namespace

QString FrictionRows::needsHtml(const analytics::ProgramReport& r)
{
    QString needs;
    const int week = r.weekOf(r.today);
    for (int ph = 0; ph < 4; ++ph) {
        const int first = ph * 2 + 1;
        QString state;
        if (week > first + 1)
            state = tr("done");
        else if (week >= first)
            state = tr("now");
        else
            state = tr("from %1").arg(format::date(r.program.start.addDays(qint64(14) * ph)));
        needs += tr("<p><b>Weeks %1-%2, %3</b> (%4)").arg(first).arg(first + 1).arg(analytics::phaseName(ph), state);
        const auto items = r.needs(ph);
        if (items.empty()) {
            needs += tr(": nothing outstanding.</p>");
            continue;
        }
        needs += QStringLiteral("</p><ul style=\"margin-top:0\">");
        for (const auto& i : items)
            needs += QStringLiteral("<li>%1</li>").arg(i.toHtmlEscaped());
        needs += QStringLiteral("</ul>");
    }
    return needs;
}

QString FrictionRows::summaryHtml(const analytics::ProgramReport& r)
{
    QString sentences;
    if (r.incomplete())
        sentences +=
            QStringLiteral("<p><b>%1</b></p>").arg(analytics::incompleteNote(r.comparisonDays).toHtmlEscaped());
    for (const auto& s : analytics::programSummary(r))
        sentences += QStringLiteral("<p>%1</p>").arg(s.toHtmlEscaped());
    return sentences;
}

QString FrictionRows::overviewHtml(const analytics::ProgramReport& r)
{
    QString overview = summaryHtml(r);
    if (!r.worthNextCycle.empty()) {
        overview += tr("<p><b>Worth next cycle</b></p><ul>");
        for (const auto& w : r.worthNextCycle)
            overview += QStringLiteral("<li>%1</li>").arg(w.toHtmlEscaped());
        overview += QStringLiteral("</ul>");
    }
    return overview;
}

FrictionRows::Rows FrictionRows::pulse(const analytics::ProgramReport& r)
{
    Rows rows;
    for (size_t d = 0; d < 5; ++d) {
        const auto cell = [&](const analytics::PulseSummary& p) {
            if (p.hidden)
                return tr("hidden (%1 responses)").arg(p.responses);
            if (p.mean[d])
                return format::number(*p.mean[d], 2);
            return p.n[d] == 0 ? tr("no answers") : tr("not enough data (n=%1 < 5)").arg(p.n[d]);
        };
        rows.push_back({analytics::dimensionLabel(kPulseDimensionNames[d]), cell(r.pulseBefore),
                        QString::number(r.pulseBefore.n[d]), cell(r.pulseAfter), QString::number(r.pulseAfter.n[d])});
    }
    return rows;
}

FrictionRows::Rows FrictionRows::frictions(const analytics::ProgramReport& r)
{
    Rows rows;
    int rank = 0;
    for (const auto& f : r.rankedFrictions)
        rows.push_back({QString::number(++rank), q(f.friction), QString::number(f.tickets), QString::number(f.agents),
                        analytics::dimensionLabel(f.dimension)});
    return rows;
}

FrictionRows::Rows FrictionRows::fixes(const analytics::ProgramReport& r)
{
    Rows rows;
    for (const auto& f : r.fixes) {
        QStringList queues;
        for (const auto& s : f.queues)
            queues << q(s);
        const int wk = r.weekOf(f.fixedOn);
        rows.push_back({QString::number(f.id), format::date(f.fixedOn),
                        wk >= 1 && wk <= 8 ? QString::number(wk) : tr("outside"), q(f.friction),
                        f.allQueues() ? tr("all queues") : queues.join(QStringLiteral(", ")), q(f.what), q(f.owner)});
    }
    return rows;
}

FrictionRows::Rows FrictionRows::recognition(const analytics::ProgramReport& r)
{
    // Eight program weeks and the total, per behaviour in name order.
    std::map<std::string, std::array<qint64, 9>> counts;
    for (const auto& c : r.recognitions)
        if (c.week >= 1 && c.week <= 8) {
            counts[c.behavior][static_cast<size_t>(c.week - 1)] += c.count;
            counts[c.behavior][8] += c.count;
        }
    Rows rows;
    std::array<qint64, 9> totals{};
    for (const auto& [behavior, perWeek] : counts) {
        QStringList row{q(behavior)};
        for (size_t i = 0; i < 9; ++i) {
            row << QString::number(perWeek[i]);
            totals[i] += perWeek[i];
        }
        rows.push_back(row);
    }
    if (!rows.empty()) {
        QStringList row{tr("All behaviours")};
        for (const auto t : totals)
            row << QString::number(t);
        rows.push_back(row);
    }
    return rows;
}

FrictionRows::Rows FrictionRows::youSaid(const analytics::ProgramReport& r)
{
    Rows rows;
    for (const auto& y : r.youSaid)
        rows.push_back({q(y.ticket.ticketId), choiceLabel("status", y.ticket.status),
                        format::storedDay(y.ticket.decidedOn), analytics::youSaidText(y)});
    return rows;
}

FrictionRows::Rows FrictionRows::comparison(const analytics::ProgramReport& r)
{
    Rows rows;
    for (const auto& c : r.comparison) {
        QStringList row{analytics::metricLabel(c.metric)};
        if (c.stats) {
            const auto& s = *c.stats;
            row << analytics::formatValue(c.metric, s.pre) << analytics::formatValue(c.metric, s.post)
                << QString::number(c.nPre) << QString::number(c.nPost) << analytics::formatChange(c.metric, s.change)
                << (s.relative ? format::percent(*s.relative, 1) : tr("n/a")) << interval(c.metric, s.low, s.high)
                << format::pValue(c.pHolm) << verdict(c);
        } else {
            row << tr("no data") << tr("no data") << QString::number(c.nPre) << QString::number(c.nPost) << QString()
                << QString() << QString() << QString() << tr("not enough data");
        }
        rows.push_back(row);
    }
    return rows;
}

FrictionRows::Rows FrictionRows::attribution(const analytics::ProgramReport& r)
{
    Rows rows;
    for (const auto& a : r.attribution) {
        QString did, ci;
        if (a.did) {
            did = analytics::formatChange(a.metric, *a.did);
            if (a.low && a.high)
                ci = interval(a.metric, a.low, a.high);
        }
        QString note = a.note;
        if (note.isEmpty() && a.did)
            note = a.significant()
                       ? tr("stands after adjustment (Holm %1, %2 agents)").arg(format::pValue(a.pHolm)).arg(a.agents)
                       : tr("not significant after adjustment (Holm %1, %2 agents)")
                             .arg(format::pValue(a.pHolm))
                             .arg(a.agents);
        rows.push_back({tr("#%1").arg(a.fixId), analytics::metricLabel(a.metric), did.isEmpty() ? tr("not given") : did,
                        ci, tr("%1 / %2").arg(a.n[0]).arg(a.n[1]), tr("%1 / %2").arg(a.n[2]).arg(a.n[3]), note});
    }
    return rows;
}

QString FrictionRows::interval(ProgramMetric m, std::optional<double> low, std::optional<double> high)
{
    if (!low || !high)
        return tr("n/a");
    const double k = analytics::isProportion(m) ? 100.0 : 1.0;
    const int d = m == ProgramMetric::Aht ? 0 : 1;
    return format::interval(format::number(*low * k, d), format::number(*high * k, d));
}

QString FrictionRows::verdict(const analytics::MetricComparison& c)
{
    if (!c.note.isEmpty())
        return c.note;
    if (!c.stats || !c.stats->low || !c.stats->high)
        return tr("cannot tell");
    if (!c.significant())
        return tr("not significant after adjustment");
    const bool good = analytics::higherIsBetter(c.metric) ? c.stats->change > 0 : c.stats->change < 0;
    return good ? tr("better") : tr("worse");
}

} // namespace fb::ui
