// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/mastodon/mastodon_client.h"

#include <QCoreApplication>
#include <QTimer>

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

net::HttpCallHandle Client::follow(const QUrl& link, QObject* context, Done done)
{
    if (link.scheme() != m_server.scheme() || link.host() != m_server.host() ||
        link.port() != m_server.port()) {
        // The token must never go to another server, whatever a Link header says.
        QObject* receiver = context ? context : static_cast<QObject*>(&m_http);
        QTimer::singleShot(0, receiver, [done = std::move(done), link] {
            done(net::httpError(
                net::HttpError::Kind::Malformed,
                QCoreApplication::translate(
                    "hearken::mastodon", "The server pointed to another server (%1) for more data.")
                    .arg(link.host())));
        });
        return {};
    }
    return m_http.send(authorized(net::HttpRequest::get(link)), context, std::move(done));
}

net::HttpCallHandle Client::post(const QString& path, const Form& form,
                                 const QString& idempotencyKey, QObject* context, Done done)
{
    QUrlQuery body;
    for (const auto& [name, value] : form)
        body.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(name)),
                          QString::fromLatin1(QUrl::toPercentEncoding(value)));
    net::HttpRequest request =
        net::HttpRequest::postForm(url(path), body.query(QUrl::FullyEncoded).toUtf8());
    if (!idempotencyKey.isEmpty())
        request.setHeader(QByteArrayLiteral("Idempotency-Key"), idempotencyKey.toUtf8());
    return m_http.send(authorized(std::move(request)), context, std::move(done));
}

} // namespace hearken::mastodon
