#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QStackedWidget;
class QTableView;

namespace fb::ui {

class KindTableModel;

// A kind's table with what goes around it: a line that says how many rows
// are shown, and in place of an empty table a sentence that says what to do
// next (import, create the demo, or clear the filters).
class BrowsePanel final : public QWidget {
    Q_OBJECT
public:
    struct Texts {
        QString empty;   // no rows at all, e.g. "No agents yet — use File ▸ Import CSV…"
        QString noMatch; // rows exist but none match the filters
        // "12 agents shown": a function, so the count picks its plural form (tr() with %Ln).
        std::function<QString(int rows)> counted;
        QString more; // appended while more rows can be read: "— scroll for more"
    };

    BrowsePanel(KindTableModel* model, Texts texts, QWidget* parent = nullptr);

    [[nodiscard]] QTableView* view() const { return m_view; }

signals:
    void clearFiltersRequested();

private:
    void updateState();

    KindTableModel* m_model;
    Texts m_texts;
    QStackedWidget* m_stack;
    QTableView* m_view;
    QLabel* m_empty;
    QLabel* m_footer;
    bool m_sized = false; // columns fitted to the first page of this filter
};

} // namespace fb::ui
