// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

#include <optional>

namespace hearken {

// What one server allows in a reply.
struct ReplyRules {
    // At most this long (replyLength); none on networks Hearken does not post to yet.
    std::optional<int> limit;
    // Mastodon counts every link as this long, whatever its length.
    int linkLength = 23;
};

// Where an account's sync state keeps what its server said about replies (written at sign-in
// and refreshed by sync; absent until the server said it).
inline const QString serverMaxCharactersKey = QStringLiteral("server.max_characters");
inline const QString serverLinkLengthKey = QStringLiteral("server.characters_reserved_per_url");

// The rules on `network` when its server said nothing: Mastodon 500 characters (the default
// instance limit) and links as 23, Bluesky 300 graphemes.
ReplyRules defaultReplyRules(QStringView network);
// The rules for an account: the defaults, replaced by what its server said (`syncState`: the
// account's sync state values, SyncStateRepository::cursors).
ReplyRules replyRules(QStringView network, const QHash<QString, QString>& syncState);

// The length `network` counts: Bluesky counts grapheme clusters (an emoji with skin tone is
// one); Mastodon counts characters, every link as `rules.linkLength` and a mention by its user
// name only.
int replyLength(QStringView network, QStringView text, const ReplyRules& rules);
inline int replyLength(QStringView network, QStringView text)
{
    return replyLength(network, text, defaultReplyRules(network));
}

} // namespace hearken
