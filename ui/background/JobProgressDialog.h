#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QProgressDialog;
class QTimer;
class QWidget;

namespace fb::ui {

class JobProgress;

// The window-modal progress dialog of one long job: shows its progress ten
// times a second and turns Cancel into the job's cancel flag. It belongs to
// the widget that started the job, so it goes away with it. With `abandon`,
// Cancel also closes the dialog at once and calls it, for a job that cannot
// stop midway and need not be waited for.
class JobProgressDialog final : public QObject {
    Q_OBJECT
public:
    JobProgressDialog(QWidget* parent, const QString& title, const QString& label,
                      std::shared_ptr<JobProgress> progress, std::function<void()> abandon = {});
    ~JobProgressDialog() override;
    JobProgressDialog(const JobProgressDialog&) = delete;
    JobProgressDialog& operator=(const JobProgressDialog&) = delete;

    // The job has ended: stop polling and hide.
    void finish();

private:
    void poll();

    std::shared_ptr<JobProgress> m_progress;
    std::function<void()> m_abandon;
    QPointer<QProgressDialog> m_dialog;
    QTimer* m_timer;
};

} // namespace fb::ui
