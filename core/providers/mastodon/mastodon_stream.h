// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/http_client.h"
#include "providers/mastodon/mastodon_client.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QWebSocket;

namespace hearken::mastodon {

// Where the streaming API of `server` lives, from its /api/v2/instance answer (it may be
// another host): wss, or ws to this machine only; nothing when the instance names a place
// Hearken will not connect to.
std::optional<QUrl> streamingUrl(const QJsonObject& instance, const QUrl& server);

// Whether a frame of the streaming API says the inbox changed: a notification, a new or
// edited status, a deletion. Other events and unreadable frames do not.
bool changesInbox(const QString& frame);

// The server's streaming API (/api/v1/streaming, stream=user:notification) over a WebSocket:
// says when a notification, an edit or a deletion arrived. Reconnects with growing pauses;
// while it is down the schedule's polling carries on alone.
class Stream : public QObject {
    Q_OBJECT
public:
    Stream(net::HttpClient& http, const Client& client, QObject* parent = nullptr);
    ~Stream() override;

    void start();
    bool isLive() const { return m_live; }

Q_SIGNALS:
    void changed();
    void liveChanged(bool live);

private:
    void locate();
    void connectTo(const QUrl& streamingBase);
    void onMessage(const QString& message);
    void setLive(bool live);
    void retryLater();

    net::HttpClient& m_http;
    const Client& m_client;
    std::unique_ptr<QWebSocket> m_socket;
    QTimer m_retry;
    QTimer m_ping;
    QUrl m_streaming;
    int m_failures = 0;
    bool m_live = false;
};

} // namespace hearken::mastodon
