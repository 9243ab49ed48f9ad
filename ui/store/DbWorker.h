#pragma once

#include "common/Error.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>
#include <type_traits>

namespace fb::store {
class Database;
}

namespace fb::ui {

// A thread with its own connection to one database, for the reads the
// window needs (table pages, counts, agent lists). Even a keyset page can
// scan far when a "contains" filter matches little, and counting ten million
// rows takes a while: none of that may run on the GUI thread.
class DbWorker final : public QObject {
    Q_OBJECT
public:
    explicit DbWorker(QString path, QObject* parent = nullptr);
    ~DbWorker() override;
    DbWorker(const DbWorker&) = delete;
    DbWorker& operator=(const DbWorker&) = delete;

    [[nodiscard]] const QString& path() const { return m_path; }

    // Runs work(db) on the worker thread (jobs run in order), then done(result)
    // on the GUI thread, unless receiver was destroyed meanwhile. work returns
    // a Result<T> or Status; a failure to open the database arrives as its error.
    template <typename Work, typename Done> void run(QObject* receiver, Work work, Done done)
    {
        using R = std::invoke_result_t<Work&, store::Database&>;
        QPointer<QObject> guard(receiver);
        auto sharedWork = std::make_shared<Work>(std::move(work));
        auto sharedDone = std::make_shared<Done>(std::move(done));
        post([this, guard, sharedWork, sharedDone](store::Database* db, const Error* openError) {
            auto result = std::make_shared<R>(db ? (*sharedWork)(*db) : R(*openError));
            deliver([guard, sharedDone, result] {
                if (guard)
                    (*sharedDone)(std::move(*result));
            });
        });
    }

private:
    using Job = std::function<void(store::Database*, const Error*)>;
    void post(Job job);
    void deliver(std::function<void()> onGuiThread);

    QString m_path;
    QThread m_thread;
    QObject* m_context = nullptr;          // lives in m_thread; jobs are queued to it
    std::unique_ptr<store::Database> m_db; // touched only on m_thread
    std::unique_ptr<Error> m_openError;    // idem
};

} // namespace fb::ui
