#pragma once

// "New calibration session": date, facilitator, participants (one per line,
// "Name" or "Name; initials"), an optional anchor, and the sample: drawn at
// random (any interactions, one per agent or one per queue) with the seed
// shown so the draw can be repeated, or interaction ids chosen by hand.
#include "store/CalibrationStore.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace fb::ui::calibration {

struct SessionRequest final {
    CalibrationSession session; // units filled when chosen by hand
    bool drawn = true;
    int sampleSize = 10;
    quint64 seed = 0;
    SamplePer per = SamplePer::Interaction;
};

// Draws the sample when asked to, then creates the session (worker thread).
Result<CalibrationSession> createRequestedSession(store::Database& db, const SessionRequest& request);

class SessionDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SessionDialog(QWidget* parent = nullptr);

    // What the form asks for; the store validates it once more when creating.
    [[nodiscard]] SessionRequest request() const;
    // Shows why the last attempt failed, keeping everything typed.
    void showProblem(const QString& text);

    // For tests: the form's fields.
    QLineEdit* idEdit() const { return m_id; }
    QLineEdit* facilitatorEdit() const { return m_facilitator; }
    QPlainTextEdit* participantsEdit() const { return m_participants; }
    QComboBox* anchorCombo() const { return m_anchor; }
    QSpinBox* sizeSpin() const { return m_size; }
    QLineEdit* seedEdit() const { return m_seed; }
    QRadioButton* byHandRadio() const { return m_byHand; }
    QPlainTextEdit* interactionsEdit() const { return m_interactions; }

    void accept() override; // refuses (with the reason) what is obviously incomplete

private:
    void refreshAnchors();
    [[nodiscard]] std::vector<CalibrationParticipant> participants() const;

    QLineEdit* m_id = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_facilitator = nullptr;
    QPlainTextEdit* m_participants = nullptr;
    QComboBox* m_anchor = nullptr;
    QRadioButton* m_drawn = nullptr;
    QRadioButton* m_byHand = nullptr;
    QSpinBox* m_size = nullptr;
    QComboBox* m_per = nullptr;
    QLineEdit* m_seed = nullptr;
    QPlainTextEdit* m_interactions = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace fb::ui::calibration
