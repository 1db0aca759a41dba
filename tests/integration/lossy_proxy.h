// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace hearken::testing {

// A TCP proxy in front of a server that, once armed, lets one request matching a marker
// through to the server and then drops the connection instead of passing the answer back:
// the server did the work, the client never hears of it.
class LossyProxy : public QObject {
public:
    explicit LossyProxy(const QUrl& upstream)
        : m_upstream(upstream)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    void loseAnswerTo(const QByteArray& marker) { m_marker = marker; }
    int lostAnswers() const { return m_lost; }

private:
    void accept()
    {
        while (QTcpSocket* client = m_server.nextPendingConnection()) {
            auto* upstream = new QTcpSocket(client);
            auto dropping = std::make_shared<bool>(false);
            upstream->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
            QObject::connect(client, &QTcpSocket::readyRead, upstream,
                             [this, client, upstream, dropping] {
                                 const QByteArray data = client->readAll();
                                 if (!m_marker.isEmpty() && data.contains(m_marker)) {
                                     m_marker.clear();
                                     *dropping = true;
                                 }
                                 upstream->write(data);
                             });
            QObject::connect(upstream, &QTcpSocket::readyRead, client,
                             [this, client, upstream, dropping] {
                                 const QByteArray data = upstream->readAll();
                                 if (*dropping) {
                                     ++m_lost;
                                     client->abort();
                                     client->deleteLater();
                                     return;
                                 }
                                 client->write(data);
                             });
            QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            QObject::connect(upstream, &QTcpSocket::disconnected, client,
                             [client] { client->disconnectFromHost(); });
        }
    }

    QUrl m_upstream;
    QTcpServer m_server;
    QByteArray m_marker;
    int m_lost = 0;
};

} // namespace hearken::testing
