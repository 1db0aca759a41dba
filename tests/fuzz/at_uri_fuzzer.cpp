// SPDX-License-Identifier: GPL-3.0-or-later
// AT URIs from AppView answers, and the record keys Hearken derives for its own posts.
#include "fuzz_input.h"
#include "providers/bluesky/at_uri.h"
#include "providers/bluesky/record_key.h"

#include <algorithm>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace hearken;
    using namespace hearken::bluesky;
    const QString text = fuzz::text(data, size);
    if (const auto uri = AtUri::parse(text)) {
        FUZZ_REQUIRE(!uri->repo.isEmpty() && !uri->collection.isEmpty() && !uri->rkey.isEmpty());
        const auto again = AtUri::parse(uri->toString());
        FUZZ_REQUIRE(again && again->repo == uri->repo && again->collection == uri->collection &&
                     again->rkey == uri->rkey);
    }

    // The first eight bytes are the creation time, the rest the idempotency key.
    qint64 createdAt = 0;
    if (size > 0)
        std::memcpy(&createdAt, data, std::min(size, sizeof createdAt));
    const QString key = recordKeyFor(text.mid(4), createdAt);
    // A TID: 13 base32-sortable characters, the first with its top bit clear.
    FUZZ_REQUIRE(key.size() == 13);
    const QString alphabet = QStringLiteral("234567abcdefghijklmnopqrstuvwxyz");
    for (const QChar c : key)
        FUZZ_REQUIRE(alphabet.contains(c));
    FUZZ_REQUIRE(alphabet.indexOf(key.front()) < 16);
    FUZZ_REQUIRE(recordKeyFor(text.mid(4), createdAt) == key);
    return 0;
}
