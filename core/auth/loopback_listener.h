// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/auth_error.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace hearken::auth {

using CallbackParameters = QHash<QString, QString>;

// The redirect target of a browser sign-in (RFC 8252): listens on 127.0.0.1 only, on a port
// the system picks, for the one request to its callback path that carries the sign-in's state;
// answers the browser with a small self-contained page and stops listening. Other paths get
// 404, and callbacks with another state (any process on this computer can send one) get 400
// and are logged; neither counts.
class LoopbackListener : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const AuthResult<CallbackParameters>&)>;

    explicit LoopbackListener(QString callbackPath = QStringLiteral("/callback"),
                              QObject* parent = nullptr);
    ~LoopbackListener() override;

    // Starts listening on `port` (0: one the system picks); the redirect URI to register and
    // send is http://127.0.0.1:PORT/path.
    AuthResult<QUrl> listen(quint16 port = 0);
    // A port on 127.0.0.1 that is free now: `preferred` when it is, else one the system picks
    // (0 when none is). For servers that match redirect URIs exactly, port included.
    static quint16 freePort(quint16 preferred = 0);
    QUrl redirectUri() const;
    // Calls `done` once: with the query parameters (form-decoded) of the callback whose state
    // is `state`, or with TimedOut (StateMismatch when callbacks with another state came) /
    // Cancelled.
    void waitForCallback(int timeoutMs, const QString& state, Done done);
    void cancel();
    // Words shown in the browser after the callback arrived without an error.
    void setSuccessText(QString text) { m_successText = std::move(text); }

private:
    void onConnection();
    void onReadable(QTcpSocket* socket);
    void finish(const AuthResult<CallbackParameters>& result);

    QString m_path;
    QTcpServer* m_server;
    QTimer m_timeout;
    Done m_done;
    QString m_state;
    int m_forgedCallbacks = 0;
    QString m_successText;
};

// Splits a query string into form-decoded parameters ('+' is a space, %XX decoded).
CallbackParameters decodeQuery(const QByteArray& query);

} // namespace hearken::auth
