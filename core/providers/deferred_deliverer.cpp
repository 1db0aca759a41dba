// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/deferred_deliverer.h"

#include "domain/callback_answer.h"

#include <QCoreApplication>
#include <QPointer>

namespace hearken {

namespace {

QString cancelled()
{
    return QCoreApplication::translate("hearken::DeferredDeliverer",
                                       "Sending was cancelled; it is tried again later.");
}

tl::unexpected<DeliveryFailure> failure(DeliveryFailure::Kind kind, const QString& message)
{
    return tl::unexpected(DeliveryFailure{kind, message, std::nullopt});
}

} // namespace

DeferredDeliverer::DeferredDeliverer(Make make)
    : m_make(std::move(make))
{}

DeferredDeliverer::~DeferredDeliverer() = default;

void DeferredDeliverer::deliver(const OutboxEntry& entry, Done done)
{
    // Once this deliverer is gone its answers go to nobody.
    QCoro::connect(send(entry), this, std::move(done));
}

// After every co_await the entry goes on only while this deliverer lives.
QCoro::Task<DeliveryOutcome> DeferredDeliverer::send(OutboxEntry entry)
{
    const QPointer<DeferredDeliverer> self(this);
    QString missing;
    // An entry ahead of this one may have found the sign-in refused and let the deliverer go:
    // then it is made again.
    do {
        missing = co_await made();
        if (!self)
            co_return failure(DeliveryFailure::Kind::Temporary, cancelled());
    } while (missing.isEmpty() && !m_deliverer);
    if (!missing.isEmpty())
        co_return failure(DeliveryFailure::Kind::SignInNeeded, missing);
    const std::shared_ptr<Deliverer> deliverer = m_deliverer;
    const DeliveryOutcome outcome = co_await CallbackAnswer<DeliveryOutcome>(
        this, failure(DeliveryFailure::Kind::Temporary, cancelled()),
        [&](auto answer) { deliverer->deliver(entry, std::move(answer)); });
    // Signed out or revoked: the next entry reads the secrets again, which a new sign-in may
    // have replaced.
    if (self && !outcome && outcome.error().kind == DeliveryFailure::Kind::SignInNeeded &&
        m_deliverer == deliverer)
        m_deliverer.reset();
    co_return outcome;
}

QCoro::Task<QString> DeferredDeliverer::made()
{
    if (m_deliverer)
        co_return QString();
    co_return co_await m_making.ask(this, cancelled(), [this] { make(); });
}

// Tells every waiting entry, in order, once the deliverer is made or cannot be.
QCoro::Task<> DeferredDeliverer::make()
{
    const QPointer<DeferredDeliverer> self(this);
    Made made = co_await m_make(this);
    if (!self)
        co_return;
    if (made)
        m_deliverer = std::move(*made);
    m_making.answer(made ? QString() : made.error());
}

} // namespace hearken
