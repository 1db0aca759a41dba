// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/outbox_entry.h"

#include <QString>

#include <tl/expected.hpp>

#include <functional>
#include <optional>

namespace hearken {

// What the network answered for a delivered reply or like.
struct DeliveryReceipt {
    QString remoteId;
    QString url;
    qint64 at = 0;
};

// Why a delivery did not go through, and whether trying again can help.
struct DeliveryFailure {
    enum class Kind {
        // The network could not be reached or failed on its side: try again later.
        Temporary,
        // The network asked us to wait until retryAt.
        RateLimited,
        // The account's sign-in expired or was revoked: nothing goes out until it signs in.
        SignInNeeded,
        // The network refused this entry (too long, target deleted ...): a person must act.
        Rejected,
    };
    Kind kind = Kind::Temporary;
    QString message;
    std::optional<qint64> retryAt;
};

using DeliveryOutcome = tl::expected<DeliveryReceipt, DeliveryFailure>;

// Sends outbox entries for one account to its network. A provider implements it.
// deliver() may be called again for an entry whose earlier attempt lost its response; the
// entry's idempotency key must make the network keep a single copy.
class Deliverer {
public:
    virtual ~Deliverer() = default;
    using Done = std::function<void(const DeliveryOutcome&)>;
    virtual void deliver(const OutboxEntry& entry, Done done) = 0;
};

} // namespace hearken
