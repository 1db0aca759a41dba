// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/http_error.h"
#include "outbox/deliverer.h"
#include "providers/mastodon/mastodon_client.h"

#include <QObject>

namespace hearken::mastodon {

// Sends one account's replies and favourites to its Mastodon server. Every request carries
// the entry's idempotency key; a reply without a chosen visibility takes the visibility of
// the status it answers.
class Deliverer : public QObject, public hearken::Deliverer {
    Q_OBJECT
public:
    Deliverer(net::HttpClient& http, QUrl server, QString accessToken, QObject* parent = nullptr);

    void deliver(const OutboxEntry& entry, Done done) override;

private:
    QCoro::Task<DeliveryOutcome> reply(OutboxEntry entry, QString targetId);
    QCoro::Task<DeliveryOutcome> favourite(OutboxEntry entry, QString targetId);

    Client m_client;
};

// How an HTTP failure reads as a delivery failure.
DeliveryFailure deliveryFailure(const net::HttpError& error);

} // namespace hearken::mastodon
