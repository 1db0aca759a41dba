// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/xrpc_transport.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace hearken {

QJsonObject HttpResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

XrpcError XrpcError::fromResponse(const HttpResponse& response)
{
    XrpcError error;
    error.status = response.status;
    const QJsonObject json = response.json();
    error.name = json.value(QLatin1String("error")).toString();
    error.message = json.value(QLatin1String("message")).toString();
    if (error.message.isEmpty())
        error.message = json.value(QLatin1String("error_description")).toString();
    if (response.status == 0) {
        error.kind = Kind::Unreachable;
        error.message = response.transportError;
    } else if (response.status == 429) {
        error.kind = Kind::RateLimited;
        // ratelimit-reset is the epoch second the window reopens; Retry-After a delay.
        const QByteArray reset = response.header("ratelimit-reset");
        const QByteArray retryAfter = response.header("retry-after");
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (!reset.isEmpty() && reset.toLongLong() > 0)
            error.retryAt = reset.toLongLong();
        else if (!retryAfter.isEmpty())
            error.retryAt = now + retryAfter.toLongLong();
        else
            error.retryAt = now + 60;
    } else if (response.status >= 500) {
        error.kind = Kind::Unreachable;
    } else if (response.status == 401 || error.name == QLatin1String("ExpiredToken") ||
               error.name == QLatin1String("InvalidToken") ||
               error.name == QLatin1String("invalid_grant") ||
               error.name == QLatin1String("invalid_token")) {
        error.kind = Kind::SignInNeeded;
    } else if (response.status >= 400) {
        error.kind = Kind::Rejected;
    } else {
        error.kind = Kind::Malformed;
    }
    if (error.message.isEmpty())
        error.message = QStringLiteral("HTTP %1").arg(response.status);
    return error;
}

XrpcTransport::XrpcTransport(QNetworkAccessManager& network, int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_timeoutMs(timeoutMs)
{}

void XrpcTransport::send(const HttpRequest& request, Done done)
{
    QNetworkRequest networkRequest(request.url);
    networkRequest.setTransferTimeout(m_timeoutMs);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    for (const auto& [name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    QNetworkReply* reply =
        request.body.isEmpty() && request.method == "GET"
            ? m_network.get(networkRequest)
            : m_network.sendCustomRequest(networkRequest, request.method, request.body);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (response.status == 0)
            response.transportError = reply->errorString();
        for (const auto& [name, value] : reply->rawHeaderPairs())
            response.headers.insert(name.toLower(), value);
        response.body = reply->readAll();
        done(response);
    });
}

} // namespace hearken
