#pragma once

#include <QtGlobal>

#include <atomic>

namespace fb::ui {

// What a long job sees of the GUI: where to report progress and whether the
// user pressed Cancel. Written by the job's thread and read by the GUI thread,
// hence atomics; the GUI polls instead of being posted to per row, so a fast
// job cannot flood the event queue.
class JobProgress final {
public:
    void progress(qint64 done, qint64 total) const
    {
        m_done.store(done, std::memory_order_relaxed);
        m_total.store(total, std::memory_order_relaxed);
    }
    // The flag core's long functions (import, export, demo) poll.
    [[nodiscard]] const std::atomic_bool* cancelFlag() const { return &m_cancel; }
    [[nodiscard]] bool cancelled() const { return m_cancel.load(std::memory_order_relaxed); }
    void cancel() { m_cancel.store(true, std::memory_order_relaxed); }

    [[nodiscard]] qint64 done() const { return m_done.load(std::memory_order_relaxed); }
    [[nodiscard]] qint64 total() const { return m_total.load(std::memory_order_relaxed); }

private:
    mutable std::atomic<qint64> m_done{0};
    mutable std::atomic<qint64> m_total{0};
    std::atomic_bool m_cancel{false};
};

} // namespace fb::ui
