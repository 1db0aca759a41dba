// SPDX-License-Identifier: GPL-3.0-or-later
// The Link header Mastodon pages its lists with (RFC 8288).
#include "fuzz_input.h"
#include "net/link_header.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QUrl base(QStringLiteral("https://mastodon.example/api/v1/notifications?limit=40"));
    const auto links = hearken::net::parseLinkHeader(hearken::fuzz::bytes(data, size), base);
    for (auto link = links.cbegin(); link != links.cend(); ++link) {
        FUZZ_REQUIRE(!link.key().isEmpty() && link.key() == link.key().toLower());
        FUZZ_REQUIRE(link.value().isValid() && !link.value().isRelative());
    }
    return 0;
}
