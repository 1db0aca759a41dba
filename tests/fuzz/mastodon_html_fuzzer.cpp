// SPDX-License-Identifier: GPL-3.0-or-later
// Mastodon's status HTML (content, display names, bios) to plain text.
#include "fuzz_input.h"
#include "providers/mastodon/mastodon_html.h"

#include <QList>

namespace {

void check(const QString& html, qsizetype maxLength)
{
    const QString text = hearken::mastodon::htmlToText(html, maxLength);
    // Cut at maxLength, plus the ellipsis that says so.
    FUZZ_REQUIRE(text.size() <= maxLength + 1);
    FUZZ_REQUIRE(text == text.trimmed() || text.endsWith(u'…'));
    const auto ucs4 = text.toUcs4();
    for (const char32_t c : ucs4) {
        // No control characters and no halves of surrogate pairs reach the queue.
        FUZZ_REQUIRE(c == U'\n' || c == U'\t' || (c >= 0x20 && (c < 0x7F || c >= 0xA0)));
        FUZZ_REQUIRE(c < 0xD800 || c > 0xDFFF);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString html = hearken::fuzz::text(data, size);
    check(html, 20'000);
    check(html, 16);
    return 0;
}
