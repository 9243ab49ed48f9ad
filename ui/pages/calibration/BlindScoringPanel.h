#pragma once

// Blind scoring on the shared screen: participants take turns; a turn shows
// only that participant's own scores (read fresh from the store) in a grid
// of interactions x rubric attributes, and "Save and hide" writes them and
// covers the screen again for the next person. Between turns the screen
// shows only who has finished, never a score. Scores made at desks come in
// through "Import scores from CSV…" (all or nothing, problems listed).
#include "pages/calibration/SessionView.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTableWidgetItem;

namespace fb::ui {
class DatabaseJobs;
}

namespace fb::ui::calibration {

class BlindScoringPanel final : public QWidget {
    Q_OBJECT
public:
    BlindScoringPanel(DatabaseJobs& worker, QWidget* parent = nullptr);

    void setView(SessionViewPtr view);
    void setMaskAgents(bool masked);

    // Starts a participant's turn: loads their own scores, shows the grid.
    void startTurn(const QString& participant);
    // Checks every cell; writes the turn's scores when all are valid, then
    // hides the grid. Returns false (and marks the cells) when some are not.
    bool saveTurn();
    void endTurn(); // hides the grid without saving

    [[nodiscard]] bool inTurn() const;
    [[nodiscard]] QTableWidget* grid() const { return m_grid; }
    [[nodiscard]] QTableWidget* progressTable() const { return m_progress; }
    [[nodiscard]] QString currentParticipant() const { return m_participant; }
    [[nodiscard]] QString turnStateText() const; // what the line under the grid says

signals:
    void saved();     // scores were written: the page reloads the session
    void turnShown(); // the participant's own scores are in the grid
    void message(const QString& text);

private:
    void showCover();
    void fillProgress();
    void fillGrid(const std::vector<CalibrationScore>& own);
    void importCsv();
    void checkItem(QTableWidgetItem* item);
    // The score a cell holds; error text when it holds none acceptable.
    [[nodiscard]] std::optional<analytics::Cell> parseCell(std::size_t attribute, const QString& text,
                                                           QString* why) const;

    DatabaseJobs& m_worker;
    SessionViewPtr m_view;
    bool m_maskAgents = false;
    QString m_participant;
    bool m_filling = false;

    QStackedWidget* m_stack = nullptr;
    QTableWidget* m_progress = nullptr;
    QComboBox* m_who = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_turnTitle = nullptr;
    QLabel* m_turnState = nullptr;
    QTableWidget* m_grid = nullptr;
};

} // namespace fb::ui::calibration
