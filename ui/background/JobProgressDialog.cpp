#include "background/JobProgressDialog.h"

#include "background/JobProgress.h"

#include <QProgressDialog>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace fb::ui {

JobProgressDialog::JobProgressDialog(QWidget* parent, const QString& title, const QString& label,
                                     std::shared_ptr<JobProgress> progress, std::function<void()> abandon)
    : QObject(parent), m_progress(std::move(progress)), m_abandon(std::move(abandon)),
      m_dialog(new QProgressDialog(label, tr("Cancel"), 0, 0, parent)), m_timer(new QTimer(this))
{
    m_dialog->setWindowTitle(title);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(400); // quick jobs finish without a flashing dialog
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumWidth(420);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] {
        m_progress->cancel();
        if (m_abandon) {
            finish();
            std::exchange(m_abandon, {})();
            return;
        }
        if (m_dialog) {
            m_dialog->setLabelText(tr("Cancelling…"));
            m_dialog->setCancelButton(nullptr); // pressed once is enough
        }
    });
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &JobProgressDialog::poll);
    m_timer->start();
}

JobProgressDialog::~JobProgressDialog()
{
    delete m_dialog;
}

void JobProgressDialog::finish()
{
    m_timer->stop();
    if (m_dialog)
        m_dialog->hide();
}

void JobProgressDialog::poll()
{
    if (!m_dialog)
        return;
    const qint64 total = m_progress->total();
    if (total <= 0) {
        m_dialog->setRange(0, 0); // busy indicator until the job knows its size
        return;
    }
    m_dialog->setRange(0, 1000);
    m_dialog->setValue(static_cast<int>(std::min<qint64>(1000, m_progress->done() * 1000 / total)));
}

} // namespace fb::ui
