// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/mastodon/mastodon_stream.h"

#include "net/json_body.h"
#include "net/url_policy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QWebSocket>

namespace hearken::mastodon {

namespace {

constexpr int maxMessageBytes = 1024 * 1024;

} // namespace

std::optional<QUrl> streamingUrl(const QJsonObject& instance, const QUrl& server)
{
    QUrl base(instance.value(QLatin1String("configuration"))
                  .toObject()
                  .value(QLatin1String("urls"))
                  .toObject()
                  .value(QLatin1String("streaming"))
                  .toString());
    if (!base.isValid() || base.host().isEmpty()) {
        base = server;
        base.setScheme(base.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    }
    // wss, or ws to this machine only: the same rule as for http.
    QUrl asHttp = base;
    asHttp.setScheme(base.scheme() == u"wss" ? QStringLiteral("https") : QStringLiteral("http"));
    if (net::refusalOf(asHttp) || (base.scheme() != u"wss" && base.scheme() != u"ws"))
        return std::nullopt;
    return base;
}

bool changesInbox(const QString& frame)
{
    const QJsonObject event = QJsonDocument::fromJson(frame.toUtf8()).object();
    const QString name = event.value(QLatin1String("event")).toString();
    return name == u"notification" || name == u"update" || name == u"status.update" ||
           name == u"delete";
}

Stream::Stream(net::HttpClient& http, const Client& client, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_client(client)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &Stream::locate);
    m_ping.setInterval(30'000);
    connect(&m_ping, &QTimer::timeout, this, [this] {
        if (m_socket)
            m_socket->ping();
    });
}

Stream::~Stream()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void Stream::start()
{
    locate();
}

void Stream::locate()
{
    if (!m_streaming.isEmpty()) {
        connectTo(m_streaming);
        return;
    }
    // The instance says where its streaming server lives; it may be another host.
    m_http.send(net::HttpRequest::get(m_client.url(QStringLiteral("/api/v2/instance"))), this,
                [this](const net::HttpResult& result) {
                    auto json = result ? net::jsonObject(*result) : tl::unexpected(result.error());
                    const auto base = streamingUrl(json ? *json : QJsonObject(), m_client.server());
                    if (!base) {
                        retryLater();
                        return;
                    }
                    m_streaming = *base;
                    connectTo(*base);
                });
}

void Stream::connectTo(const QUrl& streamingBase)
{
    QUrl url = streamingBase;
    url.setPath(QStringLiteral("/api/v1/streaming"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("stream"), QStringLiteral("user:notification"));
    url.setQuery(query);
    QNetworkRequest request(url);
    // The client's own requests carry the token; the stream gets the same bearer header.
    const QByteArray authorization = m_client.authorization();
    request.setRawHeader("Authorization", authorization);
    m_socket = std::make_unique<QWebSocket>();
    m_socket->setMaxAllowedIncomingMessageSize(maxMessageBytes);
    connect(m_socket.get(), &QWebSocket::connected, this, [this] {
        m_failures = 0;
        m_ping.start();
        setLive(true);
        // Whatever happened while the stream was down is fetched now.
        Q_EMIT changed();
    });
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] {
        m_ping.stop();
        setLive(false);
        retryLater();
    });
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &Stream::onMessage);
    m_socket->open(request);
}

void Stream::onMessage(const QString& message)
{
    if (changesInbox(message))
        Q_EMIT changed();
}

void Stream::setLive(bool live)
{
    if (live == m_live)
        return;
    m_live = live;
    Q_EMIT liveChanged(live);
}

void Stream::retryLater()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket.release()->deleteLater();
    }
    ++m_failures;
    const int seconds = std::min(300, 5 << std::min(m_failures - 1, 6));
    m_retry.start(seconds * 1000);
}

} // namespace hearken::mastodon
