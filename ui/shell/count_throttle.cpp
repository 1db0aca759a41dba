// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/count_throttle.h"

#include <QPointer>

namespace hearken {

CountThrottle::CountThrottle(Run run, QObject* parent)
    : QObject(parent)
    , m_run(std::move(run))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CountThrottle::start);
}

void CountThrottle::request(bool immediately)
{
    const int delay = immediately ? 0 : burstDelayMs;
    if (m_running) {
        m_againDelay = m_again ? std::min(m_againDelay, delay) : delay;
        m_again = true;
        return;
    }
    if (!m_timer.isActive() || m_timer.remainingTime() > delay)
        m_timer.start(delay);
}

void CountThrottle::start()
{
    m_running = true;
    m_run([self = QPointer(this)] {
        if (!self)
            return;
        self->m_running = false;
        if (self->m_again) {
            self->m_again = false;
            self->m_timer.start(self->m_againDelay);
        }
    });
}

} // namespace hearken
