// SPDX-License-Identifier: GPL-3.0-or-later
// Rate-limit headers (Retry-After, X-RateLimit-*, RateLimit-*). The input is an answer's
// head: a status line ("429"), then "Name: value" lines.
#include "fuzz_input.h"
#include "net/rate_limits.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace hearken;
    const QList<QByteArray> lines = fuzz::bytes(data, size).split('\n');
    net::HttpResponse response;
    response.url = QUrl(QStringLiteral("https://mastodon.example/api/v1/notifications"));
    response.status = lines.first().trimmed().toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            response.headers.append({lines[i].left(colon), lines[i].mid(colon + 1)});
    }
    // 2026-11-26T00:00:00Z
    constexpr qint64 now = 1'795'651'200'000;
    constexpr qint64 day = 24 * 60 * 60 * 1000;
    // Not before now (a time in the past, or a wrapped-around sum, would retry at once) and
    // not beyond a day: whatever the server says.
    const qint64 retryAt = net::retryAtMs(response, now);
    FUZZ_REQUIRE(retryAt >= now && retryAt <= now + day);
    net::RateLimitBook book;
    book.record(response.url.host(), response, now);
    if (const auto blocked = book.blockedUntil(response.url.host(), now))
        FUZZ_REQUIRE(*blocked > now && *blocked <= now + day);
    const net::RateLimitState state = book.state(response.url.host());
    FUZZ_REQUIRE(!state.resetAtMs || *state.resetAtMs <= now + day);
    if (response.status == 429)
        FUZZ_REQUIRE(state.blockedUntilMs >= now);
    return 0;
}
