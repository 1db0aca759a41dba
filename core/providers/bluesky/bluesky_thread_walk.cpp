// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/bluesky_thread_walk.h"

#include "providers/bluesky/at_uri.h"

namespace hearken::bluesky {

QStringList ourThreadRoots(const QList<InboundItem>& items, const Account& account)
{
    QStringList roots;
    for (const InboundItem& item : items) {
        const QString& root = item.post.rootRemoteId;
        const auto parsed = AtUri::parse(root);
        if (parsed && parsed->repo == account.remoteId && !roots.contains(root))
            roots.append(root);
    }
    return roots;
}

void addThread(const QList<Post>& posts, IngestBatch& batch, QSet<QString>& known)
{
    for (const Post& post : posts) {
        if (known.contains(post.remoteId))
            continue;
        known.insert(post.remoteId);
        if (!post.isOwn()) {
            InboundItem item;
            item.post = post;
            batch.items.append(item);
        } else if (!post.replyToRemoteId.isEmpty()) {
            batch.ownReplies.append(OwnReply{post, false});
        } else {
            batch.context.append(post);
        }
    }
}

} // namespace hearken::bluesky
