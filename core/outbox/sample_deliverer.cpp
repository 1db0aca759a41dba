// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox/sample_deliverer.h"

#include "domain/network.h"
#include "outbox/reply_length.h"

#include <QCoreApplication>
#include <QTimer>

namespace hearken {

SampleDeliverer::SampleDeliverer(Clock clock, int delayMs, QObject* parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_delayMs(delayMs)
{}

void SampleDeliverer::deliver(const OutboxEntry& entry, Done done)
{
    QTimer::singleShot(m_delayMs, this, [this, entry, done = std::move(done)] {
        const auto limit = defaultReplyRules(entry.network).limit;
        if (entry.kind == OutboxKind::Reply && limit &&
            replyLength(entry.network, entry.text) > *limit) {
            done(tl::unexpected(DeliveryFailure{
                DeliveryFailure::Kind::Rejected,
                QCoreApplication::translate("hearken::SampleDeliverer",
                                            "%1 refused the reply: it is longer than %2.")
                    .arg(networkLabel(entry.network))
                    .arg(*limit),
                std::nullopt}));
            return;
        }
        const QString id = u"sample-"_qs + outboxKindName(entry.kind) + u'-' + entry.idempotencyKey;
        done(DeliveryReceipt{id, u"https://sample.invalid/"_qs + id, m_clock()});
    });
}

} // namespace hearken
