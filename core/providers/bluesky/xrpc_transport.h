// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace hearken {

struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

struct HttpResponse {
    // 0 when no HTTP answer arrived (refused, timed out, dropped).
    int status = 0;
    QString transportError;
    // Header names in lower case.
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;

    QJsonObject json() const;
    QByteArray header(const QByteArray& lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

// Why an AT Protocol call failed, in words a user can act on, and whether waiting helps.
struct XrpcError {
    enum class Kind {
        // No answer, or the server failed (5xx): try again later.
        Unreachable,
        // 429: wait until retryAt.
        RateLimited,
        // The session expired or was revoked: the account must sign in again.
        SignInNeeded,
        // The server refused the request itself (4xx): trying again will not help.
        Rejected,
        // The answer was not what the protocol promises.
        Malformed,
    };
    Kind kind = Kind::Unreachable;
    int status = 0;
    // The XRPC error name ("ExpiredToken", "RecordNotFound", "use_dpop_nonce" ...).
    QString name;
    QString message;
    std::optional<qint64> retryAt;

    static XrpcError fromResponse(const HttpResponse& response);
};

// Sends HTTP requests for the Bluesky provider: one attempt each, with a transfer timeout.
// TODO(net): delegate to core/net's client once it lands; this is the smallest piece the
// provider needs in the meantime.
class XrpcTransport : public QObject {
    Q_OBJECT
public:
    explicit XrpcTransport(QNetworkAccessManager& network, int timeoutMs = 30'000,
                           QObject* parent = nullptr);
    using Done = std::function<void(const HttpResponse&)>;
    void send(const HttpRequest& request, Done done);

private:
    QNetworkAccessManager& m_network;
    int m_timeoutMs;
};

} // namespace hearken
