#include "pages/scorecards/ScorecardWorker.h"

#include "store/Database.h"

#include <QThread>

namespace fb::ui::scorecards {

class ScorecardWorker::Runner final : public QObject {
public:
    explicit Runner(QString path) : m_path(std::move(path)) {}
    void run(const Job& job)
    {
        if (!m_db && m_error.isEmpty()) {
            auto db = store::Database::open(m_path, store::Database::Mode::ExistingOnly);
            if (db)
                m_db = std::move(db.value());
            else
                m_error = db.error().toString();
        }
        job(m_db.get(), m_error);
    }
    void close() { m_db.reset(); }

private:
    QString m_path;
    QString m_error;
    std::unique_ptr<store::Database> m_db;
};

ScorecardWorker::ScorecardWorker(QString dbPath, QObject* parent) : QObject(parent)
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("scorecards"));
    m_runner = new Runner(std::move(dbPath));
    m_runner->moveToThread(m_thread);
    m_thread->start();
}

ScorecardWorker::~ScorecardWorker()
{
    Runner* runner = m_runner;
    QMetaObject::invokeMethod(
        runner, [runner] { runner->close(); }, Qt::QueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_runner;
    delete m_thread;
}

void ScorecardWorker::post(Job job)
{
    Runner* runner = m_runner;
    QMetaObject::invokeMethod(
        runner, [runner, job = std::move(job)] { runner->run(job); }, Qt::QueuedConnection);
}

} // namespace fb::ui::scorecards
