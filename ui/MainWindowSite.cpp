// MainWindow and a site server (docs/site-server.md): File ▸ Connect to Site
// Server…, connecting off the GUI thread, and the password prompt.

#include "MainWindow.h"
#include "Settings.h"
#include "background/DatabaseJobs.h"
#include "dialogs/ConnectDialog.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QStatusBar>

#include <memory>

namespace fb::ui {

using store::sql::SitePasswords;

void MainWindow::connectToSiteDialog(const QString& address)
{
    const QStringList remembered = Settings::recentSites();
    ConnectDialog dialog(remembered, address.isEmpty() ? remembered.value(0) : address, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString chosen = dialog.address();
    // A failed attempt brings the dialog back with what was typed, to correct it or pick another.
    connectToSite(chosen, [this, chosen](SiteOutcome outcome) {
        if (outcome == SiteOutcome::Failed)
            connectToSiteDialog(chosen);
    });
}

void MainWindow::connectToSite(const QString& address, const std::function<void(SiteOutcome)>& then)
{
    // A worker of its own, whose first job opens the connection on its
    // thread (libpq may wait seconds for a server); once connected it becomes
    // the pages' worker, connection and all. Until then the open database stays.
    auto* jobs = new DatabaseJobs(address, this);
    auto abandoned = std::make_shared<bool>(false);
    jobs->runWithProgress(
        this, tr("Connect to Site Server"), tr("Connecting to %1…").arg(address),
        // The connection's own name says which database on which host ("site database site on dbhost").
        [](store::Database& db, const JobProgress&) -> Result<QString> { return db.connection().name(); },
        [this, jobs, address, then, abandoned](const Result<QString>& name) {
            if (*abandoned) { // cancelled: nobody waits for this connection any more
                jobs->deleteLater();
                return;
            }
            if (!name.ok()) {
                jobs->deleteLater();
                siteConnectFailed(address, name.error(), then);
                return;
            }
            Shown shown;
            shown.title = name.value();
            shown.where = tr("Site server: %1").arg(name.value());
            shown.tip = tr("A shared site database on a PostgreSQL server: %1").arg(address);
            shown.siteServer = true;
            showDatabase(jobs, shown);
            if (then)
                then(SiteOutcome::Connected);
        },
        [this, then, abandoned] {
            *abandoned = true;
            statusBar()->showMessage(tr("Connecting to the site server was cancelled."), 10000);
            if (then)
                then(SiteOutcome::Cancelled);
        });
}

void MainWindow::siteConnectFailed(const QString& address, const Error& error,
                                   const std::function<void(SiteOutcome)>& then)
{
    if (SitePasswords::wanted(address)) {
        askSitePassword(address, then);
        return;
    }
    // A typed password that did not get in (or got in to a database that was
    // refused after) is asked for again next time rather than tried again.
    SitePasswords::forget(address);
    showError(tr("Connect to Site Server"), tr("Floorboard cannot connect to this site server."), error);
    if (then)
        then(SiteOutcome::Failed);
}

void MainWindow::askSitePassword(const QString& address, const std::function<void(SiteOutcome)>& then)
{
    auto* prompt = new QInputDialog(this);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setObjectName(QStringLiteral("sitePassword"));
    prompt->setWindowTitle(tr("Site Server Password"));
    prompt->setLabelText(tr("The site server asks for a password, and neither your password file (%1) nor a "
                            "service file holds one for\n%2\n\nFloorboard keeps it only until you quit and never "
                            "saves it.\n\nPassword:")
                             .arg(ConnectDialog::passwordFileName(), address));
    prompt->setTextEchoMode(QLineEdit::Password);
    prompt->setOkButtonText(tr("&Connect"));
    prompt->setInputMode(QInputDialog::TextInput);
    connect(prompt, &QInputDialog::textValueSelected, this, [this, address, then](const QString& password) {
        SitePasswords::remember(address, password);
        connectToSite(address, then);
    });
    connect(prompt, &QDialog::rejected, this, [this, then] {
        statusBar()->showMessage(tr("Connecting to the site server was cancelled."), 10000);
        if (then)
            then(SiteOutcome::Cancelled);
    });
    prompt->open();
}

} // namespace fb::ui
