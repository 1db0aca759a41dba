// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/shared_answer.h"
#include "outbox/deliverer.h"

#include <QCoroTask>
#include <QList>
#include <QObject>
#include <QString>

#include <tl/expected.hpp>

#include <functional>
#include <memory>

namespace hearken {

// A deliverer that is made on first use, because making it reads the account's secrets from
// the vault, which answers asynchronously. Until then entries wait; when it cannot be made
// (no secret: the account must sign in again) they fail as SignInNeeded and the next entry
// tries again, as it does after the network said the sign-in is no longer valid.
class DeferredDeliverer : public QObject, public Deliverer {
    Q_OBJECT
public:
    // The account's deliverer, or why it cannot be made.
    using Made = tl::expected<std::shared_ptr<Deliverer>, QString>;
    // Makes it; what it awaits takes `context`, which goes with this deliverer. It must touch
    // nothing but its own frame once `context` is gone.
    using Make = std::function<QCoro::Task<Made>(QObject* context)>;

    explicit DeferredDeliverer(Make make);
    ~DeferredDeliverer() override;

    void deliver(const OutboxEntry& entry, Done done) override;

private:
    QCoro::Task<DeliveryOutcome> send(OutboxEntry entry);
    // Empty once the deliverer is made, or why it could not be.
    QCoro::Task<QString> made();
    QCoro::Task<> make();

    Make m_make;
    std::shared_ptr<Deliverer> m_deliverer;
    // The entries waiting for the deliverer, told in order of arrival how making it ended.
    SharedAnswer<QString> m_making;
};

} // namespace hearken
