#pragma once

// The Nominate tab of the Recognition page: a keyboard-only form (every field
// has a mnemonic, Enter saves) for a peer's or a lead's nomination, with the
// outcome of the cited interaction or evaluation shown next to it before it is
// saved, and the week's nominations, private ones included (the lead's list).
#include "pages/recognition/RecognitionView.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace fb::ui {

class NominateTab final : public QWidget {
    Q_OBJECT
public:
    explicit NominateTab(QWidget* parent = nullptr);
    void present(const RecognitionView& view, QDate today);
    void saved(const QString& message);  // clears the nomination's fields, keeps who gives it
    void failed(const QString& message); // keeps every field
    void showEvidence(const QString& text);

    [[nodiscard]] Recognition nomination() const;
    [[nodiscard]] QComboBox* agentBox() const { return m_agent; }
    [[nodiscard]] QComboBox* behaviorBox() const { return m_behavior; }
    [[nodiscard]] QComboBox* roleBox() const { return m_role; }
    [[nodiscard]] QComboBox* peerBox() const { return m_peer; }
    [[nodiscard]] QLineEdit* leadEdit() const { return m_lead; }
    [[nodiscard]] QLineEdit* interactionEdit() const { return m_interaction; }
    [[nodiscard]] QLineEdit* evaluationEdit() const { return m_evaluation; }
    [[nodiscard]] QLineEdit* evidenceEdit() const { return m_evidence; }
    [[nodiscard]] QCheckBox* privateBox() const { return m_private; }
    [[nodiscard]] QLabel* evidenceLabel() const { return m_check; }
    [[nodiscard]] QLabel* statusLabel() const { return m_status; }
    [[nodiscard]] QPushButton* saveButton() const { return m_save; }
    [[nodiscard]] QTableWidget* table() const { return m_table; }

signals:
    void saveRequested(const fb::Recognition& recognition);
    void evidenceRequested(const fb::Recognition& recognition);

private:
    void roleChanged();
    void askEvidence();

    QComboBox* m_agent;
    QComboBox* m_behavior;
    QComboBox* m_role;
    QComboBox* m_peer;
    QLineEdit* m_lead;
    QDateEdit* m_on;
    QLineEdit* m_interaction;
    QLineEdit* m_evaluation;
    QLineEdit* m_evidence;
    QLineEdit* m_outcome;
    QCheckBox* m_private;
    QLabel* m_check;
    QPushButton* m_save;
    QLabel* m_status;
    QLabel* m_empty;
    QTableWidget* m_table;
};

} // namespace fb::ui
