#pragma once

// Drawing helpers shared by the printable reports (QtGui only): device units
// at 300 dpi, fonts, wrapped text and headings, and PageFlow/Table, which lay
// content out over as many A4 pages as it needs. Layout is measured first and
// painted later, so a report knows its page count ("page 2 of 5") before it
// draws, and a preview of page n paints only page n.
#include "common/Error.h"

#include <QBuffer>
#include <QFont>
#include <QPdfWriter>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QImage;
class QPainter;
class QPaintDevice;

namespace fb::report::pdf {

constexpr int kDpi = 300;
constexpr double kA4WidthPt = 595;
constexpr double kA4HeightPt = 842;

inline double P(double points) // points -> device units
{
    return points * kDpi / 72.0;
}

QFont font(double points, bool bold = false);
// Draws wrapped text at (x, y) within width; returns the height used.
double text(QPainter& p, double x, double y, double width, const QString& s, const QFont& f,
            int flags = Qt::AlignLeft | Qt::TextWordWrap);
// A bold section title with a rule under it; returns the height used.
double heading(QPainter& p, double x, double y, double width, const QString& s);
// One bulleted paragraph, the bullet in an indent column left of the text,
// drawn only when it ends above bottom; returns the height used, or nothing
// when it did not fit (and nothing was drawn).
std::optional<double> bullet(QPainter& p, double x, double y, double width, double indent, double bottom,
                             const QString& s, const QFont& f);
// A white A4 page at 300 dpi, for previews.
QImage a4Image();
// A preview of a one-page report: paintPage on a4Image(), antialiased.
QImage renderA4(const std::function<void(QPainter&)>& paintPage);

class PageFlow;

// A PDF device that is never drawn on, to measure text exactly as the PDF will
// (page counts and previews lay out on it).
struct Metrics final {
    QBuffer buffer;
    QPdfWriter writer{&buffer};
    Metrics() { writer.setResolution(kDpi); }
};

// An A4 portrait PDF at 300 dpi without margins, drawn in memory and saved
// through fb::writeFileAtomically: a failed run never leaves half a PDF over
// a good one, and the error names the file and says why.
// One page, painted by paintPage:
Status writeA4Pdf(const QString& path, const QString& title, const std::function<void(QPainter&)>& paintPage);
// As many pages as the flow that layout makes on the PDF writer:
Status writeFlowPdf(const QString& path, const QString& title,
                    const std::function<std::unique_ptr<PageFlow>(const QPaintDevice&)>& layout);

class PageFlow final {
public:
    using Draw = std::function<void(QPainter&)>;
    // Text is measured on metrics (a QPdfWriter, so a preview breaks pages
    // exactly as the PDF does); body is each page's content area in device units.
    PageFlow(const QPaintDevice& metrics, const QRectF& body);

    [[nodiscard]] double left() const { return m_body.left(); }
    [[nodiscard]] double width() const { return m_body.width(); }
    [[nodiscard]] double y() const { return m_y; }
    [[nodiscard]] double pageHeight() const { return m_body.height(); }
    [[nodiscard]] bool atTop() const { return m_y <= m_body.top(); }
    [[nodiscard]] int pageCount() const { return static_cast<int>(m_pages.size()); }

    // Makes room for height below y: breaks the page unless it fits or the
    // page is still empty (content taller than a page starts at a top and is cut).
    // Returns true when it broke the page.
    bool reserve(double height);
    void newPage();
    void advance(double height) { m_y += height; }
    void add(Draw op) { m_pages.back().push_back(std::move(op)); }
    void addTo(int page, Draw op) { m_pages.at(static_cast<std::size_t>(page)).push_back(std::move(op)); }

    [[nodiscard]] double textHeight(const QString& s, const QFont& f, double width,
                                    int flags = Qt::AlignLeft | Qt::TextWordWrap) const;
    [[nodiscard]] double textWidth(const QString& s, const QFont& f) const;
    [[nodiscard]] QString elided(const QString& s, const QFont& f, double width) const;
    // Places wrapped text at (x, y), keeping it on one page, and advances past it.
    double addText(const QString& s, const QFont& f, double x, double width,
                   int flags = Qt::AlignLeft | Qt::TextWordWrap);
    // A heading (see heading()) kept on the page of what follows it (needs `keep` below).
    void addHeading(const QString& s, double keep);

    void paint(QPainter& p, int page) const; // page: 0-based

private:
    const QPaintDevice& m_metrics;
    QRectF m_body;
    double m_y = 0;
    std::vector<std::vector<Draw>> m_pages;
};

struct Column final {
    double width = 0;
    Qt::Alignment align = Qt::AlignLeft;
    bool wrap = false; // always wraps (notes); other cells wrap only when wider than the column
};

struct Cell final {
    QString text;
    bool bold = false;
    bool boxed = false; // a frame around the cell: marks it without colour
};

// A table that repeats its title ("... (continued)") and header row on every
// page it spills onto.
class Table final {
public:
    Table(std::vector<Column> columns, std::vector<QString> header, double fontPoints = 7);
    void begin(PageFlow& flow, const QString& title = {});
    void row(PageFlow& flow, const std::vector<Cell>& cells, bool ruleAbove = false);
    // The height row() will give these cells (to keep a block of rows on one page).
    [[nodiscard]] double measure(const PageFlow& flow, const std::vector<Cell>& cells,
                                 std::vector<bool>* wraps = nullptr) const;
    [[nodiscard]] double rowHeight() const { return m_rowHeight; }
    [[nodiscard]] const QFont& bodyFont() const { return m_body; }
    [[nodiscard]] const QFont& boldFont() const { return m_bold; }
    [[nodiscard]] double headerHeight() const;

private:
    void drawHeader(PageFlow& flow, bool continued);
    std::vector<Column> m_columns;
    std::vector<QString> m_header;
    QFont m_body;
    QFont m_bold;
    double m_rowHeight = 0;
    QString m_title;
};

} // namespace fb::report::pdf
