// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the hearken executable as a script on a machine without a display runs it.

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

#include <gtest/gtest.h>

#include <functional>

namespace hearken::testing {

struct HeadlessRun {
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

// Runs `program` (a copy of hearken, say) with neither DISPLAY, WAYLAND_DISPLAY nor
// QT_QPA_PLATFORM set; `prepare` may change the process before it starts.
inline HeadlessRun runHeadlessProgram(const QString& program, const QStringList& arguments,
                                      const std::function<void(QProcess&)>& prepare = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    if (prepare)
        prepare(process);
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForStarted());
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(120000)) << "hearken did not finish";
    return {process.exitCode(), process.exitStatus(), process.readAllStandardOutput(),
            process.readAllStandardError()};
}

// Runs hearken as runHeadlessProgram() does.
inline HeadlessRun runHeadless(const QStringList& arguments,
                               const std::function<void(QProcess&)>& prepare = {})
{
    return runHeadlessProgram(QStringLiteral(HEARKEN_EXECUTABLE), arguments, prepare);
}

} // namespace hearken::testing
