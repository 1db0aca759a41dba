// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/identity.h"

#include "net/url_policy.h"
#include "providers/bluesky/atproto_session.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

namespace hearken::bluesky {

namespace {

XrpcError malformed(const QString& message)
{
    return XrpcError::malformed(message);
}

// Plain http only to loopback (tests, development): the HTTP client's rule, checked before a
// server is trusted with anything.
std::optional<XrpcError> refusal(const QUrl& url)
{
    if (const auto why = net::refusalOf(url))
        return XrpcError{XrpcError::Kind::Rejected, 0, {}, *why, {}};
    return std::nullopt;
}

} // namespace

std::optional<QString> handleSyntaxProblem(const QString& text)
{
    static const QRegularExpression boringAscii(QStringLiteral("^[a-zA-Z0-9.-]*$"));
    if (text.contains(u'@'))
        return QStringLiteral("it looks like an email address; sign in with the handle instead");
    if (text.startsWith(QLatin1String("did:")))
        return QStringLiteral("it is a DID; sign in with the account's handle instead");
    if (!boringAscii.match(text).hasMatch())
        return QStringLiteral("a handle has only letters a-z, digits, hyphens and dots");
    if (text.size() > 253)
        return QStringLiteral("it is longer than 253 characters");
    const QStringList labels = text.split(u'.');
    if (labels.size() < 2)
        return QStringLiteral("it has no domain (such as .bsky.social)");
    for (const QString& label : labels) {
        if (label.isEmpty())
            return QStringLiteral("it has an empty part between dots");
        if (label.size() > 63)
            return QStringLiteral("a part between dots is longer than 63 characters");
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return QStringLiteral("a part between dots starts or ends with a hyphen");
    }
    if (!labels.last().front().isLetter())
        return QStringLiteral("its last part must start with a letter");
    return std::nullopt;
}

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
            if (const auto refused = refusal(url))
                return tl::unexpected(*refused);
            return url;
        }
    }
    return tl::unexpected(malformed(QStringLiteral("%1 names no PDS.").arg(did)));
}

QCoro::Task<tl::expected<QString, XrpcError>> resolveHandle(net::HttpClient& http, QUrl service,
                                                            QString handle)
{
    if (const auto refused = refusal(service))
        co_return tl::unexpected(*refused);
    QUrl url = service.resolved(QUrl(QStringLiteral("/xrpc/com.atproto.identity.resolveHandle")));
    url.setQuery(QUrlQuery{{QStringLiteral("handle"), handle}});
    const XrpcResult json = jsonResult(co_await http.send(net::HttpRequest::get(url), &http));
    if (!json)
        co_return tl::unexpected(json.error());
    const QString did = json->value(QLatin1String("did")).toString();
    if (!did.startsWith(QLatin1String("did:")))
        co_return tl::unexpected(malformed(QStringLiteral("The handle resolved to no DID.")));
    co_return did;
}

QCoro::Task<tl::expected<QUrl, XrpcError>> resolvePds(net::HttpClient& http, QUrl plc, QString did)
{
    QUrl url;
    if (did.startsWith(QLatin1String("did:plc:"))) {
        url = plc.resolved(QUrl(QLatin1Char('/') + did));
    } else if (did.startsWith(QLatin1String("did:web:"))) {
        const QString host = QUrl::fromPercentEncoding(did.mid(8).toLatin1());
        url = QUrl(QStringLiteral("https://%1/.well-known/did.json").arg(host));
    } else {
        co_return tl::unexpected(
            malformed(QStringLiteral("%1 is not a DID Bluesky uses.").arg(did)));
    }
    if (const auto refused = refusal(url))
        co_return tl::unexpected(*refused);
    const XrpcResult json = jsonResult(co_await http.send(net::HttpRequest::get(url), &http));
    if (!json)
        co_return tl::unexpected(json.error());
    co_return pdsOf(*json, did);
}

} // namespace hearken::bluesky
