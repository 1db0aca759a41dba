// SPDX-License-Identifier: GPL-3.0-or-later
// Facets of outgoing text as @atproto/api's detectFacets finds them (the expected offsets were
// taken from the reference implementation, @atproto/api 0.19.19, for these texts).
#include "providers/bluesky/rich_text.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace hearken::bluesky {
namespace {

struct Expected {
    qint64 byteStart;
    qint64 byteEnd;
    const char* type; // mention, link or tag
    QString value;    // the did, uri or tag
};

void expectFacets(const QString& text, const QList<Expected>& expected)
{
    const QJsonArray facets =
        detectFacets(text, {{QStringLiteral("alice.test"), QStringLiteral("did:plc:alice")}});
    ASSERT_EQ(facets.size(), expected.size()) << QJsonDocument(facets).toJson().toStdString();
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject index = facets[i].toObject().value(QLatin1String("index")).toObject();
        const QJsonObject feature =
            facets[i].toObject().value(QLatin1String("features")).toArray().first().toObject();
        const QString type =
            QStringLiteral("app.bsky.richtext.facet#") + QLatin1String(expected[i].type);
        const char* key = type.endsWith(u"mention") ? "did"
                          : type.endsWith(u"link")  ? "uri"
                                                    : "tag";
        EXPECT_EQ(index.value(QLatin1String("byteStart")).toInteger(), expected[i].byteStart) << i;
        EXPECT_EQ(index.value(QLatin1String("byteEnd")).toInteger(), expected[i].byteEnd) << i;
        EXPECT_EQ(feature.value(QLatin1String("$type")).toString(), type) << i;
        EXPECT_EQ(feature.value(QLatin1String(key)).toString(), expected[i].value) << i;
    }
}

TEST(BlueskyFacets, MentionLinkTagAndCashtagAfterAnEmoji)
{
    expectFacets(
        QStringLiteral("Danke 🙏 @alice.test, see https://example.com/a?b=1. #Fix #123 $tsla"),
        {{11, 22, "mention", QStringLiteral("did:plc:alice")},
         {28, 53, "link", QStringLiteral("https://example.com/a?b=1")},
         {55, 59, "tag", QStringLiteral("Fix")},
         {65, 70, "tag", QStringLiteral("$TSLA")}});
}

TEST(BlueskyFacets, LinksWithoutSchemeAndInParentheses)
{
    expectFacets(QStringLiteral("(example.com) and (https://en.wikipedia.org/wiki/Foo_(bar)) too"),
                 {{1, 12, "link", QStringLiteral("https://example.com")},
                  {19, 59, "link", QStringLiteral("https://en.wikipedia.org/wiki/Foo_(bar))")}});
    // Upper-case schemes and top-level domains are not links to detectFacets; "httpbin.org"
    // gets https:// (detection.ts would leave it without a scheme, which the PDS refuses).
    expectFacets(QStringLiteral("HTTPS://EXAMPLE.COM Example.COM httpbin.org"),
                 {{32, 43, "link", QStringLiteral("https://httpbin.org")}});
}

TEST(BlueskyFacets, TagsInOtherScriptsButNotKeycapsOrNumbers)
{
    expectFacets(QStringLiteral("#️⃣ ＃日本 #ゲーム! #a1 #1a #123"),
                 {{8, 17, "tag", QStringLiteral("日本")},
                  {18, 28, "tag", QStringLiteral("ゲーム")},
                  {30, 33, "tag", QStringLiteral("a1")},
                  {34, 37, "tag", QStringLiteral("1a")}});
}

TEST(BlueskyFacets, ATagIsAtMost64Graphemes)
{
    // 40 emoji are 80 UTF-16 code units but 40 graphemes: a tag (the lexicon counts graphemes).
    QString emoji;
    for (int i = 0; i < 40; ++i)
        emoji += QStringLiteral("👍");
    expectFacets(u'#' + emoji, {{0, 161, "tag", emoji}});
    expectFacets(u'#' + QString(64, u'a'), {{0, 65, "tag", QString(64, u'a')}});
    expectFacets(u'#' + QString(65, u'a'), {});
}

TEST(BlueskyFacets, UnresolvedMentionsStayPlainText)
{
    expectFacets(QStringLiteral("@bob.test and @alice.test and a@alice.test"),
                 {{14, 25, "mention", QStringLiteral("did:plc:alice")}});
}

} // namespace
} // namespace hearken::bluesky
