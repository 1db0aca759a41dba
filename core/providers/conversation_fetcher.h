// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
#include "domain/post.h"

#include <QList>
#include <QString>

#include <tl/expected.hpp>

#include <functional>

namespace hearken {

// Fetches the posts above a post in its conversation, for networks whose syncs bring a reply
// without what it answers. It only reads: the caller stores what it returns.
class ConversationFetcher {
public:
    // The posts from the conversation's root down to the post's parent, or what went wrong,
    // said for the person reading.
    using Fetched = std::function<void(tl::expected<QList<Post>, QString>)>;

    virtual ~ConversationFetcher() = default;

    virtual void fetch(const Account& account, const Post& post, Fetched done) = 0;
};

} // namespace hearken
