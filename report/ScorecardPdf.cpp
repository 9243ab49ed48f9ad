#include "ScorecardPdf.h"

#include "ScorecardFormat.h"
#include "common/AtomicFile.h"
#include "common/NaturalOrder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <functional>
#include <map>

namespace fb::report {
namespace {

using namespace fb::scorecards;

// The Tr::tr() of this file; its strings keep the context they had when the
// scorecard PDF was drawn by the page, so their translations still apply.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::ui::scorecards)
};

// One table of the printout: a title, its rows, and the row that totals them (if any).
struct Group final {
    QString title;
    QString nameHeader;
    std::vector<const analytics::ScoreRow*> rows;
    const analytics::ScoreRow* total = nullptr;
};

bool naturalRowLess(const analytics::ScoreRow* a, const analytics::ScoreRow* b)
{
    return naturalLess(QString::fromStdString(a->name), QString::fromStdString(b->name));
}

std::vector<Group> groupsOf(const ScorecardPrint& print)
{
    std::vector<Group> groups;
    if (!print.totals)
        return groups;
    if (!print.agents) { // the teams or the sites: one table
        Group g;
        const bool sites = print.totals->level == analytics::Level::Site;
        g.title = sites ? Tr::tr("Sites") : Tr::tr("Teams");
        g.nameHeader = sites ? Tr::tr("Site") : Tr::tr("Team");
        for (const auto& r : print.totals->rows)
            g.rows.push_back(&r);
        std::sort(g.rows.begin(), g.rows.end(), naturalRowLess);
        if (!g.rows.empty())
            groups.push_back(std::move(g));
        return groups;
    }
    std::map<std::string, std::vector<const analytics::ScoreRow*>> byTeam;
    for (const auto& r : print.agents->rows)
        byTeam[r.team].push_back(&r);
    for (auto& [team, rows] : byTeam) {
        Group g;
        g.title = QString::fromStdString(team);
        g.nameHeader = Tr::tr("Agent");
        g.rows = std::move(rows);
        std::sort(g.rows.begin(), g.rows.end(), naturalRowLess);
        for (const auto& r : print.totals->rows)
            if (r.id == team)
                g.total = &r;
        groups.push_back(std::move(g));
    }
    std::sort(groups.begin(), groups.end(),
              [](const Group& a, const Group& b) { return naturalLess(a.title, b.title); });
    return groups;
}

// Paints the pages; newPage() starts the next one (false: stop there). Returns the title of each page drawn.
QStringList paintPages(QPainter& p, const QRect& page, const std::function<bool()>& newPage,
                       const ScorecardPrint& print)
{
    QStringList titles;
    const analytics::Scorecard& card = print.agents ? *print.agents : *print.totals;
    const int W = page.width();
    const int H = page.height();
    const auto& def = card.definition;

    QFont title = p.font();
    title.setPointSizeF(15);
    title.setBold(true);
    QFont body = p.font();
    body.setPointSizeF(8);
    QFont bold = body;
    bold.setBold(true);
    QFont small = body;
    small.setPointSizeF(7);
    const std::vector<Group> groups = groupsOf(print);

    const int metricCount = int(def.metrics.size());
    const double nameW = W * 0.12;
    const double tailW = W * 0.17; // composite, weights, gate
    const double metricW = (W - nameW - tailW) / std::max(1, metricCount);
    p.setFont(body);
    const int lineH = int(p.fontMetrics().height() * 1.55);
    const QString printed = QLocale().toString(QDate::currentDate(), QLocale::ShortFormat);

    bool firstPage = true;
    for (const Group& group : groups) {
        std::vector<const analytics::ScoreRow*> sorted = group.rows;
        if (group.total)
            sorted.push_back(group.total);
        size_t next = 0;
        int part = 0;
        while (next < sorted.size()) {
            if (!firstPage && !newPage())
                return titles;
            firstPage = false;
            ++part;
            int y = 0;
            p.setPen(Qt::black);
            p.setFont(title);
            titles << Tr::tr("%1 — scorecard %2").arg(group.title, weekRangeText(card.fromWeek, card.toWeek)) +
                          (part > 1 ? Tr::tr(" (continued)") : QString());
            p.drawText(QRect(0, y, W, lineH * 2), Qt::AlignLeft | Qt::AlignVCenter, titles.last());
            y += lineH * 2;
            p.setFont(small);
            p.drawText(QRect(0, y, W, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                       Tr::tr("Definition v%1 · printed %2 · Floorboard. Each cell: value, band, score 0-100 "
                              "(100 × clamp((value − floor) / (target − floor), 0, 1)).")
                           .arg(def.version)
                           .arg(printed));
            y += lineH * 1.3;

            // Header.
            p.setFont(bold);
            // Draws text in a cell, shrinking the font (down to 70%) and then eliding so it never overflows.
            auto cell = [&](double x, double w, const QString& text, int align, const QFont& f, int lines = 1) {
                QFont font = f;
                const double room = w - 16;
                for (int step = 0; step < 6; ++step) {
                    const QFontMetricsF fm(font, p.device());
                    double widest = 0;
                    for (const auto& line : text.split(QLatin1Char('\n')))
                        widest = std::max(widest, fm.horizontalAdvance(line));
                    if (widest <= room)
                        break;
                    font.setPointSizeF(font.pointSizeF() * 0.94);
                }
                p.setFont(font);
                QString shown = text;
                if (lines == 1)
                    shown = QFontMetricsF(font, p.device()).elidedText(text, Qt::ElideRight, room);
                p.drawText(QRectF(x + 8, y, room, lineH * lines), int(align) | Qt::AlignVCenter, shown);
            };
            for (int m = 0; m < metricCount; ++m) {
                const auto& d = def.metrics[size_t(m)];
                // Agents' pages show their team's pulse (no part of an agent's composite).
                const bool teamPulse = print.agents && d.metric == analytics::Metric::Pulse;
                cell(nameW + m * metricW, metricW,
                     teamPulse
                         ? Tr::tr("%1\nthe team's, n ≥ %2").arg(teamPulseHeader()).arg(d.minN)
                         : Tr::tr("%1\nw %2 · n ≥ %3").arg(analytics::metricLabel(d.metric)).arg(d.weight).arg(d.minN),
                     Qt::AlignRight, small, 2);
            }
            cell(0, nameW, group.nameHeader, Qt::AlignLeft, bold, 2);
            cell(nameW + metricCount * metricW, tailW * 0.34, Tr::tr("Composite"), Qt::AlignRight, bold, 2);
            cell(nameW + metricCount * metricW + tailW * 0.34, tailW * 0.3, Tr::tr("Stands\non"), Qt::AlignRight, small,
                 2);
            cell(nameW + metricCount * metricW + tailW * 0.64, tailW * 0.36, Tr::tr("QA gate\n≥ %1").arg(def.gateQaMin),
                 Qt::AlignLeft, small, 2);
            y += lineH * 2;
            p.setPen(QPen(Qt::black, 4));
            p.drawLine(0, y, W, y);
            p.setPen(Qt::black);

            const int bottom = H - lineH * 4;
            while (next < sorted.size() && y + lineH <= bottom) {
                const auto* r = sorted[next];
                const bool isTeam = r == group.total;
                if (isTeam) {
                    p.setPen(QPen(Qt::black, 3));
                    p.drawLine(0, y + 2, W, y + 2);
                    p.setPen(Qt::black);
                } else if (next % 2 == 1) {
                    p.fillRect(QRectF(0, y, W, lineH), QColor(0xF2, 0xF2, 0xF2));
                }
                const bool partial = r->weightsUsed < r->weightsTotal;
                cell(0, nameW,
                     isTeam ? Tr::tr("Team total")
                            : (partial ? QStringLiteral("◔ ") : QString()) + QString::fromStdString(r->name),
                     Qt::AlignLeft, isTeam ? bold : body);
                for (int m = 0; m < metricCount; ++m) {
                    const auto& v = r->metrics[size_t(m)];
                    cell(nameW + m * metricW, metricW, formatCell(def.metrics[size_t(m)], v), Qt::AlignRight,
                         isTeam ? bold : body);
                }
                const double x = nameW + metricCount * metricW;
                cell(x, tailW * 0.34, formatComposite(*r), Qt::AlignRight, bold);
                cell(x + tailW * 0.34, tailW * 0.3, QStringLiteral("%1/%2").arg(r->weightsUsed).arg(r->weightsTotal),
                     Qt::AlignRight, body);
                cell(x + tailW * 0.64, tailW * 0.36,
                     !r->gateGreen && r->gateEvaluations > 0 ? Tr::tr("— n < %1").arg(analytics::kGateMinEvaluations)
                     : !r->gateGreen                         ? Tr::tr("— no QA")
                     : *r->gateGreen                         ? Tr::tr("✔ pass")
                                                             : Tr::tr("✖ fail"),
                     Qt::AlignLeft, body);
                y += lineH;
                ++next;
            }
            p.setFont(small);
            p.drawText(
                QRect(0, H - lineH * 3, W, lineH * 3), Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                legendText() +
                    Tr::tr(
                        "\nPeriods add up numerators and denominators over the weeks; the team row adds up its "
                        "agents (pulse: signed responses, and anonymous answers only in team-week cells of at least 5; "
                        "shown from 5). Composite = sum(weight × "
                        "score) / sum(weight) over metrics with enough data."));
        }
    }
    if (groups.empty()) {
        p.setFont(title);
        titles << Tr::tr("No scorecard data in %1").arg(weekRangeText(card.fromWeek, card.toWeek));
        p.drawText(page, Qt::AlignCenter, titles.last());
    }
    return titles;
}

} // namespace

Status writeScorecardPdf(const analytics::Scorecard& agents, const analytics::Scorecard& teams, const QString& path)
{
    return writeScorecardPdf(ScorecardPrint{&agents, &teams}, path);
}

Status writeScorecardPdf(const ScorecardPrint& print, const QString& path, QStringList* pageTitles)
{
    if (!print.totals)
        return Error(Tr::tr("nothing to print"), path);
    // Drawn in memory and saved atomically: a failed run never leaves half a PDF over a good one.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                  QPageLayout::Millimeter));
    pdf.setResolution(300);
    pdf.setTitle(Tr::tr("Floorboard scorecards"));
    pdf.setCreator(QStringLiteral("Floorboard"));
    QPainter p;
    if (!p.begin(&pdf))
        return Error(Tr::tr("cannot draw the PDF"), path);
    const QStringList titles = paintPages(
        p, p.viewport(), [&pdf] { return pdf.newPage(); }, print);
    p.end();
    if (pageTitles)
        *pageTitles = titles;
    return writeFileAtomically(path, buffer.data());
}

QImage renderScorecardPreview(const ScorecardPrint& print)
{
    // The first page at 150 dpi (A4 landscape minus 12 mm margins).
    const double dpi = 150;
    QImage image(int((297 - 24) / 25.4 * dpi), int((210 - 24) / 25.4 * dpi), QImage::Format_RGB32);
    image.setDotsPerMeterX(int(dpi / 0.0254));
    image.setDotsPerMeterY(int(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    if (print.totals)
        paintPages(
            p, image.rect(), [] { return false; }, print);
    return image;
}

} // namespace fb::report
