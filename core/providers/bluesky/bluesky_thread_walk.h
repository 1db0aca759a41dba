// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
#include "domain/ingest_batch.h"

#include <QSet>
#include <QStringList>

namespace hearken::bluesky {

// The threads the account started that `items` are part of: their root posts' URIs, each
// once, in the order the items name them.
QStringList ourThreadRoots(const QList<InboundItem>& items, const Account& account);

// Adds the posts of one of the account's threads (bluesky::threadPosts of it, walked from the
// root) to `batch`: other people's posts become items, the account's replies its own replies,
// its other posts context. Posts whose URI is in `known` are left out; the added ones join it.
// The AppView notifies a thread's author of replies only up to a few levels below the post
// (REPLY_NOTIF_DEPTH), so deeper replies arrive this way only.
void addThread(const QList<Post>& posts, IngestBatch& batch, QSet<QString>& known);

} // namespace hearken::bluesky
