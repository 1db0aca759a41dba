// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/stop_signals.h"

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace hearken {

namespace {

// The write end of the pipe the handler writes the signal's number to: a handler may do
// little more than write(2).
volatile std::sig_atomic_t writeEnd = -1;

void onSignal(int number)
{
    const char byte = char(number);
    if (writeEnd >= 0)
        (void)!::write(writeEnd, &byte, 1);
}

} // namespace

StopSignals::StopSignals(QObject* parent)
    : QObject(parent)
{
    if (::pipe2(m_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
        qFatal("hearken: no pipe for the stop signals");
    writeEnd = m_pipe[1];
    m_notifier = std::make_unique<QSocketNotifier>(m_pipe[0], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &StopSignals::readSignal);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

StopSignals::~StopSignals()
{
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGINT, SIG_DFL);
    writeEnd = -1;
    m_notifier.reset();
    ::close(m_pipe[0]);
    ::close(m_pipe[1]);
}

void StopSignals::readSignal()
{
    char byte = 0;
    while (::read(m_pipe[0], &byte, 1) == 1)
        Q_EMIT stopRequested(byte == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM"));
}

} // namespace hearken
