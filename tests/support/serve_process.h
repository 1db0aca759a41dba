// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/wait_for.h"

#include <QProcess>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

// Needs HEARKEN_EXECUTABLE and HEARKEN_PEERS_DIR defined by the test's target.
namespace hearken::testing {

// One `hearken serve` process, its standard error kept as it comes.
class Service {
public:
    explicit Service(const QString& workspace, const QString& keyFile)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(HEARKEN_EXECUTABLE),
                        {QStringLiteral("serve"), QStringLiteral("--workspace"), workspace,
                         QStringLiteral("--sync-every"), QStringLiteral("2"),
                         QStringLiteral("--accounts-every"), QStringLiteral("1"),
                         QStringLiteral("--outbox-every"), QStringLiteral("1"),
                         QStringLiteral("--claim-seconds"), QStringLiteral("3"),
                         QStringLiteral("--key-file"), keyFile});
        EXPECT_TRUE(m_process.waitForStarted(5000));
    }
    ~Service()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString log()
    {
        m_log += QString::fromUtf8(m_process.readAllStandardError());
        return m_log;
    }
    bool logs(const QString& words, int timeoutMs = 30'000)
    {
        return spinUntil([&] { return log().contains(words); }, timeoutMs);
    }
    qint64 pid() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    void terminate() { m_process.terminate(); }
    void killHard() { m_process.kill(); }
    bool finished(int timeoutMs = 15'000)
    {
        return spinUntil([&] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
    }
    int exitCode() const { return m_process.exitCode(); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }

private:
    QProcess m_process;
    QString m_log;
};

// Runs the hearken program with the Mastodon test server's browser; its exit code (-1 when
// it crashed), and its standard error in `err`, its standard output in `out`.
inline int runHearken(const QStringList& arguments, QString* err = nullptr, QString* out = nullptr)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BROWSER"),
                       QStringLiteral("node " HEARKEN_PEERS_DIR "/mastodon/browser.js"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HEARKEN_EXECUTABLE), arguments);
    process.waitForFinished(60'000);
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace hearken::testing
