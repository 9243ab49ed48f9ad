#pragma once

// What the calibration CLI suites share: a run of `floorboard-cli
// calibration` on a database, with its exit code and output, and the base
// class that gives each suite a folder of its own. FbTestSupport.h first: it
// must precede every Qt header.
#include "FbTestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace fbtest {

struct Run {
    int code = -1;
    QString out;
    QString err;
    QStringList lines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

// FLOORBOARD_DB=db floorboard-cli calibration ARGS; code -1 when it has not
// finished after two minutes.
inline Run runCalibration(const QStringList& args, const QString& db)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FLOORBOARD_DB"), db);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FB_CLI), QStringList{QStringLiteral("calibration")} + args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// A suite's own temporary folder, and cli() on a database in it (an unused
// one unless the test names another).
class CalibrationCliSuite : public QObject {
protected:
    QTemporaryDir m_dir;

    Run cli(const QStringList& args, const QString& db = {})
    {
        return runCalibration(args, db.isEmpty() ? m_dir.filePath(QStringLiteral("unused.db")) : db);
    }
};

} // namespace fbtest
