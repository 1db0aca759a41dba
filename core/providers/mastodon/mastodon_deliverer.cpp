// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/mastodon/mastodon_deliverer.h"

#include "net/json_body.h"
#include "providers/mastodon/mastodon_json.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

namespace hearken::mastodon {

namespace {

// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hearken::mastodon)
};

void later(QObject* context, Deliverer::Done done, DeliveryOutcome outcome)
{
    QTimer::singleShot(0, context, [done = std::move(done), outcome] { done(outcome); });
}

DeliveryFailure rejected(QString message)
{
    return {DeliveryFailure::Kind::Rejected, std::move(message), std::nullopt};
}

} // namespace

DeliveryFailure deliveryFailure(const net::HttpError& error)
{
    using Kind = net::HttpError::Kind;
    DeliveryFailure failure;
    failure.message = error.message;
    switch (error.kind) {
    case Kind::Unreachable:
    case Kind::Timeout:
    case Kind::Cancelled:
    case Kind::Malformed:
        // A lost or cut answer: the write may have happened; the same key makes a retry safe.
        failure.kind = DeliveryFailure::Kind::Temporary;
        break;
    case Kind::RateLimited:
        failure.kind = DeliveryFailure::Kind::RateLimited;
        if (error.retryAtMs)
            failure.retryAt = *error.retryAtMs / 1000;
        break;
    case Kind::Unauthorized:
        failure.kind = DeliveryFailure::Kind::SignInNeeded;
        failure.message =
            Text::tr("The Mastodon sign-in expired or was revoked (%1). Sign in again.")
                .arg(error.message);
        break;
    case Kind::Http:
        if (error.status >= 500 || error.status == 408)
            failure.kind = DeliveryFailure::Kind::Temporary;
        else if (error.status == 403 && error.message.contains(u"scope"))
            failure.kind = DeliveryFailure::Kind::SignInNeeded;
        else
            failure.kind = DeliveryFailure::Kind::Rejected;
        break;
    case Kind::TooLarge:
    case Kind::Insecure:
        failure.kind = DeliveryFailure::Kind::Rejected;
        break;
    }
    return failure;
}

Deliverer::Deliverer(net::HttpClient& http, QUrl server, QString accessToken, QObject* parent)
    : QObject(parent)
    , m_client(http, std::move(server), std::move(accessToken))
{}

void Deliverer::deliver(const OutboxEntry& entry, Done done)
{
    const auto targetId = localId(entry.targetRemoteId, m_client.server());
    if (!targetId) {
        later(
            this, std::move(done),
            tl::unexpected(rejected(Text::tr("The post %1 is not on %2; it cannot be answered from "
                                             "this account.")
                                        .arg(entry.targetRemoteId, m_client.server().host()))));
        return;
    }
    if (entry.idempotencyKey.isEmpty()) {
        later(this, std::move(done),
              tl::unexpected(rejected(Text::tr("The entry has no idempotency key."))));
        return;
    }
    auto outcome =
        entry.kind == OutboxKind::Like ? favourite(entry, *targetId) : reply(entry, *targetId);
    // Every request names this deliverer as its context: once it is gone they end as
    // Cancelled, so the coroutines touch members only after answers that came while it lived.
    QCoro::connect(std::move(outcome), this, std::move(done));
}

QCoro::Task<DeliveryOutcome> Deliverer::reply(OutboxEntry entry, QString targetId)
{
    QString visibility = entry.visibility;
    if (visibility.isEmpty()) {
        // The reply keeps the audience of the post it answers.
        const net::HttpResult target =
            co_await m_client.get(QStringLiteral("/api/v1/statuses/") + targetId, {}, this);
        if (!target) {
            if (target.error().status == 404)
                co_return tl::unexpected(
                    rejected(Text::tr("The post being answered was deleted.")));
            co_return tl::unexpected(deliveryFailure(target.error()));
        }
        auto json = net::jsonObject(*target);
        visibility = json ? json->value(QLatin1String("visibility")).toString() : QString();
    }
    Client::Form form = {{QStringLiteral("status"), entry.text},
                         {QStringLiteral("in_reply_to_id"), targetId}};
    if (!visibility.isEmpty())
        form.append({QStringLiteral("visibility"), visibility});
    const net::HttpResult result = co_await m_client.post(QStringLiteral("/api/v1/statuses"), form,
                                                          entry.idempotencyKey, this);
    if (!result)
        co_return tl::unexpected(deliveryFailure(result.error()));
    auto json = net::jsonObject(*result);
    if (!json)
        co_return tl::unexpected(deliveryFailure(json.error()));
    const QString id = json->value(QLatin1String("id")).toString();
    if (id.isEmpty())
        co_return tl::unexpected(DeliveryFailure{
            DeliveryFailure::Kind::Temporary,
            Text::tr("The server answered the reply without an id."), std::nullopt});
    DeliveryReceipt receipt;
    receipt.remoteId = qualifiedId(id, m_client.server());
    receipt.url = json->value(QLatin1String("url")).toString();
    const QDateTime at = QDateTime::fromString(json->value(QLatin1String("created_at")).toString(),
                                               Qt::ISODateWithMs);
    receipt.at = at.isValid() ? at.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch();
    co_return receipt;
}

QCoro::Task<DeliveryOutcome> Deliverer::favourite(OutboxEntry entry, QString targetId)
{
    const net::HttpResult result =
        co_await m_client.post(QStringLiteral("/api/v1/statuses/%1/favourite").arg(targetId), {},
                               entry.idempotencyKey, this);
    if (!result) {
        if (result.error().status == 404)
            co_return tl::unexpected(rejected(Text::tr("The post being liked was deleted.")));
        co_return tl::unexpected(deliveryFailure(result.error()));
    }
    DeliveryReceipt receipt;
    receipt.remoteId = qualifiedId(targetId, m_client.server());
    receipt.url = m_client.url(QStringLiteral("/api/v1/statuses/") + targetId).toString();
    receipt.at = QDateTime::currentSecsSinceEpoch();
    co_return receipt;
}

} // namespace hearken::mastodon
