#include "store/DbWorker.h"

#include "store/Database.h"

namespace fb::ui {

using namespace Qt::StringLiterals;

DbWorker::DbWorker(QString path, QObject* parent) : QObject(parent), m_path(std::move(path))
{
    m_thread.setObjectName(u"DbWorker"_s);
    m_context = new QObject; // no parent: it must live in the other thread
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

DbWorker::~DbWorker()
{
    // A job that is running finishes first; the queued ones are dropped with m_context.
    m_thread.quit();
    m_thread.wait();
    delete m_context;
    m_db.reset();
}

void DbWorker::post(Job job)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, job = std::move(job)] {
            if (!m_db && !m_openError) {
                // ExistingOnly: the window created or migrated the file before handing it here.
                auto opened = store::Database::open(m_path, store::Database::Mode::ExistingOnly);
                if (opened.ok())
                    m_db = std::move(opened).value();
                else
                    m_openError = std::make_unique<Error>(opened.error());
            }
            job(m_db.get(), m_openError.get());
        },
        Qt::QueuedConnection);
}

void DbWorker::deliver(std::function<void()> onGuiThread)
{
    QMetaObject::invokeMethod(this, std::move(onGuiThread), Qt::QueuedConnection);
}

} // namespace fb::ui
