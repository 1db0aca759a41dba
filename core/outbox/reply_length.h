// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

#include <optional>

namespace hearken {

// How a network counts a reply's length.
enum class ReplyCounting {
    // Unicode code points.
    CodePoints,
    // Grapheme clusters: an emoji with skin tone is one (Bluesky).
    Graphemes,
    // Code points, every link as ReplyRules::linkLength and a mention "@user@server" by its
    // user name only (Mastodon).
    LinksAsFixedLength,
};

// What one network (and one server on it) allows in a reply, and how a reply is addressed.
// Its provider says the defaults (Provider::replyRules); a server may change the numbers.
struct ReplyRules {
    // At most this long (replyLength); none on networks Hearken does not post to yet.
    std::optional<int> limit;
    ReplyCounting counting = ReplyCounting::CodePoints;
    // How long every link counts with ReplyCounting::LinksAsFixedLength, whatever its length.
    int linkLength = 23;
    // The network tells only the people a reply names, so a reply starts with their
    // @mentions (replyMentions); otherwise the author of the post replied to hears of it.
    bool mentionsEveryone = false;
    // Replies may be public, unlisted, followers-only or direct.
    bool hasVisibility = false;
    // Handles are written with this in front ("@ana"); null when the network's are not.
    QChar handleMark;
};

// Where an account's sync state keeps what its server said about replies (written at sign-in
// and refreshed by sync; absent until the server said it).
inline const QString serverMaxCharactersKey = QStringLiteral("server.max_characters");
inline const QString serverLinkLengthKey = QStringLiteral("server.characters_reserved_per_url");

// The rules for an account: its network's `defaults`, the numbers replaced by what its server
// said (`syncState`: the account's sync state values, SyncStateRepository::cursors).
ReplyRules replyRules(const ReplyRules& defaults, const QHash<QString, QString>& syncState);

// The length of `text` as `rules.counting` counts it.
int replyLength(QStringView text, const ReplyRules& rules);

} // namespace hearken
