// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/http_client.h"

#include "net/http_call.h"
#include "net/http_log.h"
#include "net/redaction.h"
#include "net/url_policy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

namespace hearken::net {

namespace {

bool isRetryableStatus(int status)
{
    return status == 500 || status == 502 || status == 503 || status == 504;
}

// "200" or "Timeout" or "Http 404": what an outcome was, in a few words for the log.
QString outcomeOf(const HttpResult& result)
{
    if (result)
        return QString::number(result->status);
    const HttpError& error = result.error();
    return error.status ? QStringLiteral("%1 %2").arg(kindName(error.kind)).arg(error.status)
                        : kindName(error.kind);
}

} // namespace

HttpCallHandle::HttpCallHandle(HttpCall* call)
    : m_call(call)
{}

void HttpCallHandle::cancel()
{
    if (m_call)
        m_call->cancel();
}

bool HttpCallHandle::isRunning() const
{
    return !m_call.isNull();
}

HttpClient::HttpClient(QNetworkAccessManager& network, HttpClientOptions options, Clock clock,
                       QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_options(std::move(options))
    , m_clock(std::move(clock))
{}

HttpClient::~HttpClient() = default;

HttpClient::Clock HttpClient::systemClock()
{
    return [] { return QDateTime::currentMSecsSinceEpoch(); };
}

HttpCallHandle HttpClient::send(HttpRequest request, QObject* context, Done done)
{
    auto* call = new HttpCall(*this, std::move(request), context, std::move(done));
    call->start();
    return HttpCallHandle(call);
}

HttpCall::HttpCall(HttpClient& client, HttpRequest request, QObject* context, HttpClient::Done done)
    : QObject(&client)
    , m_client(client)
    , m_request(std::move(request))
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_done(std::move(done))
{
    m_timeout.setSingleShot(true);
    m_backoff.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { abortWith(HttpError::Kind::Timeout); });
    connect(&m_backoff, &QTimer::timeout, this, &HttpCall::attempt);
    if (context) {
        connect(context, &QObject::destroyed, this, [this] {
            m_done = nullptr;
            cancel();
        });
    }
}

HttpCall::~HttpCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpCall::start()
{
    if (auto refusal = refusalOf(m_request.url)) {
        // Answer on the next turn of the event loop, like every other outcome.
        QTimer::singleShot(0, this, [this, message = *refusal] {
            finish(httpError(HttpError::Kind::Insecure, message));
        });
        return;
    }
    QTimer::singleShot(0, this, &HttpCall::attempt);
}

void HttpCall::cancel()
{
    if (m_finished)
        return;
    m_backoff.stop();
    if (m_reply) {
        abortWith(HttpError::Kind::Cancelled);
        return;
    }
    finish(httpError(HttpError::Kind::Cancelled, tr("The request was cancelled.")));
}

void HttpCall::abortWith(HttpError::Kind reason)
{
    if (!m_reply)
        return;
    m_abortReason = reason;
    m_reply->abort();
}

void HttpCall::attempt()
{
    if (m_finished)
        return;
    const QString host = m_request.url.host();
    if (auto until = m_client.rateLimits().blockedUntil(host, m_client.now())) {
        auto error = httpError(HttpError::Kind::RateLimited,
                               tr("%1 asked to wait before the next request.").arg(host));
        error.value().retryAtMs = until;
        finish(error);
        return;
    }
    ++m_attempt;
    HttpRequest sent = m_request;
    if (sent.beforeEachAttempt)
        sent.beforeEachAttempt(sent);
    if (!m_elapsed.isValid())
        m_elapsed.start();
    if (lcHttp().isDebugEnabled()) {
        QString line = QString::fromLatin1(sent.method) + u' ' + redactedUrl(sent.url) +
                       QStringLiteral(" attempt %1").arg(m_attempt);
        if (!sent.headers.isEmpty())
            line += QLatin1String(" with ") + redactedHeaders(sent.headers);
        qCDebug(lcHttp).noquote() << line;
    }

    QNetworkRequest request(sent.url);
    // Every redirect target passes the same policy as the first address.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_client.options().userAgent);
    if (!sent.body.isEmpty() && !sent.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, sent.contentType);
    for (const auto& [name, value] : sent.headers)
        request.setRawHeader(name, value);

    m_body.clear();
    m_abortReason.reset();
    m_reply = m_client.m_network.sendCustomRequest(request, sent.method, sent.body);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpCall::onReadyRead);
    connect(m_reply, &QNetworkReply::redirected, this, [this](const QUrl& target) {
        if (auto refusal = refusalOf(target)) {
            m_redirectRefusal = *refusal;
            abortWith(HttpError::Kind::Insecure);
            return;
        }
        Q_EMIT m_reply->redirectAllowed();
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_client.options().maxBodyBytes)
            abortWith(HttpError::Kind::TooLarge);
    });
    connect(m_reply, &QNetworkReply::finished, this, &HttpCall::onFinished);
    m_timeout.start(sent.timeoutMs.value_or(m_client.options().timeoutMs));
}

void HttpCall::onReadyRead()
{
    if (!m_reply || m_abortReason)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_client.options().maxBodyBytes)
        abortWith(HttpError::Kind::TooLarge);
}

void HttpCall::onFinished()
{
    m_timeout.stop();
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (!m_abortReason)
        m_body += reply->readAll();

    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.url = reply->url();
    response.headers = reply->rawHeaderPairs();
    response.body = std::move(m_body);
    m_body = {};
    const QString host = m_request.url.host();

    if (m_abortReason == HttpError::Kind::Cancelled) {
        finish(httpError(HttpError::Kind::Cancelled, tr("The request was cancelled.")));
        return;
    }
    if (m_abortReason == HttpError::Kind::TooLarge) {
        auto error = httpError(HttpError::Kind::TooLarge,
                               tr("%1 sent more data than Hearken accepts in one answer (%2 MB).")
                                   .arg(host)
                                   .arg(m_client.options().maxBodyBytes / (1024 * 1024)));
        error.value().status = response.status;
        finish(error);
        return;
    }
    if (m_abortReason == HttpError::Kind::Insecure) {
        finish(httpError(HttpError::Kind::Insecure,
                         tr("%1 sent Hearken elsewhere: %2").arg(host, m_redirectRefusal)));
        return;
    }
    if (m_abortReason == HttpError::Kind::Timeout) {
        auto error =
            httpError(HttpError::Kind::Timeout, tr("%1 did not answer in time.").arg(host));
        if (!retryLater())
            finish(error);
        return;
    }
    const QNetworkReply::NetworkError networkError = reply->error();
    const bool transportFailed =
        networkError != QNetworkReply::NoError &&
        (networkError < QNetworkReply::ContentAccessDenied || response.status == 0);
    if (transportFailed) {
        auto error = httpError(HttpError::Kind::Unreachable,
                               tr("Could not reach %1: %2").arg(host, reply->errorString()));
        error.value().status = response.status;
        if (!retryLater())
            finish(error);
        return;
    }

    m_client.rateLimits().record(host, response, m_client.now());
    if (m_request.reissueOnce && !m_reissued && m_request.reissueOnce(response)) {
        m_reissued = true;
        attempt();
        return;
    }
    if (response.status < 400) {
        finish(response);
        return;
    }

    HttpError error;
    error.status = response.status;
    error.message = tr("%1 answered with HTTP status %2.").arg(host).arg(response.status);
    readServerError(response.body, error);
    error.response = response;
    if (response.status == 429) {
        error.kind = HttpError::Kind::RateLimited;
        error.retryAtMs = retryAtMs(response, m_client.now());
    } else if (response.status == 401) {
        error.kind = HttpError::Kind::Unauthorized;
    } else {
        error.kind = HttpError::Kind::Http;
    }
    if (isRetryableStatus(response.status)) {
        std::optional<qint64> notBefore;
        if (!response.header(QByteArrayLiteral("Retry-After")).isEmpty())
            notBefore = retryAtMs(response, m_client.now());
        if (retryLater(notBefore))
            return;
    }
    finish(tl::unexpected(error));
}

bool HttpCall::retryLater(std::optional<qint64> notBeforeMs)
{
    const HttpClientOptions& options = m_client.options();
    const int maxAttempts = m_request.maxAttempts.value_or(options.maxAttempts);
    if (!m_request.isIdempotent() || m_attempt >= maxAttempts)
        return false;
    qint64 delay =
        std::min<qint64>(options.backoffMaxMs, qint64(options.backoffBaseMs) << (m_attempt - 1));
    // Full jitter keeps many clients from retrying in lockstep.
    delay = delay / 2 + QRandomGenerator::global()->bounded(delay / 2 + 1);
    if (notBeforeMs) {
        const qint64 wait = *notBeforeMs - m_client.now();
        if (wait > options.backoffMaxMs)
            return false;
        delay = std::max(delay, wait);
    }
    qCDebug(lcHttp).noquote() << QString::fromLatin1(m_request.method) << redactedUrl(m_request.url)
                              << "retrying in" << delay << "ms";
    m_backoff.start(int(delay));
    return true;
}

void HttpCall::finish(const HttpResult& result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_backoff.stop();
    qCDebug(lcHttp).noquote() << QString::fromLatin1(m_request.method) << redactedUrl(m_request.url)
                              << "->" << outcomeOf(result) << "after" << m_attempt
                              << "attempt(s) in" << (m_elapsed.isValid() ? m_elapsed.elapsed() : 0)
                              << "ms";
    auto done = std::move(m_done);
    m_done = nullptr;
    const bool contextAlive = !m_hasContext || !m_context.isNull();
    deleteLater();
    if (done && contextAlive)
        done(result);
}

} // namespace hearken::net
