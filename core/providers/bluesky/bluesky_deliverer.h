// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outbox/deliverer.h"
#include "providers/bluesky/atproto_session.h"

#include <QObject>

#include <functional>
#include <memory>

namespace hearken::bluesky {

// Delivers replies (app.bsky.feed.post with reply refs and mention, link and tag facets) and likes
// (app.bsky.feed.like) for one Bluesky account. The record key comes from the entry's
// idempotency key: when a create fails because the record already exists, or its answer was
// lost, the record is looked up and the entry counts as sent.
class Deliverer : public QObject, public hearken::Deliverer {
    Q_OBJECT
public:
    explicit Deliverer(AtprotoSession& session, std::function<qint64()> clock,
                       QObject* parent = nullptr);
    // Owns the session it delivers through.
    Deliverer(std::unique_ptr<AtprotoSession> session, std::function<qint64()> clock,
              QObject* parent = nullptr);
    void deliver(const OutboxEntry& entry, Done done) override;

private:
    QCoro::Task<DeliveryOutcome> send(OutboxEntry entry);
    DeliveryReceipt receipt(const OutboxEntry& entry, const QString& uri) const;

    std::unique_ptr<AtprotoSession> m_ownSession;
    AtprotoSession& m_session;
    std::function<qint64()> m_clock;
};

DeliveryFailure deliveryFailure(const XrpcError& error);

} // namespace hearken::bluesky
