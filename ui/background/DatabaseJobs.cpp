#include "background/DatabaseJobs.h"

#include <algorithm>
#include <atomic>

namespace fb::ui {

using namespace Qt::StringLiterals;

DatabaseJobs::DatabaseJobs(QString path, QObject* parent, OpenMode mode)
    : QObject(parent), m_path(std::move(path)), m_mode(mode)
{
    m_thread.setObjectName(u"DatabaseJobs"_s);
    m_context = new QObject; // no parent: it must live in the other thread
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

DatabaseJobs::~DatabaseJobs()
{
    // A long job that is running stops at its next check; the queued ones are dropped with m_context.
    cancelAll();
    m_thread.quit();
    m_thread.wait();
    delete m_context;
    m_db.reset();
}

void DatabaseJobs::cancelAll()
{
    for (const auto& weak : m_running)
        if (auto progress = weak.lock())
            progress->cancel();
}

JobProgressDialog* DatabaseJobs::newProgressDialog(QWidget* receiver, const QString& title, const QString& label,
                                                   const std::shared_ptr<JobProgress>& progress,
                                                   std::function<void()> abandon)
{
    std::erase_if(m_running, [](const auto& weak) { return weak.expired(); });
    m_running.push_back(progress);
    return new JobProgressDialog(receiver, title, label, progress, std::move(abandon));
}

void DatabaseJobs::enqueue(Job job)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, job = std::move(job)] {
            if (!m_db && !m_openError) {
                auto opened = store::Database::open(m_path, m_mode);
                if (opened.ok())
                    m_db = std::move(opened).value();
                else
                    m_openError = std::make_unique<Error>(opened.error());
            }
            job(m_db.get(), m_openError.get());
        },
        Qt::QueuedConnection);
}

namespace {
std::atomic<int> g_outstanding{0};
} // namespace

DatabaseJobs::Outstanding::Outstanding()
{
    ++g_outstanding;
}

DatabaseJobs::Outstanding::~Outstanding()
{
    --g_outstanding;
}

int DatabaseJobs::outstandingJobs()
{
    return g_outstanding.load();
}

void DatabaseJobs::deliver(std::function<void()> onGuiThread)
{
    QMetaObject::invokeMethod(this, std::move(onGuiThread), Qt::QueuedConnection);
}

} // namespace fb::ui
