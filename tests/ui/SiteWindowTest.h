#pragma once

// What the window's site server tests share (tst_connectdialog,
// tst_sitepassword): the cluster's address parts, the name the window shows
// for a site database, a catcher for the message box a failed connection
// shows, and everything the window's settings hold, to look for a password in.
#include "PgTestCluster.h"

#include <QFile>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>
#include <QWidget>

namespace fbtest {

// The value of one keyword of a libpq keyword-form address ("host", "dbname").
inline QString keyword(const QString& conninfo, const QString& key)
{
    const QRegularExpression re(QStringLiteral("(?:^|\\s)%1=(\\S+)").arg(key));
    return re.match(conninfo).captured(1);
}

// The name PostgreSQL gives the connection, as the window's title and status bar show it.
inline QString siteName(const QString& conninfo)
{
    return QStringLiteral("site database %1 on %2")
        .arg(keyword(conninfo, QStringLiteral("dbname")), keyword(conninfo, QStringLiteral("host")));
}

// Closes the first message box shown on `window` (showError runs it modally,
// in a loop of its own), keeping its texts.
class MessageBoxCatcher final : public QObject {
public:
    explicit MessageBoxCatcher(QWidget* window) : m_window(window)
    {
        auto* timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [this, timer] {
            for (QMessageBox* box : m_window->findChildren<QMessageBox*>()) {
                if (!box->isVisible())
                    continue;
                text = box->text();
                informative = box->informativeText();
                caught = true;
                timer->stop();
                box->done(QMessageBox::Ok);
                return;
            }
        });
        timer->start();
    }
    bool caught = false;
    QString text;
    QString informative;

private:
    QPointer<QWidget> m_window;
};

// Every key and value of the window's settings, and the settings file's bytes.
inline QString everythingInSettings()
{
    QSettings settings;
    settings.sync();
    QString all;
    for (const QString& key : settings.allKeys())
        all += key + QLatin1Char('=') + settings.value(key).toStringList().join(QLatin1Char('|')) +
               settings.value(key).toString() + QLatin1Char('\n');
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly))
        all += QString::fromUtf8(file.readAll());
    return all;
}

} // namespace fbtest
