#include "analytics/FeedbackFixCheck.h"

#include "analytics/MultipleTesting.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace fb::analytics {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::analytics::FeedbackFixCheck)
};

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

// Tickets imported with ids of their own ("FB-7") get ids far above any "T" number.
qint64 fixId(const FeedbackTicket& t, qint64 fallback)
{
    static const QRegularExpression number(QStringLiteral("^T(\\d{1,9})$"));
    const auto m = number.match(q(t.id));
    return m.hasMatch() ? m.captured(1).toLongLong() : 1'000'000'000 + fallback;
}

ProgramFix fixOf(const FeedbackTicket& t, qint64 fallback)
{
    ProgramFix f;
    f.id = fixId(t, fallback);
    f.fixedOn = t.fixedOn;
    f.friction = "ticket " + t.id + (t.friction.empty() ? "" : ", " + t.friction);
    f.what = t.fixWhat;
    f.owner = t.owner;
    f.queues = {t.scopeQueue};
    return f;
}

// The ticket id back from fixOf()'s friction text "ticket T0042, tool lag".
std::string ticketOf(const ProgramFix& f)
{
    const std::string rest = f.friction.substr(std::string("ticket ").size());
    return rest.substr(0, rest.find(','));
}

// "+0.6", "-5.0", and "0.0" rather than "-0.0" for a change that rounds to nothing.
QString signedChange(double v, int decimals, const format::Style& style)
{
    const double unit = std::pow(10.0, decimals);
    if (std::round(v * unit) == 0)
        return format::number(0, decimals, style);
    return format::signedNumber(v, decimals, style);
}

} // namespace

QString fixCheckRefusal(const FeedbackTicket& t, QDate dataEnd)
{
    if (!t.fixed())
        return Tr::tr("ticket %1 is %2, not fixed: there is no fix day to compare before and after")
            .arg(q(t.id), q(t.status));
    if (t.scopeQueue.empty())
        return Tr::tr("ticket %1 has no queue scope: a site-wide fix leaves no untouched queue to compare with")
            .arg(q(t.id));
    if (!dataEnd.isValid())
        return Tr::tr("there are no interactions to compare");
    const QDate lastAfter = t.fixedOn.addDays(kFixCheckDays - 1);
    if (dataEnd < lastAfter)
        return Tr::tr("not enough data yet: the four weeks after the fix of %1 end on %2, the interactions on %3")
            .arg(t.fixedOn.toString(Qt::ISODate), lastAfter.toString(Qt::ISODate), dataEnd.toString(Qt::ISODate));
    return {};
}

ProgramFix fixOfTicket(const FeedbackTicket& ticket)
{
    return fixOf(ticket, 0);
}

ProgramCells fixCheckCells(const FeedbackTicket& ticket, const std::vector<FeedbackTicket>& all)
{
    std::vector<ProgramFix> fixes{fixOfTicket(ticket)};
    for (size_t i = 0; i < all.size(); ++i) {
        const auto& t = all[i];
        if (t.id != ticket.id && t.fixed() && !t.scopeQueue.empty())
            fixes.push_back(fixOf(t, static_cast<qint64>(i) + 1));
    }
    return ProgramCells(ticket.fixedOn.addDays(-kFixCheckDays), std::move(fixes));
}

FixCheck checkFix(const FeedbackTicket& ticket, const ProgramCells& cells)
{
    FixCheck out;
    out.ticketId = ticket.id;
    out.queue = ticket.scopeQueue;
    out.from = cells.start();
    out.fixedOn = ticket.fixedOn;
    out.to = cells.end();
    const qint64 own = fixOfTicket(ticket).id;
    for (size_t i = 1; i < cells.fixes.size(); ++i) {
        const QDate d = cells.fixes[i].fix.fixedOn;
        if (d >= out.from && d < out.to)
            out.others.push_back(ticketOf(cells.fixes[i].fix));
    }
    for (auto& row : attribute(cells))
        if (row.fixId == own)
            out.rows.push_back(std::move(row));
    // The attribution adjusts over every fix of the cells; this question asks about one fix's six metrics.
    std::vector<std::optional<double>> ps;
    for (const auto& r : out.rows)
        ps.push_back(r.p);
    const auto adjusted = holm(ps);
    for (size_t i = 0; i < out.rows.size(); ++i)
        out.rows[i].pHolm = adjusted[i];
    return out;
}

QString fixCheckSentence(const AttributionRow& row, const std::string& queue, const format::Style& style)
{
    const ProgramMetric m = row.metric;
    const auto value = [&](const std::optional<double>& v) {
        if (!v)
            return QStringLiteral("—");
        if (isProportion(m))
            return format::percent(*v, 1, style);
        if (m == ProgramMetric::Aht)
            return format::seconds(*v, style);
        return format::number(*v, 1, style);
    };
    // Changes in the metric's unit: points for proportions, per 1,000 for DPTI, seconds for AHT.
    const double scale = isProportion(m) ? 100.0 : 1.0;
    const int decimals = m == ProgramMetric::Aht ? 0 : 1;
    const QString unit = isProportion(m)           ? Tr::tr("points")
                         : m == ProgramMetric::Aht ? Tr::tr("seconds")
                                                   : Tr::tr("per 1,000");
    QString s = Tr::tr("%1 in %2: %3 before, %4 from the fix (n %5, %6); untouched queues %7 and %8 (n %9, %10)")
                    .arg(metricLabel(m), q(queue), value(row.values[0]), value(row.values[1]),
                         format::count(row.n[0], style), format::count(row.n[1], style), value(row.values[2]),
                         value(row.values[3]), format::count(row.n[2], style))
                    .arg(format::count(row.n[3], style));
    if (!row.did || !row.low || !row.high)
        return s + Tr::tr(": not credited: %1.").arg(row.note);
    s += Tr::tr(": the fix accounts for %1 %2 (95% CI %3, Holm-adjusted %4, %5 agents)")
             .arg(signedChange(*row.did * scale, decimals, style), unit,
                  format::interval(format::number(*row.low * scale, decimals, style),
                                   format::number(*row.high * scale, decimals, style), style),
                  format::pValue(row.pHolm, style))
             .arg(row.agents);
    if (!row.note.isEmpty())
        s += QStringLiteral(" (") + row.note + QLatin1Char(')');
    else if (!row.significant())
        s += Tr::tr("; not significant after adjusting for the six metrics, so not a demonstrated change");
    return s + QLatin1Char('.');
}

} // namespace fb::analytics
