#include "pages/friction/PhaseTimeline.h"

#include "analytics/PrePost.h"
#include "common/DateFormat.h"

#include <QPainter>
#include <QPainterPath>

namespace fb::ui {

PhaseTimeline::PhaseTimeline(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Program timeline"));
}

void PhaseTimeline::setProgram(QDate start, QDate today)
{
    m_start = start;
    m_today = today;
    setAccessibleDescription(todayText());
    update();
}

QString PhaseTimeline::todayText() const
{
    if (!m_start.isValid())
        return tr("No program selected.");
    const qint64 off = m_start.daysTo(m_today);
    if (off < 0)
        return tr("Today (%1) is before the program starts on %2.").arg(format::date(m_today), format::date(m_start));
    if (off >= analytics::kProgramDays)
        return tr("Today (%1) is after the program: all eight weeks are complete.").arg(format::date(m_today));
    const int week = static_cast<int>(off / 7) + 1;
    return tr("Today (%1) is in week %2 of 8: %3.")
        .arg(format::date(m_today))
        .arg(week)
        .arg(analytics::phaseName(analytics::phaseOfWeek(week)));
}

QString PhaseTimeline::phaseLabel(int phase)
{
    return tr("Weeks %1-%2: %3").arg(phase * 2 + 1).arg(phase * 2 + 2).arg(analytics::phaseName(phase));
}

QStringList PhaseTimeline::drawnTexts() const
{
    QStringList texts;
    for (int ph = 0; ph < 4; ++ph)
        texts << phaseLabel(ph);
    for (int w = 0; w < analytics::kProgramWeeks && m_start.isValid(); ++w)
        texts << format::dayMonth(m_start.addDays(7 * w));
    texts << todayText();
    return texts;
}

QSize PhaseTimeline::sizeHint() const
{
    const int line = fontMetrics().height();
    return {640, line * 4 + 18};
}

void PhaseTimeline::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const int line = fontMetrics().height();
    const QRectF bar(8, line + 4, width() - 16, line * 1.6);
    const double weekW = bar.width() / analytics::kProgramWeeks;
    int current = -1;
    if (m_start.isValid()) {
        const qint64 off = m_start.daysTo(m_today);
        if (off >= 0 && off < analytics::kProgramDays)
            current = static_cast<int>(off / 7);
    }
    for (int ph = 0; ph < 4; ++ph) {
        const QRectF r(bar.left() + ph * 2 * weekW, bar.top(), 2 * weekW, bar.height());
        const bool now = current >= 0 && analytics::phaseOfWeek(current + 1) == ph;
        p.fillRect(r, now ? pal.color(QPalette::Highlight)
                          : (ph % 2 ? pal.color(QPalette::Base) : pal.color(QPalette::AlternateBase)));
        p.setPen(QPen(pal.color(QPalette::Mid), 1));
        p.drawRect(r);
        QFont f = font();
        f.setBold(now);
        p.setFont(f);
        p.setPen(now ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text));
        const QString label = phaseLabel(ph);
        p.drawText(r.adjusted(4, 0, -4, 0), Qt::AlignCenter | Qt::TextSingleLine,
                   fontMetrics().elidedText(label, Qt::ElideRight, static_cast<int>(r.width() - 8)));
    }
    p.setFont(font());
    p.setPen(pal.color(QPalette::Text));
    // Week dates above the bar.
    for (int w = 0; w < analytics::kProgramWeeks && m_start.isValid(); ++w) {
        const QRectF r(bar.left() + w * weekW, 0, weekW, line + 2);
        p.drawText(r, Qt::AlignCenter, format::dayMonth(m_start.addDays(7 * w)));
    }
    // Today: a triangle under the bar at its day, and the text.
    if (current >= 0) {
        const double x = bar.left() + m_start.daysTo(m_today) / 7.0 * weekW + weekW / 14.0;
        QPainterPath tri;
        tri.moveTo(x, bar.bottom() + 2);
        tri.lineTo(x - 6, bar.bottom() + 12);
        tri.lineTo(x + 6, bar.bottom() + 12);
        tri.closeSubpath();
        p.fillPath(tri, pal.color(QPalette::Text));
    }
    p.drawText(QRectF(bar.left(), bar.bottom() + 13, bar.width(), line + 4), Qt::AlignLeft | Qt::AlignVCenter,
               todayText());
}

} // namespace fb::ui
