// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/mastodon/mastodon_client.h"

namespace hearken::mastodon {

QString grantedScopes(bool serverHasProfileScope)
{
    return QStringLiteral("read:notifications read:statuses read:favourites write:statuses "
                          "write:favourites ") +
           (serverHasProfileScope ? QStringLiteral("profile") : QStringLiteral("read:accounts"));
}

Client::Client(net::HttpClient& http, QUrl server, QString accessToken)
    : m_http(http)
    , m_server(std::move(server))
    , m_token(std::move(accessToken))
{}

QUrl Client::url(const QString& path, const QUrlQuery& query) const
{
    QUrl url = m_server;
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

net::HttpRequest Client::authorized(net::HttpRequest request) const
{
    request.setHeader(QByteArrayLiteral("Authorization"), authorization());
    request.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    return request;
}

net::HttpCallHandle Client::get(const QString& path, const QUrlQuery& query, QObject* context,
                                Done done)
{
    return m_http.send(authorized(net::HttpRequest::get(url(path, query))), context,
                       std::move(done));
}

QCoro::Task<net::HttpResult> Client::get(const QString& path, const QUrlQuery& query,
                                         QObject* context)
{
    return m_http.send(authorized(net::HttpRequest::get(url(path, query))), context);
}

QCoro::Task<net::HttpResult> Client::post(const QString& path, const Form& form,
                                          const QString& idempotencyKey, QObject* context)
{
    QUrlQuery body;
    for (const auto& [name, value] : form)
        body.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(name)),
                          QString::fromLatin1(QUrl::toPercentEncoding(value)));
    net::HttpRequest request =
        net::HttpRequest::postForm(url(path), body.query(QUrl::FullyEncoded).toUtf8());
    if (!idempotencyKey.isEmpty())
        request.setHeader(QByteArrayLiteral("Idempotency-Key"), idempotencyKey.toUtf8());
    return m_http.send(authorized(std::move(request)), context);
}

} // namespace hearken::mastodon
