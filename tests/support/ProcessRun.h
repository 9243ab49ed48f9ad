#pragma once

// Runs a program (usually floorboard-cli) to its end and keeps what a test
// checks: the exit code and both outputs. One runner for the CLI suites.
// FbTestSupport.h first: it must precede every Qt header.
#include "FbTestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace fbtest {

struct ProcessRun {
    int exitCode = -1; // -1: crashed, or still running after the timeout (then killed)
    QString out;
    QString err;
};

// An environment in which the CLI touches nothing of the user's: its data
// folder and runtime folder are inside `folder` (the PDF's QGuiApplication
// warns without a runtime folder), and FLOORBOARD_DB is unset.
inline QProcessEnvironment isolatedEnvironment(const QString& folder)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FLOORBOARD_DB"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), folder + QStringLiteral("/xdg"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), folder);
    return env;
}

inline ProcessRun runProcess(const QString& program, const QStringList& args, const QProcessEnvironment& env,
                             int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    ProcessRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace fbtest
