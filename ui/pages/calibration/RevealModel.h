#pragma once

// The reveal table as a read-only model: one row per interaction and rubric
// attribute plus the interaction's QA total; columns: interaction, agent,
// attribute, one per participant (score and deviation), range, SD, reference
// and the agreed score. A cell beyond tolerance says so in its text (▲ / ▼
// and the deviation), in bold, and in its background, so it reads on a
// projector, in black and white and to colour-blind eyes alike.
#include "pages/calibration/SessionView.h"

#include <QAbstractTableModel>

#include <optional>

namespace fb::ui::calibration {

struct RevealDisplay final {
    bool maskAgents = false;   // "Agent A" instead of names
    bool initialsOnly = false; // participants by initials
    bool highContrast = false; // presentation palette
};

class RevealModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { InteractionColumn, AgentColumn, AttributeColumn, FirstParticipantColumn };
    static constexpr int BeyondRole = Qt::UserRole + 1; // bool: the cell lies beyond tolerance
    static constexpr int UnitRole = Qt::UserRole + 2;   // std::size_t as qulonglong: the row's unit

    explicit RevealModel(QObject* parent = nullptr);

    void setView(SessionViewPtr view);
    void setDisplay(const RevealDisplay& display);
    // Only the rows of one interaction (presentation mode); nullopt = all.
    void setUnit(std::optional<std::size_t> unit);
    [[nodiscard]] const RevealDisplay& display() const { return m_display; }
    [[nodiscard]] std::optional<std::size_t> unitOfRow(int row) const;
    [[nodiscard]] int firstRowOf(std::size_t unit) const; // -1 when not shown

    [[nodiscard]] int participantCount() const;
    [[nodiscard]] int rangeColumn() const { return FirstParticipantColumn + participantCount(); }
    [[nodiscard]] int sdColumn() const { return rangeColumn() + 1; }
    [[nodiscard]] int referenceColumn() const { return rangeColumn() + 2; }
    [[nodiscard]] int agreedColumn() const { return rangeColumn() + 3; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void rebuildRows();
    [[nodiscard]] bool yesNo(const analytics::RevealRow& row) const;
    [[nodiscard]] QVariant cellData(const analytics::RevealRow& row, int column, int role) const;

    SessionViewPtr m_view;
    RevealDisplay m_display;
    std::optional<std::size_t> m_unit;
    std::vector<const analytics::RevealRow*> m_rows;
};

} // namespace fb::ui::calibration
