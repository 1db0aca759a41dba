// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/deferred_deliverer.h"

namespace hearken {

DeferredDeliverer::DeferredDeliverer(Make make)
    : m_make(std::move(make))
{}

DeferredDeliverer::~DeferredDeliverer()
{
    *m_alive = false;
}

void DeferredDeliverer::deliver(const OutboxEntry& entry, Done done)
{
    m_stale.reset();
    if (m_deliverer) {
        forward(entry, std::move(done));
        return;
    }
    m_waiting.append({entry, std::move(done)});
    if (m_making)
        return;
    m_making = true;
    m_make([this, alive = std::weak_ptr<bool>(m_alive)](std::unique_ptr<Deliverer> deliverer,
                                                        const QString& error) {
        if (alive.lock())
            onMade(std::move(deliverer), error);
    });
}

void DeferredDeliverer::onMade(std::unique_ptr<Deliverer> deliverer, const QString& error)
{
    m_making = false;
    m_deliverer = std::move(deliverer);
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting& w : waiting) {
        if (m_deliverer) {
            forward(w.entry, w.done);
        } else {
            DeliveryFailure failure;
            failure.kind = DeliveryFailure::Kind::SignInNeeded;
            failure.message = error;
            w.done(tl::unexpected(failure));
        }
    }
}

void DeferredDeliverer::forward(const OutboxEntry& entry, Done done)
{
    m_deliverer->deliver(entry, [this, alive = std::weak_ptr<bool>(m_alive),
                                 done = std::move(done)](const DeliveryOutcome& outcome) {
        // Signed out or revoked: the next entry reads the secrets again, which a new sign-in
        // may have replaced. The old deliverer is still answering, so it is kept until then.
        if (alive.lock() && !outcome && outcome.error().kind == DeliveryFailure::Kind::SignInNeeded)
            m_stale = std::move(m_deliverer);
        done(outcome);
    });
}

} // namespace hearken
