// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/http_client.h"

#include <QUrl>
#include <QUrlQuery>

#include <utility>

namespace hearken::mastodon {

// The scopes Hearken asks for: the narrowest granular ones that cover reading mentions,
// threads, our own posts and favourites, replying and favouriting.
QString grantedScopes(bool serverHasProfileScope);

// Mastodon's REST API for one signed-in account: bearer token and paths under its server.
class Client {
public:
    using Done = net::HttpClient::Done;
    using Form = QList<std::pair<QString, QString>>;

    Client(net::HttpClient& http, QUrl server, QString accessToken);

    const QUrl& server() const { return m_server; }
    QUrl url(const QString& path, const QUrlQuery& query = {}) const;
    // The Authorization header value, for channels the HTTP client does not carry (streaming).
    QByteArray authorization() const { return "Bearer " + m_token.toUtf8(); }

    net::HttpCallHandle get(const QString& path, const QUrlQuery& query, QObject* context,
                            Done done);
    // The same for a coroutine (net::HttpClient::send's rules for `context`).
    QCoro::Task<net::HttpResult> get(const QString& path, const QUrlQuery& query, QObject* context);
    // A write; the idempotency key makes the server keep one copy however often it is sent.
    QCoro::Task<net::HttpResult> post(const QString& path, const Form& form,
                                      const QString& idempotencyKey, QObject* context);

private:
    net::HttpRequest authorized(net::HttpRequest request) const;

    net::HttpClient& m_http;
    QUrl m_server;
    QString m_token;
};

} // namespace hearken::mastodon
