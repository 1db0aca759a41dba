// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/delivery_outcome.h"
#include "domain/outbox_entry.h"

#include <functional>

namespace hearken {

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
