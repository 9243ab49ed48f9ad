#include "pages/scorecards/ScorecardModel.h"

#include "ScorecardFormat.h"
#include "Theme.h"
#include "models/NaturalOrder.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>

namespace fb::ui::scorecards {

using namespace fb::scorecards; // report/ScorecardFormat.h: how the numbers read

std::optional<theme::Tint> bandTint(Band band)
{
    const QPalette palette = QGuiApplication::palette();
    switch (band) {
    case Band::Good:
        return theme::tint(theme::TintRole::Good, palette);
    case Band::Watch:
        return theme::tint(theme::TintRole::Watch, palette);
    case Band::Low:
        return theme::tint(theme::TintRole::Low, palette);
    case Band::NotEnough:
    case Band::NoData:
        break;
    }
    return std::nullopt;
}

ScorecardModel::ScorecardModel(QObject* parent) : QAbstractTableModel(parent) {}

void ScorecardModel::setScorecard(analytics::Scorecard card)
{
    beginResetModel();
    m_card = std::move(card);
    endResetModel();
}

int ScorecardModel::compositeColumn() const
{
    return FirstMetricColumn + int(m_card.definition.metrics.size());
}

bool ScorecardModel::isTeamPulse(int metric) const
{
    // On agent rows the pulse column holds the team's pulse (analytics::MetricValue::teamValue).
    return m_card.level == analytics::Level::Agent && metric >= 0 && metric < int(m_card.definition.metrics.size()) &&
           m_card.definition.metrics[size_t(metric)].metric == analytics::Metric::Pulse;
}

int ScorecardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_card.rows.size());
}

int ScorecardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : compositeColumn() + 3;
}

QVariant ScorecardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const int metric = section - FirstMetricColumn;
    if (role == Qt::DisplayRole) {
        if (section == NameColumn)
            return m_card.level == analytics::Level::Agent  ? tr("Agent")
                   : m_card.level == analytics::Level::Team ? tr("Team")
                                                            : tr("Site");
        if (section == TeamColumn)
            return tr("Team");
        if (section == InteractionsColumn)
            return tr("Contacts");
        if (metric >= 0 && metric < int(m_card.definition.metrics.size()))
            return isTeamPulse(metric) ? teamPulseHeader()
                                       : analytics::metricLabel(m_card.definition.metrics[size_t(metric)].metric);
        if (section == compositeColumn())
            return tr("Composite");
        if (section == compositeColumn() + 1)
            return tr("Stands on");
        if (section == compositeColumn() + 2)
            return tr("Quality gate");
    }
    if (role == Qt::ToolTipRole) {
        if (metric >= 0 && metric < int(m_card.definition.metrics.size())) {
            const auto& d = m_card.definition.metrics[size_t(metric)];
            const QString what = tr("%1 (%2): %3\nfloor %4, target %5 (%6), weight %7, minimum n %8")
                                     .arg(analytics::metricLabel(d.metric), analytics::perspectiveLabel(d.perspective),
                                          analytics::metricDescription(d.metric), formatValue(d.metric, d.floor),
                                          formatValue(d.metric, d.target),
                                          d.lowerIsBetter() ? tr("lower is better") : tr("higher is better"))
                                     .arg(d.weight)
                                     .arg(d.minN);
            return (isTeamPulse(metric) ? teamPulseTooltip() + QStringLiteral("\n") : QString()) + what +
                   QStringLiteral("\n") + cellReading();
        }
        if (section == compositeColumn())
            return tr("sum(weight × score) / sum(weight) over the metrics with enough data");
        if (section == compositeColumn() + 1)
            return tr("The weights the composite stands on, of all weights of the definition");
        if (section == compositeColumn() + 2)
            return tr("Green when QA ≥ %1").arg(m_card.definition.gateQaMin);
        if (section == InteractionsColumn)
            return tr("Interactions in the period");
    }
    return {};
}

QVariant ScorecardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_card.rows.size()))
        return {};
    const auto& row = m_card.rows[size_t(index.row())];
    const int col = index.column();
    const int metric = col - FirstMetricColumn;
    const bool isMetric = metric >= 0 && metric < int(m_card.definition.metrics.size());
    const bool partial = row.weightsUsed < row.weightsTotal;

    if (role == IdRole)
        return QString::fromStdString(row.id);
    if (isMetric) {
        const auto& d = m_card.definition.metrics[size_t(metric)];
        const auto& v = row.metrics[size_t(metric)];
        switch (role) {
        case Qt::DisplayRole:
            return formatCell(d, v);
        case Qt::ToolTipRole:
            return cellTooltip(d, v);
        case Qt::BackgroundRole: {
            const auto tint = bandTint(bandOf(v));
            return tint ? QVariant(QBrush(tint->background)) : QVariant();
        }
        case Qt::ForegroundRole: {
            if (const auto tint = bandTint(bandOf(v)))
                return QBrush(tint->foreground);
            return v.enough ? QVariant()
                            : QVariant(QBrush(theme::text(theme::TextRole::Muted, QGuiApplication::palette())));
        }
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case SortRole:
            return v.enough ? *v.score : (v.value ? -1.0 : -2.0);
        default:
            return {};
        }
    }
    const QString name = QString::fromStdString(
        row.name.empty() && m_card.level == analytics::Level::Site ? std::string("(no site)") : row.name);
    switch (role) {
    case Qt::DisplayRole:
        if (col == NameColumn)
            return partial ? QStringLiteral("◔ ") + name : name;
        if (col == TeamColumn)
            return QString::fromStdString(row.team);
        if (col == InteractionsColumn)
            return QLocale().toString(row.interactions);
        if (col == compositeColumn())
            return formatComposite(row);
        if (col == compositeColumn() + 1)
            return formatWeights(row);
        if (col == compositeColumn() + 2)
            return formatGate(row, m_card.definition.gateQaMin);
        return {};
    case Qt::ToolTipRole:
        if (col == NameColumn || col == compositeColumn() || col == compositeColumn() + 1) {
            const QString note = smallSampleNote(m_card.definition, row);
            return note.isEmpty() ? tr("Every metric has enough data.") : note;
        }
        return {};
    case Qt::BackgroundRole:
    case Qt::ForegroundRole: {
        std::optional<theme::Tint> tint;
        if (col == compositeColumn() && row.composite)
            tint = bandTint(bandOfScore(*row.composite));
        if (col == compositeColumn() + 2 && row.gateGreen)
            tint = bandTint(*row.gateGreen ? Band::Good : Band::Low);
        if (!tint)
            return {};
        return QBrush(role == Qt::BackgroundRole ? tint->background : tint->foreground);
    }
    case Qt::FontRole:
        if (col == compositeColumn()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {}; // names stay upright: the ◔ mark (explained in the legend) says "small samples"

    case Qt::TextAlignmentRole:
        if (col == InteractionsColumn || col == compositeColumn())
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        if (col == NameColumn)
            return naturalSortKey(name);
        if (col == TeamColumn)
            return naturalSortKey(QString::fromStdString(row.team));
        if (col == InteractionsColumn)
            return row.interactions;
        if (col == compositeColumn())
            return row.composite ? *row.composite : -1.0;
        if (col == compositeColumn() + 1)
            return row.weightsUsed;
        if (col == compositeColumn() + 2)
            return row.gateGreen ? (*row.gateGreen ? 1 : 0) : -1;
        return {};
    default:
        return {};
    }
}

} // namespace fb::ui::scorecards
