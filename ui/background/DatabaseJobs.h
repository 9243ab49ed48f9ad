#pragma once

// The one way the window runs store work off the GUI thread. Every page,
// dialog and long job (import, export, backup, demo) goes through it, so
// each of them gets the same guarantees: its own connection on its own
// thread, jobs in order, results on the GUI thread only while the receiver
// lives, errors as fb::Error with their whole context, and no exception
// crossing the event loop.
#include "background/JobProgress.h"
#include "background/JobProgressDialog.h"
#include "common/Error.h"
#include "store/Database.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <exception>
#include <functional>
#include <memory>
#include <type_traits>
#include <vector>

class QWidget;

namespace fb::ui {

class DatabaseJobs final : public QObject {
    Q_OBJECT
public:
    using OpenMode = store::Database::Mode;

    // The connection is opened by the first job. Read by default: the window
    // created or migrated the file before handing it here, and a file that
    // cannot be written is read (the window says so); writers such as the
    // import dialog ask for ExistingOnly, which names a read-only database.
    explicit DatabaseJobs(QString path, QObject* parent = nullptr, OpenMode mode = OpenMode::Read);
    // Cancels the long jobs, waits for the running job; queued jobs are dropped.
    ~DatabaseJobs() override;
    DatabaseJobs(const DatabaseJobs&) = delete;
    DatabaseJobs& operator=(const DatabaseJobs&) = delete;

    [[nodiscard]] const QString& path() const { return m_path; }

    // Runs work(db) on the worker thread, then done(result) on the GUI thread
    // unless receiver was destroyed meanwhile. work returns a Result<T> or a
    // Status; a failure to open the database arrives as its error.
    template <typename Work, typename Done> void run(QObject* receiver, Work work, Done done)
    {
        using R = std::invoke_result_t<Work&, store::Database&>;
        post<R>(receiver, std::move(work), std::move(done));
    }

    // A long job: work(db, progress) reports progress and polls the cancel
    // flag, behind a window-modal progress dialog on receiver with Cancel.
    // With `abandon`, Cancel does not wait for a job that cannot stop midway
    // (opening a site server waits on the network): the dialog closes at once
    // and abandon() runs; done() still runs when the work ends, and decides
    // what to do with a result nobody waits for any more.
    template <typename Work, typename Done>
    void runWithProgress(QWidget* receiver, const QString& title, const QString& label, Work work, Done done,
                         std::function<void()> abandon = {})
    {
        using R = std::invoke_result_t<Work&, store::Database&, const JobProgress&>;
        auto progress = std::make_shared<JobProgress>();
        QPointer<JobProgressDialog> dialog(newProgressDialog(receiver, title, label, progress, std::move(abandon)));
        post<R>(
            receiver, [work = std::move(work), progress](store::Database& db) mutable { return work(db, *progress); },
            [dialog, done = std::move(done)](R result) mutable {
                if (dialog) {
                    dialog->finish();
                    dialog->deleteLater();
                }
                done(std::move(result));
            });
    }

    // Asks every long job still running or queued to stop (tests, quitting).
    void cancelAll();

    // Jobs of every DatabaseJobs in the process that are queued, running, or
    // waiting for their result to be delivered: a test waits for 0 instead of
    // sleeping for a guessed time.
    [[nodiscard]] static int outstandingJobs();

private:
    using Job = std::function<void(store::Database*, const Error*)>;

    // Counts a job as outstanding from its posting until the last copy of its
    // work and delivery is gone (delivered, or dropped with the queue).
    struct Outstanding {
        Outstanding();
        ~Outstanding();
        Outstanding(const Outstanding&) = delete;
        Outstanding& operator=(const Outstanding&) = delete;
    };

    template <typename R, typename Work, typename Done> void post(QObject* receiver, Work work, Done done)
    {
        QPointer<QObject> guard(receiver);
        auto sharedWork = std::make_shared<Work>(std::move(work));
        auto sharedDone = std::make_shared<Done>(std::move(done));
        auto outstanding = std::make_shared<Outstanding>();
        enqueue([this, guard, sharedWork, sharedDone, outstanding](store::Database* db, const Error* openError) {
            auto result = std::make_shared<R>(db ? guarded<R>(*sharedWork, *db) : R(*openError));
            deliver([guard, sharedDone, result, outstanding] {
                if (guard)
                    (*sharedDone)(std::move(*result));
            });
        });
    }

    // An exception would end the program on the worker thread: it becomes the job's error.
    template <typename R, typename Work> static R guarded(Work& work, store::Database& db)
    {
        try {
            return work(db);
        } catch (const std::exception& e) {
            return R(Error::plain(QString::fromLocal8Bit(e.what())));
        } catch (...) {
            return R(Error::plain(tr("Unexpected failure in a background job.")));
        }
    }

    JobProgressDialog* newProgressDialog(QWidget* receiver, const QString& title, const QString& label,
                                         const std::shared_ptr<JobProgress>& progress, std::function<void()> abandon);
    void enqueue(Job job);
    void deliver(std::function<void()> onGuiThread);

    QString m_path;
    OpenMode m_mode;
    QThread m_thread;
    QObject* m_context = nullptr;                      // lives in m_thread; jobs are queued to it
    std::unique_ptr<store::Database> m_db;             // touched only on m_thread
    std::unique_ptr<Error> m_openError;                // idem
    std::vector<std::weak_ptr<JobProgress>> m_running; // long jobs, for cancelAll()
};

} // namespace fb::ui
