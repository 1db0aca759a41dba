// SPDX-License-Identifier: GPL-3.0-or-later
// AppView answers: notifications, post views, threads, author feeds, like records.
#include "fuzz_input.h"
#include "net/json_body.h"
#include "providers/bluesky/at_uri.h"
#include "providers/bluesky/bluesky_mapping.h"

namespace {

using namespace hearken;
using namespace hearken::bluesky;

void check(const Post& post, const Account& account)
{
    FUZZ_REQUIRE(AtUri::parse(post.remoteId).has_value());
    FUZZ_REQUIRE(!post.author.remoteId.isEmpty());
    FUZZ_REQUIRE(post.accountId == account.id);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto json = net::jsonObject(
        fuzz::okAnswer(QStringLiteral("https://appview.example/xrpc/app.bsky.feed.getPosts"),
                       fuzz::bytes(data, size)));
    if (!json)
        return 0;
    Account account;
    account.id = 3;
    account.network = QStringLiteral("bluesky");
    account.remoteId = QStringLiteral("did:plc:brand");
    account.handle = QStringLiteral("brand.test");

    const NotificationPage page = bluesky::notificationPage(*json, account);
    for (const InboundItem& item : page.items)
        check(item.post, account);
    for (const Post& post : bluesky::threadPosts(*json, account))
        check(post, account);
    for (const OwnReply& reply : bluesky::ownReplies(*json, account))
        check(reply.post, account);
    for (const OwnLike& like : bluesky::ownLikes(*json, account))
        FUZZ_REQUIRE(!like.targetRemoteId.isEmpty());
    if (const auto post = bluesky::postFromView(*json, account, PostKind::Mention))
        check(*post, account);
    bluesky::personFromProfile(*json);
    return 0;
}
