// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outbox/deliverer.h"

#include <QNetworkAccessManager>
#include <QUrl>

namespace hearken::testing {

// TEST ONLY: posts replies to a CountingPeer as `POST /api/v1/statuses` with the entry's
// Idempotency-Key. With `dieOnDeliver` the process kills itself (SIGKILL) when asked to
// deliver, that is right after the entry was committed as Sending.
class HttpTestDeliverer : public Deliverer {
public:
    HttpTestDeliverer(QUrl server, bool dieOnDeliver);

    void deliver(const OutboxEntry& entry, Done done) override;

private:
    QNetworkAccessManager m_network;
    QUrl m_server;
    bool m_dieOnDeliver;
};

} // namespace hearken::testing
