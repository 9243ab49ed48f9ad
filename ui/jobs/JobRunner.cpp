#include "jobs/JobRunner.h"

#include <QProgressDialog>
#include <QTimer>

namespace fb::ui {

JobRunner::JobRunner(QWidget* parent, const QString& title, const QString& label)
    : QObject(parent), m_dialog(new QProgressDialog(label, tr("Cancel"), 0, 0, parent)), m_timer(new QTimer(this))
{
    m_dialog->setWindowTitle(title);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(400); // quick jobs finish without a flashing dialog
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumWidth(420);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] {
        m_context->m_cancel = true;
        if (m_dialog) {
            m_dialog->setLabelText(tr("Cancelling…"));
            m_dialog->setCancelButton(nullptr); // pressed once is enough
        }
    });
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &JobRunner::poll);
    m_timer->start();
}

JobRunner::~JobRunner()
{
    cancel();
    delete m_dialog;
}

void JobRunner::cancel()
{
    m_context->m_cancel = true;
    if (m_thread.joinable())
        m_thread.join();
}

void JobRunner::poll()
{
    if (!m_dialog)
        return;
    const qint64 total = m_context->m_total.load(std::memory_order_relaxed);
    const qint64 done = m_context->m_done.load(std::memory_order_relaxed);
    if (total <= 0) {
        m_dialog->setRange(0, 0); // busy indicator until the job knows its size
        return;
    }
    m_dialog->setRange(0, 1000);
    m_dialog->setValue(static_cast<int>(std::min<qint64>(1000, done * 1000 / total)));
}

void JobRunner::finishedOnWorker()
{
    // Called on the job's thread as its last act; everything else happens on the GUI thread.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_thread.joinable())
                m_thread.join();
            m_timer->stop();
            if (m_dialog)
                m_dialog->hide();
            if (m_finish)
                m_finish();
            emit finished();
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace fb::ui
