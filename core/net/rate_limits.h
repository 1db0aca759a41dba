// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/http_message.h"

#include <QHash>
#include <QString>

#include <optional>

namespace hearken::net {

// What a server last said about its request budget.
struct RateLimitState {
    std::optional<qint64> remaining;
    std::optional<qint64> resetAtMs;
    // Until when nothing should be sent: set by a 429 or by a spent budget.
    std::optional<qint64> blockedUntilMs;
};

// When a rate-limited answer allows the next try: Retry-After (seconds or an HTTP date),
// else X-RateLimit-Reset (ISO 8601, Mastodon) or RateLimit-Reset (seconds since the epoch,
// AT Protocol), else `fallbackMs` from now. Never before now, and never more than a day
// ahead whatever the server says.
qint64 retryAtMs(const HttpResponse& response, qint64 nowMs, qint64 fallbackMs = 60'000);

// Per-host bookkeeping of rate-limit headers, so that a spent budget stops requests before
// the server has to refuse them.
class RateLimitBook {
public:
    void record(const QString& host, const HttpResponse& response, qint64 nowMs);
    RateLimitState state(const QString& host) const { return m_hosts.value(host); }
    // The moment requests to this host may go again, when that is still ahead.
    std::optional<qint64> blockedUntil(const QString& host, qint64 nowMs) const;

private:
    QHash<QString, RateLimitState> m_hosts;
};

} // namespace hearken::net
