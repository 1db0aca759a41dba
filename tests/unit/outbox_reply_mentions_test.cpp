// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox/reply_mentions.h"
#include "providers/bluesky/bluesky_provider.h"
#include "providers/mastodon/mastodon_provider.h"

#include <gtest/gtest.h>

using namespace hearken;

namespace {

Post mastodonPost(const QString& author, const QString& text)
{
    Post post;
    post.network = u"mastodon"_qs;
    post.author.handle = author;
    post.text = text;
    return post;
}

const ReplyRules mastodonRules = mastodon::Provider().replyRules();

} // namespace

TEST(ReplyMentions, MastodonAddressesTheAuthorAndTheOthersButNotUs)
{
    const Post post = mastodonPost(u"@ana@example.social"_qs,
                                   u"@lumen @bo@other.example your app crashed, cc @cy. Mail "
                                   u"me at ana@example.social"_qs);
    EXPECT_EQ(replyMentions(post, u"@lumen@mastodon.social", mastodonRules),
              u"@ana@example.social @bo@other.example @cy "_qs);
}

TEST(ReplyMentions, EachPersonOnce)
{
    const Post post = mastodonPost(u"@ana@example.social"_qs, u"@ana @Ana@example.social hi"_qs);
    EXPECT_EQ(replyMentions(post, u"@lumen@mastodon.social", mastodonRules),
              u"@ana@example.social "_qs);
}

TEST(ReplyMentions, OtherNetworksNotifyTheAuthorWithoutThem)
{
    Post post = mastodonPost(u"ana.bsky.social"_qs, u"@lumen.bsky.social hi"_qs);
    post.network = u"bluesky"_qs;
    const ReplyRules bluesky = bluesky::Provider().replyRules();
    EXPECT_TRUE(replyMentions(post, u"lumen.bsky.social", bluesky).isEmpty());
    EXPECT_EQ(withReplyMentions(u"Thanks!"_qs, post, u"lumen.bsky.social", bluesky), u"Thanks!"_qs);
}

TEST(ReplyMentions, ATextThatNamesTheAuthorIsLeftAlone)
{
    const Post post = mastodonPost(u"@ana@example.social"_qs, u"hello"_qs);
    EXPECT_EQ(withReplyMentions(u"Thanks, Ana!"_qs, post, u"@lumen@mastodon.social", mastodonRules),
              u"@ana@example.social Thanks, Ana!"_qs);
    EXPECT_EQ(withReplyMentions(u"@Ana thanks"_qs, post, u"@lumen@mastodon.social", mastodonRules),
              u"@Ana thanks"_qs);
}

TEST(ReplyMentions, OnlyMentionsAreNoWordsOfItsOwn)
{
    EXPECT_FALSE(hasOwnWords(u""));
    EXPECT_FALSE(hasOwnWords(u"  \n"));
    EXPECT_FALSE(hasOwnWords(u"@ana@example.social @bo "));
    EXPECT_FALSE(hasOwnWords(u"@ana,\n@bo"));
    EXPECT_TRUE(hasOwnWords(u"@ana@example.social sorry!"));
    EXPECT_TRUE(hasOwnWords(u"@ana\nthanks"));
    EXPECT_TRUE(hasOwnWords(u"@ana 🙏"));
    EXPECT_TRUE(hasOwnWords(u"Thanks @ana"));
}
