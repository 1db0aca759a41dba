// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>

#include <gtest/gtest.h>

namespace hearken::testing {

struct Finished {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the hearken executable to its end, as a user or a script would.
inline Finished runHearken(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(HEARKEN_EXECUTABLE), arguments);
    EXPECT_TRUE(process.waitForStarted()) << HEARKEN_EXECUTABLE << " is missing";
    EXPECT_TRUE(process.waitForFinished(120000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace hearken::testing
