// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <utility>

namespace hearken::testing {

// A request as the scripted server received it; header names in lower case.
struct ScriptedRequest {
    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
};

// What the scripted server does with one request.
struct ScriptedReply {
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;
    // Close the connection without answering.
    bool drop = false;
    // Announce the full length, send half the body, then close.
    bool truncate = false;
    // Send no Content-Length and end the body by closing the connection.
    bool noLength = false;
};

// A real HTTP/1.1 server on 127.0.0.1 whose answers a test scripts request by request: for
// the HTTP client's retry, timeout, size and rate-limit paths. One request per connection.
class ScriptedHttpServer {
public:
    using Handler = std::function<ScriptedReply(const ScriptedRequest&)>;

    explicit ScriptedHttpServer(Handler handler)
        : m_handler(std::move(handler))
        , m_server(std::make_unique<QTcpServer>())
    {
        m_server->listen(QHostAddress::LocalHost, 0);
        QObject::connect(m_server.get(), &QTcpServer::newConnection, m_server.get(), [this] {
            while (QTcpSocket* socket = m_server->nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [this, socket] { read(socket); });
            }
        });
    }

    QUrl url(const QString& path = QStringLiteral("/")) const
    {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_server->serverPort());
        url.setPath(path);
        return url;
    }
    const QList<ScriptedRequest>& requests() const { return m_requests; }

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        ScriptedRequest request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() - end - 4 < length)
            return;
        request.body = buffer.mid(end + 4, length);
        m_buffers.remove(socket);
        m_requests.append(request);
        const ScriptedReply reply = m_handler(request);
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(reply.delayMs, m_server.get(), [guarded, reply] {
            if (guarded)
                answer(guarded, reply);
        });
    }

    static void answer(QTcpSocket* socket, const ScriptedReply& reply)
    {
        if (reply.drop) {
            socket->abort();
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n";
        for (const auto& [name, value] : reply.headers)
            head += name + ": " + value + "\r\n";
        if (!reply.noLength)
            head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
        head += "Connection: close\r\n\r\n";
        socket->write(head);
        socket->write(reply.truncate ? reply.body.left(reply.body.size() / 2) : reply.body);
        socket->flush();
        if (reply.truncate)
            socket->abort();
        else
            socket->disconnectFromHost();
    }

    Handler m_handler;
    std::unique_ptr<QTcpServer> m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<ScriptedRequest> m_requests;
};

} // namespace hearken::testing
