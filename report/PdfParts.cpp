#include "PdfParts.h"

#include "common/AtomicFile.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>

#include <algorithm>

namespace fb::report::pdf {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::report::PdfParts)
};

constexpr double kCellPad = 2; // points left and right of a table cell's text

// draw paints on the A4 writer and returns false when the painter could not start.
Status savePdf(const QString& path, const QString& title, const std::function<bool(QPdfWriter&)>& draw)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Floorboard"));
        if (!draw(writer))
            return Error(Tr::tr("cannot draw the PDF"), path);
    }
    if (auto written = writeFileAtomically(path, buffer.data()); !written)
        return Error(Tr::tr("cannot write the PDF: %1").arg(written.error().reason), path);
    return {};
}

} // namespace

QFont font(double points, bool bold)
{
    QFont f(QStringLiteral("Helvetica"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

double text(QPainter& p, double x, double y, double width, const QString& s, const QFont& f, int flags)
{
    p.setFont(f);
    const QRectF bound = p.boundingRect(QRectF(x, y, width, P(1000)), flags, s);
    p.drawText(QRectF(x, y, width, bound.height()), flags, s);
    return bound.height();
}

double heading(QPainter& p, double x, double y, double width, const QString& s)
{
    const double h = text(p, x, y, width, s, font(11, true));
    p.setPen(QPen(Qt::black, P(0.5)));
    p.drawLine(QPointF(x, y + h + P(1)), QPointF(x + width, y + h + P(1)));
    return h + P(4);
}

std::optional<double> bullet(QPainter& p, double x, double y, double width, double indent, double bottom,
                             const QString& s, const QFont& f)
{
    p.setFont(f); // boundingRect measures with the painter's font, not the one drawn with
    const double h = p.boundingRect(QRectF(x + indent, y, width - indent, bottom), Qt::TextWordWrap, s).height();
    if (y + h > bottom)
        return std::nullopt;
    text(p, x, y, indent, QStringLiteral("•"), f);
    return text(p, x + indent, y, width - indent, s, f);
}

Status writeA4Pdf(const QString& path, const QString& title, const std::function<void(QPainter&)>& paintPage)
{
    return savePdf(path, title, [&](QPdfWriter& writer) {
        QPainter p;
        if (!p.begin(&writer))
            return false;
        paintPage(p);
        p.end();
        return true;
    });
}

Status writeFlowPdf(const QString& path, const QString& title,
                    const std::function<std::unique_ptr<PageFlow>(const QPaintDevice&)>& layout)
{
    return savePdf(path, title, [&](QPdfWriter& writer) {
        const auto flow = layout(writer); // measured on the writer itself, before painting starts
        QPainter p;
        if (!p.begin(&writer))
            return false;
        for (int page = 0; page < flow->pageCount(); ++page) {
            if (page > 0)
                writer.newPage();
            flow->paint(p, page);
        }
        p.end();
        return true;
    });
}

QImage a4Image()
{
    QImage image(static_cast<int>(P(kA4WidthPt)), static_cast<int>(P(kA4HeightPt)), QImage::Format_RGB32);
    image.setDotsPerMeterX(static_cast<int>(kDpi / 0.0254));
    image.setDotsPerMeterY(static_cast<int>(kDpi / 0.0254));
    image.fill(Qt::white);
    return image;
}

QImage renderA4(const std::function<void(QPainter&)>& paintPage)
{
    QImage image = a4Image();
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paintPage(p);
    return image;
}

PageFlow::PageFlow(const QPaintDevice& metrics, const QRectF& body) : m_metrics(metrics), m_body(body), m_y(body.top())
{
    m_pages.emplace_back();
}

bool PageFlow::reserve(double height)
{
    if (m_y + height <= m_body.bottom() || atTop())
        return false;
    newPage();
    return true;
}

void PageFlow::newPage()
{
    m_pages.emplace_back();
    m_y = m_body.top();
}

double PageFlow::textHeight(const QString& s, const QFont& f, double width, int flags) const
{
    return QFontMetricsF(f, &m_metrics).boundingRect(QRectF(0, 0, width, P(10000)), flags, s).height();
}

double PageFlow::textWidth(const QString& s, const QFont& f) const
{
    return QFontMetricsF(f, &m_metrics).horizontalAdvance(s);
}

QString PageFlow::elided(const QString& s, const QFont& f, double width) const
{
    return QFontMetricsF(f, &m_metrics).elidedText(s, Qt::ElideRight, width);
}

double PageFlow::addText(const QString& s, const QFont& f, double x, double width, int flags)
{
    const double h = std::min(textHeight(s, f, width, flags), pageHeight());
    reserve(h);
    const QRectF rect(x, m_y, width, h);
    add([=](QPainter& p) {
        p.setFont(f);
        p.setClipRect(rect);
        p.drawText(rect, flags, s);
    });
    m_y += h;
    return h;
}

void PageFlow::addHeading(const QString& s, double keep)
{
    const double h = textHeight(s, font(11, true), width()) + P(4);
    reserve(h + keep);
    const double x = left(), y = m_y, w = width();
    add([=](QPainter& p) { heading(p, x, y, w, s); });
    m_y += h;
}

void PageFlow::paint(QPainter& p, int page) const
{
    if (page < 0 || page >= pageCount())
        return;
    // Each operation starts from the same state, so none depends on what
    // an earlier one left behind (pen widths, fonts, clips).
    for (const auto& op : m_pages[static_cast<std::size_t>(page)]) {
        p.save();
        p.setPen(Qt::black);
        p.setBrush(Qt::NoBrush);
        op(p);
        p.restore();
    }
}

Table::Table(std::vector<Column> columns, std::vector<QString> header, double fontPoints)
    : m_columns(std::move(columns)), m_header(std::move(header)), m_body(font(fontPoints)),
      m_bold(font(fontPoints, true)), m_rowHeight(P(fontPoints * 1.7))
{
}

double Table::headerHeight() const
{
    return (m_title.isEmpty() ? 0.0 : m_rowHeight * 1.3) + m_rowHeight;
}

void Table::begin(PageFlow& flow, const QString& title)
{
    m_title = title;
    flow.reserve(headerHeight() + m_rowHeight); // never a header alone at the foot of a page
    drawHeader(flow, false);
}

void Table::drawHeader(PageFlow& flow, bool continued)
{
    const double x0 = flow.left();
    if (!m_title.isEmpty()) {
        const QFont titleFont = font(m_body.pointSizeF() + 1.5, true);
        const QString title =
            flow.elided(continued ? Tr::tr("%1 (continued)").arg(m_title) : m_title, titleFont, flow.width());
        const QRectF rect(x0, flow.y(), flow.width(), m_rowHeight * 1.3);
        flow.add([=](QPainter& p) {
            p.setFont(titleFont);
            p.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, title);
        });
        flow.advance(rect.height());
    }
    std::vector<Cell> cells;
    for (const auto& h : m_header)
        cells.push_back({h, true, false});
    double x = x0;
    const double y = flow.y();
    for (std::size_t i = 0; i < m_columns.size() && i < cells.size(); ++i) {
        const auto& c = m_columns[i];
        const QRectF rect(x + P(kCellPad), y, c.width - 2 * P(kCellPad), m_rowHeight);
        const QString s = flow.elided(cells[i].text, m_bold, rect.width());
        const QFont f = m_bold;
        flow.add([=](QPainter& p) {
            p.setFont(f);
            p.drawText(rect, static_cast<int>(c.align | Qt::AlignVCenter), s);
        });
        x += c.width;
    }
    const double width = x - x0;
    const double ruleY = y + m_rowHeight;
    flow.add([=](QPainter& p) {
        p.setPen(QPen(Qt::black, P(0.5)));
        p.drawLine(QPointF(x0, ruleY), QPointF(x0 + width, ruleY));
    });
    flow.advance(m_rowHeight + P(1));
}

double Table::measure(const PageFlow& flow, const std::vector<Cell>& cells, std::vector<bool>* wraps) const
{
    // A cell wraps when its column says so or when its text is wider than the
    // column (a long total with its deviation): the row grows rather than
    // cutting a number short.
    double h = m_rowHeight;
    for (std::size_t i = 0; i < m_columns.size() && i < cells.size(); ++i) {
        const QFont& f = cells[i].bold ? m_bold : m_body;
        const double inner = m_columns[i].width - 2 * P(kCellPad);
        const bool wrap = m_columns[i].wrap || flow.textWidth(cells[i].text, f) > inner;
        if (wraps)
            wraps->push_back(wrap);
        if (wrap)
            h = std::max(h, flow.textHeight(cells[i].text, f, inner) + P(3));
    }
    return std::min(h, flow.pageHeight() - headerHeight() - P(2)); // a giant note is cut, never runs off the page
}

void Table::row(PageFlow& flow, const std::vector<Cell>& cells, bool ruleAbove)
{
    std::vector<bool> wraps;
    const double h = measure(flow, cells, &wraps);
    if (flow.reserve(h))
        drawHeader(flow, true);
    const double y = flow.y();
    double x = flow.left();
    for (std::size_t i = 0; i < m_columns.size() && i < cells.size(); ++i) {
        const auto& c = m_columns[i];
        const Cell& cell = cells[i];
        const QFont f = cell.bold ? m_bold : m_body;
        const QRectF box(x, y, c.width, h);
        const bool wrap = wraps[i];
        const QRectF rect = box.adjusted(P(kCellPad), wrap ? P(1.5) : 0, -P(kCellPad), 0);
        const QString s = wrap ? cell.text : flow.elided(cell.text, f, rect.width());
        const int flags = static_cast<int>(c.align) | (wrap ? Qt::AlignTop | Qt::TextWordWrap : Qt::AlignVCenter);
        const bool boxed = cell.boxed;
        flow.add([=](QPainter& p) {
            if (boxed) {
                p.setPen(QPen(Qt::black, P(0.9)));
                p.drawRect(box.adjusted(P(0.8), P(0.6), -P(0.8), -P(0.6)));
            }
            p.setClipRect(box);
            p.setFont(f);
            p.drawText(rect, flags, s);
        });
        x += c.width;
    }
    if (ruleAbove) {
        const double x0 = flow.left(), width = x - x0;
        flow.add([=](QPainter& p) {
            p.setPen(QPen(Qt::black, P(0.3)));
            p.drawLine(QPointF(x0, y), QPointF(x0 + width, y));
        });
    }
    flow.advance(h);
}

} // namespace fb::report::pdf
