#pragma once

// Runs scorecard jobs off the GUI thread, on a thread of its own with its
// own database connection (store::Database is one connection per thread).
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace fb::store {
class Database;
}

namespace fb::ui::scorecards {

class ScorecardWorker final : public QObject {
    Q_OBJECT
public:
    explicit ScorecardWorker(QString dbPath, QObject* parent = nullptr);
    ~ScorecardWorker() override;

    // job runs on the worker thread with the open database (nullptr and the
    // reason when it cannot be opened). Jobs run one at a time, in order.
    using Job = std::function<void(store::Database* db, const QString& openError)>;
    void post(Job job);

private:
    class Runner;
    QThread* m_thread = nullptr;
    Runner* m_runner = nullptr;
};

} // namespace fb::ui::scorecards
