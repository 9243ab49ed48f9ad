#pragma once

#include <QTableView>

namespace fb::ui {

// A table whose first column (the agent's name) stays in place while the other
// columns scroll sideways, so a wide scorecard is read on a 1280 px screen
// without losing whose row it is. The frozen column is a second view laid over
// the first one, sharing its model, selection and sorting (as in Qt's
// "Frozen Column" example).
class FrozenColumnTableView final : public QTableView {
    Q_OBJECT
public:
    explicit FrozenColumnTableView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    // The view that draws the frozen first column (tests, accessibility).
    [[nodiscard]] QTableView* frozenView() const { return m_frozen; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void scrollTo(const QModelIndex& index, ScrollHint hint = EnsureVisible) override;
    void updateGeometries() override;

private:
    void showOnlyFirstColumn();
    void placeFrozenView();

    QTableView* m_frozen = nullptr;
};

} // namespace fb::ui
