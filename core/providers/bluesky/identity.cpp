// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/identity.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QUrlQuery>

namespace hearken {

namespace {

XrpcError malformed(const QString& message)
{
    return XrpcError{XrpcError::Kind::Malformed, 0, {}, message, {}};
}

XrpcError refused(const QUrl& url)
{
    return XrpcError{XrpcError::Kind::Rejected,
                     0,
                     {},
                     QStringLiteral("%1 does not use https; only loopback servers may use "
                                    "plain http.")
                         .arg(url.toDisplayString()),
                     {}};
}

// The #atproto_pds service of a DID document.
tl::expected<QUrl, XrpcError> pdsOf(const QJsonObject& document, const QString& did)
{
    if (document.value(QLatin1String("id")).toString() != did)
        return tl::unexpected(malformed(QStringLiteral("The DID document is not %1's.").arg(did)));
    for (const QJsonValue& value : document.value(QLatin1String("service")).toArray()) {
        const QJsonObject service = value.toObject();
        if (service.value(QLatin1String("id")).toString().endsWith(QLatin1String("#atproto_pds")) &&
            service.value(QLatin1String("type")).toString() ==
                QLatin1String("AtprotoPersonalDataServer")) {
            const QUrl url(service.value(QLatin1String("serviceEndpoint")).toString());
            if (!url.isValid() || url.host().isEmpty())
                break;
            if (!isAllowedServer(url))
                return tl::unexpected(refused(url));
            return url;
        }
    }
    return tl::unexpected(malformed(QStringLiteral("%1 names no PDS.").arg(did)));
}

} // namespace

bool isAllowedServer(const QUrl& url)
{
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    if (url.host() == QLatin1String("localhost"))
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

void resolveHandle(XrpcTransport& transport, const QUrl& service, const QString& handle,
                   std::function<void(const tl::expected<QString, XrpcError>&)> done)
{
    if (!isAllowedServer(service)) {
        done(tl::unexpected(refused(service)));
        return;
    }
    QUrl url = service.resolved(QUrl(QStringLiteral("/xrpc/com.atproto.identity.resolveHandle")));
    url.setQuery(QUrlQuery{{QStringLiteral("handle"), handle}});
    transport.send({"GET", url, {}, {}}, [done = std::move(done)](const HttpResponse& response) {
        if (response.status != 200) {
            done(tl::unexpected(XrpcError::fromResponse(response)));
            return;
        }
        const QString did = response.json().value(QLatin1String("did")).toString();
        if (!did.startsWith(QLatin1String("did:")))
            done(tl::unexpected(malformed(QStringLiteral("The handle resolved to no DID."))));
        else
            done(did);
    });
}

void resolvePds(XrpcTransport& transport, const QUrl& plc, const QString& did,
                std::function<void(const tl::expected<QUrl, XrpcError>&)> done)
{
    QUrl url;
    if (did.startsWith(QLatin1String("did:plc:"))) {
        url = plc.resolved(QUrl(QLatin1Char('/') + did));
    } else if (did.startsWith(QLatin1String("did:web:"))) {
        const QString host = QUrl::fromPercentEncoding(did.mid(8).toLatin1());
        url = QUrl(QStringLiteral("https://%1/.well-known/did.json").arg(host));
    } else {
        done(tl::unexpected(malformed(QStringLiteral("%1 is not a DID Bluesky uses.").arg(did))));
        return;
    }
    if (!isAllowedServer(url)) {
        done(tl::unexpected(refused(url)));
        return;
    }
    transport.send({"GET", url, {}, {}},
                   [did, done = std::move(done)](const HttpResponse& response) {
                       if (response.status != 200)
                           done(tl::unexpected(XrpcError::fromResponse(response)));
                       else
                           done(pdsOf(response.json(), did));
                   });
}

} // namespace hearken
