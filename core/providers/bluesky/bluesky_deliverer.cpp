// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/bluesky_deliverer.h"

#include "providers/bluesky/at_uri.h"
#include "providers/bluesky/bluesky_mapping.h"
#include "providers/bluesky/record_key.h"
#include "providers/bluesky/rich_text.h"

#include <QDateTime>
#include <QJsonArray>
#include <QPointer>
#include <QUrlQuery>

namespace hearken::bluesky {

namespace {

QString isoTime(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject strongRef(const QString& uri, const QString& cid)
{
    return {{QStringLiteral("uri"), uri}, {QStringLiteral("cid"), cid}};
}

// The record an entry creates: a reply to `target` (with its thread's root, and facets for
// its mentions, links and tags) or a like of it.
QJsonObject recordFor(const OutboxEntry& entry, const QString& collection,
                      const QJsonObject& target, const QHash<QString, QString>& didByHandle,
                      qint64 now)
{
    const QString targetUri = target.value(QLatin1String("uri")).toString();
    const QString targetCid = target.value(QLatin1String("cid")).toString();
    QJsonObject record{{QStringLiteral("$type"), collection},
                       {QStringLiteral("createdAt"), isoTime(now)}};
    if (entry.kind != OutboxKind::Reply) {
        record.insert(QStringLiteral("subject"), strongRef(targetUri, targetCid));
        return record;
    }
    const QJsonObject targetReply =
        target.value(QLatin1String("record")).toObject().value(QLatin1String("reply")).toObject();
    const QJsonObject parent = strongRef(targetUri, targetCid);
    const QJsonObject root = targetReply.value(QLatin1String("root")).toObject().isEmpty()
                                 ? parent
                                 : targetReply.value(QLatin1String("root")).toObject();
    record.insert(QStringLiteral("text"), entry.text);
    record.insert(QStringLiteral("reply"),
                  QJsonObject{{QStringLiteral("root"), root}, {QStringLiteral("parent"), parent}});
    const QJsonArray facets = detectFacets(entry.text, didByHandle);
    if (!facets.isEmpty())
        record.insert(QStringLiteral("facets"), facets);
    return record;
}

tl::unexpected<DeliveryFailure> rejected(const QString& why)
{
    return tl::unexpected(DeliveryFailure{DeliveryFailure::Kind::Rejected, why, std::nullopt});
}

} // namespace

DeliveryFailure deliveryFailure(const XrpcError& error)
{
    switch (error.kind) {
    case XrpcError::Kind::RateLimited:
        return {DeliveryFailure::Kind::RateLimited,
                QStringLiteral("Bluesky asked us to slow down."), error.retryAt};
    case XrpcError::Kind::SignInNeeded:
        return {DeliveryFailure::Kind::SignInNeeded,
                QStringLiteral("The Bluesky sign-in expired or was revoked: sign in again."),
                std::nullopt};
    case XrpcError::Kind::Rejected:
        return {DeliveryFailure::Kind::Rejected,
                QStringLiteral("Bluesky refused it: %1").arg(error.message), std::nullopt};
    case XrpcError::Kind::Unreachable:
    case XrpcError::Kind::Malformed:
        break;
    }
    return {DeliveryFailure::Kind::Temporary,
            QStringLiteral("Bluesky could not be reached: %1").arg(error.message), std::nullopt};
}

Deliverer::Deliverer(AtprotoSession& session, std::function<qint64()> clock, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_clock(std::move(clock))
{}

Deliverer::Deliverer(std::unique_ptr<AtprotoSession> session, std::function<qint64()> clock,
                     QObject* parent)
    : QObject(parent)
    , m_ownSession(std::move(session))
    , m_session(*m_ownSession)
    , m_clock(std::move(clock))
{}

void Deliverer::deliver(const OutboxEntry& entry, Done done)
{
    // Once this deliverer is gone its answers go to nobody.
    QCoro::connect(send(entry), this, std::move(done));
}

// After every co_await the delivery goes on only while this deliverer lives.
QCoro::Task<DeliveryOutcome> Deliverer::send(OutboxEntry entry)
{
    const QPointer<Deliverer> self(this);
    const auto cancelled = [] { return tl::unexpected(deliveryFailure(XrpcError::cancelled())); };
    const QString collection = entry.kind == OutboxKind::Reply
                                   ? QStringLiteral("app.bsky.feed.post")
                                   : QStringLiteral("app.bsky.feed.like");
    const QString rkey = recordKeyFor(entry.idempotencyKey, entry.createdAt);
    if (!AtUri::parse(entry.targetRemoteId))
        co_return rejected(QStringLiteral("%1 is not a Bluesky post.").arg(entry.targetRemoteId));

    // The target's CID and thread root come from the AppView.
    // Brace lists stay out of co_await expressions: GCC 12 cannot keep them across one.
    const QUrlQuery targetQuery{{QStringLiteral("uris"), entry.targetRemoteId}};
    const XrpcResult found =
        co_await m_session.query(QStringLiteral("app.bsky.feed.getPosts"), targetQuery);
    if (!self)
        co_return cancelled();
    if (!found)
        co_return tl::unexpected(deliveryFailure(found.error()));
    const QJsonArray posts = found->value(QLatin1String("posts")).toArray();
    if (posts.isEmpty())
        co_return rejected(QStringLiteral("The post was deleted."));
    const QJsonObject target = posts.first().toObject();

    QHash<QString, QString> didByHandle;
    if (entry.kind == OutboxKind::Reply) {
        for (const QString& handle : mentionedHandles(entry.text)) {
            const QUrlQuery handleQuery{{QStringLiteral("handle"), handle}};
            const XrpcResult resolved = co_await m_session.query(
                QStringLiteral("com.atproto.identity.resolveHandle"), handleQuery);
            if (!self)
                co_return cancelled();
            // A handle that does not resolve stays plain text.
            if (resolved)
                didByHandle.insert(handle, resolved->value(QLatin1String("did")).toString());
        }
    }

    const QJsonObject input{
        {QStringLiteral("repo"), m_session.grant().did},
        {QStringLiteral("collection"), collection},
        {QStringLiteral("rkey"), rkey},
        {QStringLiteral("record"), recordFor(entry, collection, target, didByHandle, m_clock())}};
    const XrpcResult created =
        co_await m_session.procedure(QStringLiteral("com.atproto.repo.createRecord"), input);
    if (!self)
        co_return cancelled();
    if (created)
        co_return receipt(entry, created->value(QLatin1String("uri")).toString());
    const XrpcError& createError = created.error();
    if (createError.kind == XrpcError::Kind::RateLimited ||
        createError.kind == XrpcError::Kind::SignInNeeded)
        co_return tl::unexpected(deliveryFailure(createError));

    // The create may have happened before (its answer lost), or just now with the answer lost.
    const QUrlQuery recordQuery{{QStringLiteral("repo"), m_session.grant().did},
                                {QStringLiteral("collection"), collection},
                                {QStringLiteral("rkey"), rkey}};
    const XrpcResult existing =
        co_await m_session.query(QStringLiteral("com.atproto.repo.getRecord"), recordQuery);
    if (!self)
        co_return cancelled();
    if (existing && !existing->value(QLatin1String("uri")).toString().isEmpty())
        co_return receipt(entry, existing->value(QLatin1String("uri")).toString());
    co_return tl::unexpected(deliveryFailure(createError));
}

DeliveryReceipt Deliverer::receipt(const OutboxEntry& entry, const QString& uri) const
{
    DeliveryReceipt receipt;
    receipt.remoteId = uri;
    if (entry.kind == OutboxKind::Reply)
        receipt.url = bluesky::webUrl(m_session.grant().handle, uri);
    receipt.at = m_clock();
    return receipt;
}

} // namespace hearken::bluesky
