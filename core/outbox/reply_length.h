// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <optional>

namespace hearken {

// How long a reply may be on `network`: Mastodon 500 characters (the default instance limit),
// Bluesky 300 graphemes. Networks Hearken does not post to yet have none.
std::optional<int> replyLimit(QStringView network);

// The length `network` counts: Bluesky counts grapheme clusters (an emoji with skin tone is
// one); Mastodon counts characters, every link as 23 and a mention by its user name only.
int replyLength(QStringView network, QStringView text);

} // namespace hearken
