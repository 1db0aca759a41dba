// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/connection_probe.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThread>

namespace hearken {

// Where a probe's thread hands its outcome: this object while it lives. The lock keeps it from
// going away while an outcome is being posted to it.
struct ConnectionProbe::Receiver {
    QMutex lock;
    ConnectionProbe* probe = nullptr;
};

ConnectionProbe::ConnectionProbe(QObject* parent)
    : QObject(parent)
    , m_receiver(std::make_shared<Receiver>())
{
    m_receiver->probe = this;
}

ConnectionProbe::~ConnectionProbe()
{
    const QMutexLocker locked(&m_receiver->lock);
    m_receiver->probe = nullptr;
}

void ConnectionProbe::start(Database::Reopen open, Done done)
{
    const quint64 ticket = ++m_ticket;
    m_done = std::move(done);
    QThread* thread = QThread::create([receiver = m_receiver, ticket, open = std::move(open)] {
        StoreResult<void> outcome;
        if (auto opened = open(); !opened)
            outcome = tl::unexpected(opened.error());
        const QMutexLocker locked(&receiver->lock);
        if (ConnectionProbe* probe = receiver->probe)
            QMetaObject::invokeMethod(
                probe, [probe, ticket, outcome] { probe->finish(ticket, outcome); },
                Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("hearken-probe"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ConnectionProbe::cancel()
{
    ++m_ticket;
    m_done = nullptr;
}

void ConnectionProbe::finish(quint64 ticket, const StoreResult<void>& outcome)
{
    if (ticket != m_ticket || !m_done)
        return;
    const Done done = std::exchange(m_done, nullptr);
    done(outcome);
}

} // namespace hearken
