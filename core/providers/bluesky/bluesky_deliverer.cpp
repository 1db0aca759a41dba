// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/bluesky_deliverer.h"

#include "providers/bluesky/at_uri.h"
#include "providers/bluesky/bluesky_mapping.h"
#include "providers/bluesky/record_key.h"
#include "providers/bluesky/rich_text.h"

#include <QDateTime>
#include <QJsonArray>
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

} // namespace

struct Deliverer::Delivery {
    OutboxEntry entry;
    Done done;
    QString collection;
    QString rkey;
    QJsonObject target; // the target's post view
    QHash<QString, QString> didByHandle;
};

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
    auto delivery = std::make_shared<Delivery>();
    delivery->entry = entry;
    delivery->done = std::move(done);
    delivery->collection = entry.kind == OutboxKind::Reply ? QStringLiteral("app.bsky.feed.post")
                                                           : QStringLiteral("app.bsky.feed.like");
    delivery->rkey = recordKeyFor(entry.idempotencyKey, entry.createdAt);
    if (!AtUri::parse(entry.targetRemoteId)) {
        delivery->done(tl::unexpected(DeliveryFailure{
            DeliveryFailure::Kind::Rejected,
            QStringLiteral("%1 is not a Bluesky post.").arg(entry.targetRemoteId), std::nullopt}));
        return;
    }
    // The target's CID and thread root come from the AppView.
    m_session.query(QStringLiteral("app.bsky.feed.getPosts"),
                    QUrlQuery{{QStringLiteral("uris"), entry.targetRemoteId}},
                    [this, delivery](const XrpcResult& result) {
                        if (!result) {
                            delivery->done(tl::unexpected(deliveryFailure(result.error())));
                            return;
                        }
                        const QJsonArray posts = result->value(QLatin1String("posts")).toArray();
                        if (posts.isEmpty()) {
                            delivery->done(tl::unexpected(DeliveryFailure{
                                DeliveryFailure::Kind::Rejected,
                                QStringLiteral("The post was deleted."), std::nullopt}));
                            return;
                        }
                        delivery->target = posts.first().toObject();
                        if (delivery->entry.kind == OutboxKind::Reply)
                            resolveMentions(delivery, mentionedHandles(delivery->entry.text));
                        else
                            create(delivery);
                    });
}

void Deliverer::resolveMentions(std::shared_ptr<Delivery> delivery, QStringList handles)
{
    if (handles.isEmpty()) {
        create(delivery);
        return;
    }
    const QString handle = handles.takeFirst();
    m_session.query(QStringLiteral("com.atproto.identity.resolveHandle"),
                    QUrlQuery{{QStringLiteral("handle"), handle}},
                    [this, delivery, handle, handles](const XrpcResult& result) {
                        // A handle that does not resolve stays plain text.
                        if (result)
                            delivery->didByHandle.insert(
                                handle, result->value(QLatin1String("did")).toString());
                        resolveMentions(delivery, handles);
                    });
}

void Deliverer::create(std::shared_ptr<Delivery> delivery)
{
    const OutboxEntry& entry = delivery->entry;
    const QString targetUri = delivery->target.value(QLatin1String("uri")).toString();
    const QString targetCid = delivery->target.value(QLatin1String("cid")).toString();
    QJsonObject record{{QStringLiteral("$type"), delivery->collection},
                       {QStringLiteral("createdAt"), isoTime(m_clock())}};
    if (entry.kind == OutboxKind::Reply) {
        const QJsonObject targetReply = delivery->target.value(QLatin1String("record"))
                                            .toObject()
                                            .value(QLatin1String("reply"))
                                            .toObject();
        const QJsonObject parent = strongRef(targetUri, targetCid);
        const QJsonObject root = targetReply.value(QLatin1String("root")).toObject().isEmpty()
                                     ? parent
                                     : targetReply.value(QLatin1String("root")).toObject();
        record.insert(QStringLiteral("text"), entry.text);
        record.insert(QStringLiteral("reply"), QJsonObject{{QStringLiteral("root"), root},
                                                           {QStringLiteral("parent"), parent}});
        const QJsonArray facets = detectFacets(entry.text, delivery->didByHandle);
        if (!facets.isEmpty())
            record.insert(QStringLiteral("facets"), facets);
    } else {
        record.insert(QStringLiteral("subject"), strongRef(targetUri, targetCid));
    }
    const QJsonObject input{{QStringLiteral("repo"), m_session.grant().did},
                            {QStringLiteral("collection"), delivery->collection},
                            {QStringLiteral("rkey"), delivery->rkey},
                            {QStringLiteral("record"), record}};
    m_session.procedure(QStringLiteral("com.atproto.repo.createRecord"), input,
                        [this, delivery](const XrpcResult& result) {
                            if (result)
                                succeed(delivery, result->value(QLatin1String("uri")).toString());
                            else
                                confirmExisting(delivery, result.error());
                        });
}

void Deliverer::confirmExisting(std::shared_ptr<Delivery> delivery, const XrpcError& createError)
{
    if (createError.kind == XrpcError::Kind::RateLimited ||
        createError.kind == XrpcError::Kind::SignInNeeded) {
        delivery->done(tl::unexpected(deliveryFailure(createError)));
        return;
    }
    // The create may have happened before (its answer lost), or just now with the answer lost.
    const QUrlQuery query{{QStringLiteral("repo"), m_session.grant().did},
                          {QStringLiteral("collection"), delivery->collection},
                          {QStringLiteral("rkey"), delivery->rkey}};
    m_session.query(QStringLiteral("com.atproto.repo.getRecord"), query,
                    [this, delivery, createError](const XrpcResult& result) {
                        if (result && !result->value(QLatin1String("uri")).toString().isEmpty())
                            succeed(delivery, result->value(QLatin1String("uri")).toString());
                        else
                            delivery->done(tl::unexpected(deliveryFailure(createError)));
                    });
}

void Deliverer::succeed(std::shared_ptr<Delivery> delivery, const QString& uri)
{
    DeliveryReceipt receipt;
    receipt.remoteId = uri;
    if (delivery->entry.kind == OutboxKind::Reply)
        receipt.url = bluesky::webUrl(m_session.grant().handle, uri);
    receipt.at = m_clock();
    delivery->done(receipt);
}

} // namespace hearken::bluesky
