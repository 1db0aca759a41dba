// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/rate_limits.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace hearken::net {

namespace {

std::optional<qint64> integer(const QByteArray& value)
{
    bool ok = false;
    const qint64 number = value.trimmed().toLongLong(&ok);
    return ok ? std::optional(number) : std::nullopt;
}

// The longest a server can make Hearken wait: a later time is a mistake or hostile, and asking
// again after a day costs one request.
constexpr qint64 maxWaitSeconds = 24 * 60 * 60;

// A delay in seconds as the time it ends: not before now, not beyond the longest wait.
qint64 afterSeconds(qint64 nowMs, qint64 seconds)
{
    return nowMs + std::clamp<qint64>(seconds, 0, maxWaitSeconds) * 1000;
}

// A reset time in any of the forms servers use: ISO 8601, an HTTP date, seconds since the
// epoch, or (small numbers) seconds from now; never beyond the longest wait.
std::optional<qint64> resetTime(const QByteArray& raw, qint64 nowMs)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    if (auto number = integer(value)) {
        // Large numbers are epoch seconds, small ones a delay in seconds.
        if (*number > 1'000'000'000)
            return std::min(*number, nowMs / 1000 + maxWaitSeconds) * 1000;
        return afterSeconds(nowMs, *number);
    }
    const QString text = QString::fromLatin1(value);
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!at.isValid()) {
        at = QLocale::c().toDateTime(text.left(29),
                                     QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        at.setTimeZone(QTimeZone::utc());
    }
    if (!at.isValid())
        return std::nullopt;
    return std::min(at.toMSecsSinceEpoch(), nowMs + maxWaitSeconds * 1000);
}

QByteArray firstOf(const HttpResponse& response, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        const QByteArray value = response.header(QByteArray(name));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

qint64 retryAtMs(const HttpResponse& response, qint64 nowMs, qint64 fallbackMs)
{
    if (auto at = resetTime(response.header(QByteArrayLiteral("Retry-After")), nowMs)) {
        // Retry-After as a plain number is always a delay, even a large one.
        if (auto seconds = integer(response.header(QByteArrayLiteral("Retry-After"))))
            return afterSeconds(nowMs, *seconds);
        return std::max(*at, nowMs);
    }
    if (auto at = resetTime(firstOf(response, {"X-RateLimit-Reset", "RateLimit-Reset"}), nowMs))
        return std::max(*at, nowMs);
    return nowMs + fallbackMs;
}

void RateLimitBook::record(const QString& host, const HttpResponse& response, qint64 nowMs)
{
    RateLimitState& state = m_hosts[host];
    if (auto remaining =
            integer(firstOf(response, {"X-RateLimit-Remaining", "RateLimit-Remaining"})))
        state.remaining = remaining;
    if (auto reset = resetTime(firstOf(response, {"X-RateLimit-Reset", "RateLimit-Reset"}), nowMs))
        state.resetAtMs = reset;
    if (response.status == 429)
        state.blockedUntilMs = retryAtMs(response, nowMs);
    else if (state.remaining && *state.remaining <= 0 && state.resetAtMs &&
             *state.resetAtMs > nowMs)
        state.blockedUntilMs = state.resetAtMs;
    else
        state.blockedUntilMs.reset();
}

std::optional<qint64> RateLimitBook::blockedUntil(const QString& host, qint64 nowMs) const
{
    const auto found = m_hosts.constFind(host);
    if (found == m_hosts.cend() || !found->blockedUntilMs || *found->blockedUntilMs <= nowMs)
        return std::nullopt;
    return found->blockedUntilMs;
}

} // namespace hearken::net
