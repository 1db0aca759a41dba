// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"
#include "outbox/reply_length.h"

#include <QString>
#include <QStringView>

namespace hearken {

// What a reply to `post` starts with so that the people it answers hear of it. A network that
// tells only the people a reply mentions (rules.mentionsEveryone, Mastodon) needs the author and
// everyone else the post mentions, except our own account: "@ana@example.social @bo ". Empty on
// other networks, which notify the author of the post replied to.
QString replyMentions(const Post& post, QStringView ourHandle, const ReplyRules& rules);

// `text` with the mentions in front, unless it already names the post's author.
QString withReplyMentions(const QString& text, const Post& post, QStringView ourHandle,
                          const ReplyRules& rules);

// Whether `text` says anything besides the @mentions it starts with. A reply that only names
// people is never sent: it would count as an answer while saying nothing.
bool hasOwnWords(QStringView text);

// Why a reply with no words of its own is refused, for every path that sends one.
QString noOwnWordsMessage();

} // namespace hearken
