#pragma once

#include "store/AgentDirectory.h"
#include "store/RecordStore.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace fb::ui {

class DatabaseJobs;

// "Evaluate a random sample…": n contacts of a team (my team by default) in
// one ISO week (the data's last complete week by default), drawn with a seed
// by the calibration sampler, so the same seed on the same data draws the
// same contacts. Each row has an Evaluate button; contacts that already have
// an evaluation are marked with its id. Stays open beside the form.
class SampleDialog final : public QDialog {
    Q_OBJECT
public:
    SampleDialog(DatabaseJobs& jobs, const AgentDirectory& directory, QDate dataEnd, QWidget* parent,
                 QDate today = QDate::currentDate());

    // The week offered first: the last week with data, or the week before
    // when that week is still running (today falls in it).
    [[nodiscard]] static int defaultWeek(QDate dataEnd, QDate today);

    [[nodiscard]] QComboBox* teamBox() const { return m_team; }
    [[nodiscard]] QComboBox* weekBox() const { return m_week; }
    [[nodiscard]] QSpinBox* sizeBox() const { return m_size; }
    [[nodiscard]] QLineEdit* seedEdit() const { return m_seed; }
    [[nodiscard]] QPushButton* drawButton() const { return m_draw; }
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] const std::vector<store::SampledContact>& sample() const { return m_sample; }
    // Draws again with the same choices (after an evaluation was saved).
    void draw();

signals:
    void drawn();
    void evaluateRequested(const QString& interactionId);

private:
    void showSample(const std::vector<store::SampledContact>& sample);

    DatabaseJobs& m_jobs;
    QComboBox* m_team;
    QComboBox* m_week;
    QSpinBox* m_size;
    QLineEdit* m_seed;
    QPushButton* m_draw;
    QLabel* m_message;
    QTableWidget* m_table;
    std::vector<store::SampledContact> m_sample;
    int m_serial = 0;
};

} // namespace fb::ui
