#pragma once

// The reveal and the agreement: until someone presses "Reveal scores" the
// panel shows only how many participants have finished; then the reveal
// table (RevealModel), and below it the agree form for the selected
// interaction: one agreed score per attribute (suggested from the anchor or
// the median, changed by the group) and the decision note that explains it.
// Recording writes the interaction's official evaluation in one transaction.
#include "pages/calibration/RevealModel.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace fb::ui {
class DatabaseJobs;
}

namespace fb::ui::calibration {

class RevealPanel final : public QWidget {
    Q_OBJECT
public:
    RevealPanel(DatabaseJobs& worker, QWidget* parent = nullptr);

    void setView(SessionViewPtr view);
    void setDisplay(const RevealDisplay& display);
    void reveal();
    [[nodiscard]] bool revealed() const;

    void selectUnit(std::size_t unit);
    [[nodiscard]] std::optional<std::size_t> currentUnit() const { return m_unit; }
    void nextUnit(int step); // +1 / -1, wraps at neither end

    // The agree form of the current unit: one combo per attribute.
    [[nodiscard]] QComboBox* agreedScore(std::size_t attribute) const;
    [[nodiscard]] QLineEdit* noteEdit() const { return m_note; }
    [[nodiscard]] QString agreeStateText() const; // what the line under the form says
    // Records the form; false (with the reason shown) when something is missing.
    bool recordAgreement();

    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] RevealModel* model() const { return m_model; }

signals:
    void agreed(); // consensus written: the page reloads
    void message(const QString& text);

private:
    void fillCover();
    void buildAgreeForm();
    void fillAgreeForm();

    DatabaseJobs& m_worker;
    SessionViewPtr m_view;
    std::string m_revealedSession;
    std::optional<std::size_t> m_unit;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_coverText = nullptr;
    QPushButton* m_revealButton = nullptr;
    QLabel* m_legend = nullptr;
    QTableView* m_table = nullptr;
    RevealModel* m_model = nullptr;
    QGroupBox* m_agreeBox = nullptr;
    QGridLayout* m_agreeGrid = nullptr;
    std::vector<QComboBox*> m_scores;
    std::vector<QLabel*> m_suggestions;
    QLineEdit* m_note = nullptr;
    QLabel* m_agreeState = nullptr;
    QPushButton* m_record = nullptr;
};

} // namespace fb::ui::calibration
