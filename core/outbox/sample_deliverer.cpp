// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox/sample_deliverer.h"

#include "outbox/reply_length.h"

#include <QCoreApplication>
#include <QTimer>

namespace hearken {

SampleDeliverer::SampleDeliverer(Clock clock, Networks networks, int delayMs, QObject* parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_networks(std::move(networks))
    , m_delayMs(delayMs)
{}

void SampleDeliverer::deliver(const OutboxEntry& entry, Done done)
{
    QTimer::singleShot(m_delayMs, this, [this, entry, done = std::move(done)] {
        const ReplyRules rules = m_networks.rules(entry.network);
        if (entry.kind == OutboxKind::Reply && rules.limit &&
            replyLength(entry.text, rules) > *rules.limit) {
            done(tl::unexpected(DeliveryFailure{
                DeliveryFailure::Kind::Rejected,
                QCoreApplication::translate("hearken::SampleDeliverer",
                                            "%1 refused the reply: it is longer than %2.")
                    .arg(m_networks.label(entry.network))
                    .arg(*rules.limit),
                std::nullopt}));
            return;
        }
        const QString id = u"sample-"_qs + outboxKindName(entry.kind) + u'-' + entry.idempotencyKey;
        done(DeliveryReceipt{id, u"https://sample.invalid/"_qs + id, m_clock()});
    });
}

} // namespace hearken
