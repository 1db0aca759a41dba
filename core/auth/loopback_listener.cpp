// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/loopback_listener.h"

#include "auth/auth_log.h"
#include "domain/safe_text.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>

namespace hearken::auth {

namespace {

constexpr qsizetype maxRequestBytes = 16 * 1024;

QByteArray page(int status, const QByteArray& reason, const QString& title, const QString& text)
{
    const QByteArray html =
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                       "</head><body style=\"font-family:sans-serif;margin:3em\"><h1>%1</h1>"
                       "<p>%2</p></body></html>")
            .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
            .toUtf8();
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: text/html; charset=utf-8"
           "\r\nContent-Security-Policy: default-src 'none'; style-src 'unsafe-inline'"
           "\r\nCache-Control: no-store\r\nConnection: close\r\nContent-Length: " +
           QByteArray::number(html.size()) + "\r\n\r\n" + html;
}

void answer(QTcpSocket* socket, const QByteArray& response)
{
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace

CallbackParameters decodeQuery(const QByteArray& query)
{
    CallbackParameters parameters;
    for (const QByteArray& pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray key = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        const QString name = QString::fromUtf8(QByteArray::fromPercentEncoding(key));
        if (!parameters.contains(name))
            parameters.insert(name,
                              safeText(QString::fromUtf8(QByteArray::fromPercentEncoding(value))));
    }
    return parameters;
}

LoopbackListener::LoopbackListener(QString callbackPath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(callbackPath))
    , m_server(new QTcpServer(this))
    , m_successText(tr("You can close this tab and go back to Hearken."))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_forgedCallbacks > 0)
            finish(authError(AuthError::Kind::StateMismatch,
                             tr("The browser came back only from a sign-in Hearken did not start "
                                "(the state did not match). Nothing was signed in; try again.")));
        else
            finish(authError(AuthError::Kind::TimedOut,
                             tr("Nobody finished signing in in the browser in time. Try again.")));
    });
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackListener::onConnection);
}

LoopbackListener::~LoopbackListener() = default;

AuthResult<QUrl> LoopbackListener::listen(quint16 port)
{
    if (!m_server->isListening() && !m_server->listen(QHostAddress::LocalHost, port))
        return authError(
            AuthError::Kind::Listener,
            tr("Could not wait for the browser on this computer: %1").arg(m_server->errorString()));
    return redirectUri();
}

quint16 LoopbackListener::freePort(quint16 preferred)
{
    QTcpServer probe;
    if (preferred != 0 && probe.listen(QHostAddress::LocalHost, preferred))
        return probe.serverPort();
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QUrl LoopbackListener::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    url.setPath(m_path);
    return url;
}

void LoopbackListener::waitForCallback(int timeoutMs, const QString& state, Done done)
{
    m_state = state;
    m_forgedCallbacks = 0;
    m_done = std::move(done);
    m_timeout.start(timeoutMs);
}

void LoopbackListener::cancel()
{
    finish(authError(AuthError::Kind::Cancelled, tr("Signing in was cancelled.")));
}

void LoopbackListener::onConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
    }
}

void LoopbackListener::onReadable(QTcpSocket* socket)
{
    QByteArray buffer = socket->property("request").toByteArray() + socket->readAll();
    if (buffer.size() > maxRequestBytes) {
        answer(socket, page(431, "Request Header Fields Too Large", tr("Too large"), QString()));
        return;
    }
    if (!buffer.contains("\r\n\r\n")) {
        socket->setProperty("request", buffer);
        return;
    }
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || requestLine[0] != "GET") {
        answer(socket, page(405, "Method Not Allowed", tr("Not here"), QString()));
        return;
    }
    const QByteArray target = requestLine[1];
    const qsizetype question = target.indexOf('?');
    const QByteArray path = question < 0 ? target : target.left(question);
    if (path != m_path.toUtf8() || !m_done) {
        answer(socket, page(404, "Not Found", tr("Not here"), QString()));
        return;
    }
    const CallbackParameters parameters =
        decodeQuery(question < 0 ? QByteArray() : target.mid(question + 1));
    if (m_state.isEmpty() || parameters.value(QStringLiteral("state")) != m_state) {
        // Not the answer to this sign-in: the real one may still come, so keep listening.
        ++m_forgedCallbacks;
        qCWarning(lcAuth) << "Ignored a sign-in callback whose state does not match the "
                             "sign-in in progress; still waiting for the right one.";
        answer(socket, page(400, "Bad Request", tr("Not this sign-in"),
                            tr("This answer is not for the sign-in Hearken is waiting for. Go "
                               "back to Hearken and start signing in again if you need to.")));
        return;
    }
    const QString error = parameters.value(QStringLiteral("error"));
    if (error.isEmpty()) {
        answer(socket, page(200, "OK", tr("Signed in"), m_successText));
    } else {
        const QString description = parameters.value(QStringLiteral("error_description"), error);
        answer(socket, page(200, "OK", tr("Not signed in"),
                            tr("The server said: %1. You can close this tab.").arg(description)));
    }
    finish(parameters);
}

void LoopbackListener::finish(const AuthResult<CallbackParameters>& result)
{
    m_timeout.stop();
    m_server->close();
    if (auto done = std::exchange(m_done, nullptr))
        done(result);
}

} // namespace hearken::auth
