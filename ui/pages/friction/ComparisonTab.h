#pragma once

#include "pages/ContactsRequest.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableWidget;

namespace fb::analytics {
struct ProgramReport;
}

namespace fb::ui {

// Friction to flow: weeks 7-8 against weeks 1-2, and what each fix can be credited with.
class ComparisonTab final : public QWidget {
    Q_OBJECT
public:
    explicit ComparisonTab(QWidget* parent = nullptr);
    void present(const analytics::ProgramReport& r);

    [[nodiscard]] QTableWidget* comparisonTable() const { return m_comparison; }
    [[nodiscard]] QTableWidget* attributionTable() const { return m_attribution; }
    [[nodiscard]] QString summaryText() const;

signals:
    // A count (or value) of the comparison was double-clicked: its contacts.
    void contactsRequested(const fb::ui::ContactsRequest& request);

private:
    std::shared_ptr<const analytics::ProgramReport> m_report;
    QLabel* m_sentences;
    QTableWidget* m_comparison;
    QTableWidget* m_attribution;
};

} // namespace fb::ui
