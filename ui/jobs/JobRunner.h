#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>
#include <type_traits>

class QProgressDialog;
class QTimer;
class QWidget;

namespace fb::ui {

// What a long job sees of the GUI: where to report progress and whether
// the user pressed Cancel. Both are safe to use from the job's thread.
class JobContext final {
public:
    void progress(qint64 done, qint64 total) const
    {
        m_done.store(done, std::memory_order_relaxed);
        m_total.store(total, std::memory_order_relaxed);
    }
    [[nodiscard]] const std::atomic_bool* cancelFlag() const { return &m_cancel; }

private:
    friend class JobRunner;
    mutable std::atomic<qint64> m_done{0};
    mutable std::atomic<qint64> m_total{0};
    std::atomic_bool m_cancel{false};
};

// Runs import, export, backup or demo generation on its own std::thread
// (which opens its own database connection) behind a window-modal progress
// dialog with Cancel; the window keeps painting and the result comes back
// to done() on the GUI thread. The progress is polled ten times a second
// instead of posted per row, so a fast job cannot flood the event queue.
class JobRunner final : public QObject {
    Q_OBJECT
public:
    template <typename Work, typename Done>
    static JobRunner* start(QWidget* parent, const QString& title, const QString& label, Work work, Done done)
    {
        using R = std::invoke_result_t<Work&, const JobContext&>;
        auto* runner = new JobRunner(parent, title, label);
        auto result = std::make_shared<std::unique_ptr<R>>();
        runner->m_finish = [done = std::move(done), result]() mutable { done(std::move(**result)); };
        runner->m_thread = std::thread([runner, work = std::move(work), result]() mutable {
            *result = std::make_unique<R>(work(*runner->m_context));
            runner->finishedOnWorker();
        });
        return runner;
    }
    ~JobRunner() override;

    // Tests and quitting: cancel and wait.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_thread.joinable(); }

signals:
    void finished();

private:
    JobRunner(QWidget* parent, const QString& title, const QString& label);
    void finishedOnWorker();
    void poll();

    std::unique_ptr<JobContext> m_context = std::make_unique<JobContext>();
    std::function<void()> m_finish;
    std::thread m_thread;
    QPointer<QProgressDialog> m_dialog;
    QTimer* m_timer;
};

} // namespace fb::ui
