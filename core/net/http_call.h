// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/http_client.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace hearken::net {

// One request through all its attempts. Internal to HttpClient; deletes itself when done.
class HttpCall : public QObject {
    Q_OBJECT
public:
    HttpCall(HttpClient& client, HttpRequest request, QObject* context, HttpClient::Done done);
    ~HttpCall() override;

    void start();
    void cancel();

private:
    void attempt();
    void onFinished();
    void onReadyRead();
    void finish(const HttpResult& result);
    bool retryLater(std::optional<qint64> notBeforeMs = std::nullopt);
    void abortWith(HttpError::Kind reason);

    HttpClient& m_client;
    HttpRequest m_request;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    HttpClient::Done m_done;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_backoff;
    QByteArray m_body;
    int m_attempt = 0;
    bool m_reissued = false;
    std::optional<HttpError::Kind> m_abortReason;
    // Why a redirect was not followed (with m_abortReason Insecure).
    QString m_redirectRefusal;
    bool m_finished = false;
    // Since the first attempt, for the log.
    QElapsedTimer m_elapsed;
};

} // namespace hearken::net
