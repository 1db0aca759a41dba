// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outbox/deliverer.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace hearken {

// A deliverer that is made on first use, because making it reads the account's secrets from
// the vault, which answers asynchronously. Until then entries wait; when it cannot be made
// (no secret: the account must sign in again) they fail as SignInNeeded and the next entry
// tries again, as it does after the network said the sign-in is no longer valid.
class DeferredDeliverer : public Deliverer {
public:
    using Made = std::function<void(std::unique_ptr<Deliverer>, const QString& error)>;
    using Make = std::function<void(Made)>;

    explicit DeferredDeliverer(Make make);
    ~DeferredDeliverer() override;

    void deliver(const OutboxEntry& entry, Done done) override;

private:
    struct Waiting {
        OutboxEntry entry;
        Done done;
    };
    void onMade(std::unique_ptr<Deliverer> deliverer, const QString& error);
    void forward(const OutboxEntry& entry, Done done);

    Make m_make;
    std::unique_ptr<Deliverer> m_deliverer;
    std::unique_ptr<Deliverer> m_stale;
    QList<Waiting> m_waiting;
    bool m_making = false;
    // Tells a vault answer arriving after this object is gone to do nothing.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace hearken
