// SPDX-License-Identifier: GPL-3.0-or-later
// OAuth: the query string of the browser's callback, and the token endpoint's answers and
// error documents.
#include "auth/loopback_listener.h"
#include "auth/token_endpoint.h"
#include "fuzz_input.h"
#include "net/http_error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace hearken;
    const QByteArray input = fuzz::bytes(data, size);
    const auth::CallbackParameters parameters = auth::decodeQuery(input);
    FUZZ_REQUIRE(parameters.size() <= input.count('&') + 1);

    const net::HttpResponse response =
        fuzz::okAnswer(QStringLiteral("https://auth.example/oauth/token"), input);
    // 2026-11-26T00:00:00Z
    constexpr qint64 now = 1'795'651'200'000;
    const auto tokens = auth::readTokenResponse(response, now);
    if (tokens) {
        FUZZ_REQUIRE(!tokens->accessToken.isEmpty());
        // A token never expires before it arrived.
        FUZZ_REQUIRE(!tokens->expiresAtMs || *tokens->expiresAtMs >= now);
    } else {
        FUZZ_REQUIRE(!tokens.error().message.isEmpty());
    }

    net::HttpError error;
    net::readServerError(input, error);
    FUZZ_REQUIRE(error.message.size() <= 500);
    return 0;
}
