#include "pages/calibration/RevealModel.h"

#include "Theme.h"
#include "analytics/CalibrationText.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>

#include <cmath>

namespace fb::ui::calibration {
namespace {

// Beyond tolerance: an amber tint for the palette in use on the desktop,
// bright yellow with black text on the high-contrast presentation palette.
theme::Tint beyondTint(bool highContrast)
{
    return theme::tint(highContrast ? theme::TintRole::Spotlight : theme::TintRole::Beyond, QGuiApplication::palette());
}

} // namespace

RevealModel::RevealModel(QObject* parent) : QAbstractTableModel(parent) {}

void RevealModel::setView(SessionViewPtr view)
{
    beginResetModel();
    m_view = std::move(view);
    rebuildRows();
    endResetModel();
}

void RevealModel::setDisplay(const RevealDisplay& display)
{
    beginResetModel();
    m_display = display;
    endResetModel();
}

void RevealModel::setUnit(std::optional<std::size_t> unit)
{
    beginResetModel();
    m_unit = unit;
    rebuildRows();
    endResetModel();
}

void RevealModel::rebuildRows()
{
    m_rows.clear();
    if (!m_view)
        return;
    for (const auto& r : m_view->data.reveal.rows)
        if (!m_unit || r.unit == *m_unit)
            m_rows.push_back(&r);
}

std::optional<std::size_t> RevealModel::unitOfRow(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return std::nullopt;
    return m_rows[static_cast<std::size_t>(row)]->unit;
}

int RevealModel::firstRowOf(std::size_t unit) const
{
    for (int r = 0; r < static_cast<int>(m_rows.size()); ++r)
        if (m_rows[static_cast<std::size_t>(r)]->unit == unit)
            return r;
    return -1;
}

int RevealModel::participantCount() const
{
    return m_view ? static_cast<int>(m_view->data.input.participants.size()) : 0;
}

int RevealModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RevealModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_view ? 0 : agreedColumn() + 1;
}

bool RevealModel::yesNo(const analytics::RevealRow& row) const
{
    return row.attribute && m_view->data.input.attributes[*row.attribute].yesNo;
}

QVariant RevealModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !m_view)
        return {};
    const int p = section - FirstParticipantColumn;
    if (role == Qt::DisplayRole) {
        if (section == InteractionColumn)
            return tr("Interaction");
        if (section == AgentColumn)
            return tr("Agent");
        if (section == AttributeColumn)
            return tr("Attribute");
        if (p >= 0 && p < participantCount()) {
            QString label = m_view->participantLabel(static_cast<std::size_t>(p), m_display.initialsOnly);
            if (m_view->data.input.anchor && *m_view->data.input.anchor == static_cast<std::size_t>(p))
                label += tr(" (anchor)");
            return label;
        }
        if (section == rangeColumn())
            return tr("Range");
        if (section == sdColumn())
            return tr("SD");
        if (section == referenceColumn())
            return m_view->data.input.anchor ? tr("Anchor") : tr("Median");
        if (section == agreedColumn())
            return tr("Agreed");
    }
    if (role == Qt::ToolTipRole) {
        if (section == rangeColumn())
            return tr("Highest minus lowest score");
        if (section == sdColumn())
            return tr("Sample standard deviation of the scores (needs two scores)");
        if (section == referenceColumn())
            return m_view->referenceText(m_display.initialsOnly);
        if (p >= 0 && p < participantCount())
            return m_view->participantLabel(static_cast<std::size_t>(p), m_display.initialsOnly);
    }
    return {};
}

QVariant RevealModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_view || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const analytics::RevealRow& row = *m_rows[static_cast<std::size_t>(index.row())];
    if (role == UnitRole)
        return QVariant::fromValue(static_cast<qulonglong>(row.unit));
    return cellData(row, index.column(), role);
}

QVariant RevealModel::cellData(const analytics::RevealRow& row, int column, int role) const
{
    const bool total = !row.attribute;
    const int p = column - FirstParticipantColumn;
    const bool participantCell = p >= 0 && p < participantCount();
    const analytics::RevealCell* cell = participantCell ? &row.cells[static_cast<std::size_t>(p)] : nullptr;
    const bool beyond = cell && cell->beyond;

    switch (role) {
    case BeyondRole:
        return beyond;
    case Qt::TextAlignmentRole:
        return column >= FirstParticipantColumn ? QVariant(Qt::AlignCenter)
                                                : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (beyond || total) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (beyond)
            return QBrush(beyondTint(m_display.highContrast).background);
        return {};
    case Qt::ForegroundRole:
        if (beyond)
            return QBrush(beyondTint(m_display.highContrast).foreground);
        return {};
    case Qt::ToolTipRole:
        if (cell && cell->deviation)
            return beyond ? tr("%1 from the reference: beyond the tolerance of %2")
                                .arg(deviationText(*cell->deviation), numberText(row.tolerance))
                          : tr("%1 from the reference: within the tolerance of %2")
                                .arg(deviationText(*cell->deviation), numberText(row.tolerance));
        if (column == agreedColumn() && row.attribute) {
            if (const auto* c = m_view->agreed(m_view->data.input.units[row.unit], row.attributeName))
                return QString::fromStdString(c->note);
        }
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }

    const bool yn = yesNo(row);
    if (column == InteractionColumn)
        return total ? QString() : QString::fromStdString(m_view->data.input.units[row.unit]);
    if (column == AgentColumn)
        return total ? QString() : m_view->agentLabel(row.unit, m_display.maskAgents);
    if (column == AttributeColumn)
        return total ? tr("Total (0–100)") : analytics::attributeLabel(row.attributeName);
    if (cell) {
        if (!cell->score)
            return role == Qt::AccessibleTextRole ? tr("not scored") : QStringLiteral("—");
        QString text = scoreText(cell->score, yn);
        if (cell->deviation && std::abs(*cell->deviation) > 1e-9)
            text += QStringLiteral(" (%1)").arg(deviationText(*cell->deviation));
        if (beyond)
            text += *cell->deviation > 0 ? QStringLiteral(" ▲") : QStringLiteral(" ▼");
        if (role == Qt::AccessibleTextRole && beyond)
            text += tr(", beyond tolerance");
        return text;
    }
    if (column == rangeColumn())
        return row.spread ? numberText(row.spread->range, 1) : QStringLiteral("—");
    if (column == sdColumn())
        return row.spread && row.spread->sd ? numberText(*row.spread->sd, 2) : QStringLiteral("—");
    if (column == referenceColumn())
        return scoreText(row.reference, yn);
    if (column == agreedColumn()) {
        if (row.attribute) {
            if (const auto* c = m_view->agreed(m_view->data.input.units[row.unit], row.attributeName))
                return c->score ? scoreText(c->score, yn) : tr("NA");
            return QString();
        }
        return row.consensus ? scoreText(row.consensus, false) : QString();
    }
    return {};
}

} // namespace fb::ui::calibration
