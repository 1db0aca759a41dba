// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outbox/deliverer.h"
#include "outbox/reply_length.h"

#include <QObject>

#include <functional>

namespace hearken {

// SAMPLE ONLY: the deliverer of the sample workspace's made-up accounts. Nothing leaves the
// machine: after a short pause it answers as a network would, with a post id derived from the
// idempotency key (so a repeated delivery "posts" the same reply), and the delivery engine
// stores the reply in the workspace. Like a network, it refuses replies over the length limit.
class SampleDeliverer : public QObject, public Deliverer {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;

    // What the sample accounts' networks are called and which replies they refuse (the
    // provider registry knows).
    struct Networks {
        std::function<QString(const QString& network)> label;
        std::function<ReplyRules(const QString& network)> rules;
    };

    SampleDeliverer(Clock clock, Networks networks, int delayMs = 700, QObject* parent = nullptr);

    void deliver(const OutboxEntry& entry, Done done) override;

private:
    Clock m_clock;
    Networks m_networks;
    int m_delayMs;
};

} // namespace hearken
