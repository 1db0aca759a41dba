// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/counting_peer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace hearken::testing {

namespace {

void respond(QTcpSocket* socket, int status, const QByteArray& reason, const QByteArray& body)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: application/json\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

QByteArray header(const QByteArray& head, const QByteArray& name)
{
    for (const QByteArray& line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

CountingPeer::CountingPeer(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection())
            serve(socket);
    });
}

bool CountingPeer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void CountingPeer::serve(QTcpSocket* socket)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
        m_buffers.remove(socket);
        socket->deleteLater();
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const qsizetype length = header(buffer.left(end), "content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        const QByteArray request = buffer;
        buffer.clear();
        answer(socket, request);
    });
}

void CountingPeer::answer(QTcpSocket* socket, const QByteArray& request)
{
    const qsizetype end = request.indexOf("\r\n\r\n");
    const QByteArray head = request.left(end);
    if (!head.startsWith("POST /api/v1/statuses ")) {
        respond(socket, 404, "Not Found", R"({"error":"Record not found"})");
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(request.mid(end + 4)).object();
    if (m_garbage) {
        m_keys.append(QString::fromLatin1(header(head, "idempotency-key")));
        respond(socket, 200, "OK", "<html>Welcome to nginx!</html>");
        return;
    }
    if (m_refusing || body.value(u"status").toString().isEmpty()) {
        respond(socket, 422, "Unprocessable Entity", R"({"error":"Validation failed"})");
        return;
    }
    const QString key = QString::fromLatin1(header(head, "idempotency-key"));
    m_keys.append(key);
    QString id = m_postByKey.value(key);
    if (id.isEmpty()) {
        id = QString::number(1000 + m_postByKey.size());
        m_postByKey.insert(key.isEmpty() ? id : key, id);
    }
    Q_EMIT requestReceived();
    if (m_holding)
        return;
    const QJsonObject status{{u"id"_qs, id},
                             {u"url"_qs, QString(u"http://127.0.0.1/@brand/"_qs + id)},
                             {u"content"_qs, body.value(u"status")}};
    respond(socket, 200, "OK", QJsonDocument(status).toJson(QJsonDocument::Compact));
}

} // namespace hearken::testing
