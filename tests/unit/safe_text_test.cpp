// SPDX-License-Identifier: GPL-3.0-or-later
// Text from the networks on its way in (the mappers) and out (plain text and JSON): nothing a
// terminal acts on gets through, and nothing reorders what is printed after it.
#include "domain/safe_text.h"
#include "providers/bluesky/bluesky_mapping.h"
#include "providers/mastodon/mastodon_json.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace hearken;

namespace {

// ESC ] 0 ; title BEL (sets the window title), ESC [ 2 J (clears the screen), a bare CR (goes
// back over the line), C1 CSI, and a right-to-left override.
const QString hostile = QStringLiteral("a\x1b]0;owned\x07 b\x1b[2J c\rd\r\ne") + QChar(0x9B) +
                        QStringLiteral("31m f") + QChar(0x202E) + QStringLiteral("gnp.exe");

bool hasTerminalControl(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7F && u < 0xA0))
            return true;
    }
    return false;
}

bool hasBidiControl(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}

} // namespace

TEST(SafeText, DropsControlCharactersAndMakesEveryLineEndALineFeed)
{
    EXPECT_EQ(safeText(hostile), QStringLiteral("a]0;owned b[2J c\nd\ne31m f") + QChar(0x202E) +
                                     QStringLiteral("gnp.exe"));
    EXPECT_EQ(safeText(u"tab\tand\nline"), u"tab\tand\nline");
    EXPECT_EQ(safeText(u"\r\r\n"), u"\n\n");
    const QString emoji = QStringLiteral("ok 👍");
    EXPECT_EQ(safeText(emoji), emoji);
    EXPECT_EQ(safeText(QString(QString(QChar(0xD83D)) + u"x" + QChar(0xFEFF))), u"x")
        << "lone surrogates and byte-order marks go";
}

TEST(SafeText, ShowsDirectionControlsInPlainTextAndKeepsDirectionMarks)
{
    EXPECT_EQ(displayText(QString(QStringLiteral("f") + QChar(0x202E) + QStringLiteral("gnp.exe") +
                                  QChar(0x2067) + u"x" + QChar(0x2069))),
              u"f<U+202E>gnp.exe<U+2067>x<U+2069>");
    // Hebrew with a right-to-left mark, as people type it: unchanged.
    const QString hebrew = QStringLiteral("שלום") + QChar(0x200F) + QStringLiteral(" 2024");
    EXPECT_EQ(displayText(hebrew), hebrew);
    EXPECT_FALSE(hasTerminalControl(displayText(hostile)));
}

TEST(SafeText, JsonKeepsTheValuesButEscapesWhatATerminalWouldActOn)
{
    const QString value = QStringLiteral("x") + QChar(0x202E) + QChar(0x9B) + QChar(0x2028) +
                          QStringLiteral("\x1b[2J") + QStringLiteral("שלום");
    const QJsonDocument document(QJsonObject{{QStringLiteral("text"), value}});
    const QByteArray json = safeJson(document);
    EXPECT_EQ(QJsonDocument::fromJson(json).object().value(QLatin1String("text")).toString(),
              value);
    EXPECT_TRUE(json.contains("\\u202E") && json.contains("\\u009B") && json.contains("\\u2028") &&
                json.contains("\\u001b"))
        << json.toStdString();
    const QString text = QString::fromUtf8(json);
    EXPECT_FALSE(hasTerminalControl(text));
    EXPECT_FALSE(hasBidiControl(text));
    EXPECT_FALSE(text.contains(QChar(0x2028)));
}

TEST(SafeText, MastodonStatusesArriveWithoutControlCharacters)
{
    const QJsonObject account{{QStringLiteral("id"), QStringLiteral("7")},
                              {QStringLiteral("acct"), hostile},
                              {QStringLiteral("username"), QStringLiteral("u\x1b[2J")},
                              {QStringLiteral("display_name"), hostile},
                              {QStringLiteral("note"), hostile}};
    const QJsonObject json{{QStringLiteral("id"), QStringLiteral("100")},
                           {QStringLiteral("account"), account},
                           {QStringLiteral("content"), QString(u"<p>" + hostile + u"</p>")},
                           {QStringLiteral("spoiler_text"), hostile}};
    const auto status = mastodon::readStatus(
        json, {1, QUrl(QStringLiteral("https://example.social")), QStringLiteral("1")});
    ASSERT_TRUE(status);
    const Post& post = status->post;
    for (const QString& field : {post.text, post.author.handle, post.author.remoteId,
                                 post.author.displayName, post.author.bio})
        EXPECT_FALSE(hasTerminalControl(field)) << field.toStdString();
    EXPECT_TRUE(post.text.startsWith(u"CW: a]0;owned b[2J c")) << post.text.toStdString();
    EXPECT_EQ(post.author.handle, u"@" + safeText(hostile) + u"@example.social");

    QJsonObject unnamed = account;
    unnamed.remove(QStringLiteral("display_name"));
    QJsonObject withUsername = json;
    withUsername.insert(QStringLiteral("account"), unnamed);
    const auto named = mastodon::readStatus(
        withUsername, {1, QUrl(QStringLiteral("https://example.social")), QStringLiteral("1")});
    ASSERT_TRUE(named);
    EXPECT_EQ(named->post.author.displayName, u"u[2J");
}

TEST(SafeText, BlueskyPostsArriveWithoutControlCharacters)
{
    const QJsonObject author{{QStringLiteral("did"), QStringLiteral("did:plc:abc")},
                             {QStringLiteral("handle"), hostile},
                             {QStringLiteral("displayName"), hostile},
                             {QStringLiteral("description"), hostile}};
    const QJsonObject record{
        {QStringLiteral("$type"), QStringLiteral("app.bsky.feed.post")},
        {QStringLiteral("text"), hostile},
        {QStringLiteral("createdAt"), QStringLiteral("2026-11-26T10:00:00.000Z")}};
    const QJsonObject view{{QStringLiteral("uri"),
                            QStringLiteral("at://did:plc:abc/app.bsky.feed.post/3n37g4lwdpk26")},
                           {QStringLiteral("author"), author},
                           {QStringLiteral("record"), record}};
    Account account;
    account.id = 1;
    account.remoteId = QStringLiteral("did:plc:me");
    const auto post = bluesky::postFromView(view, account, PostKind::Mention);
    ASSERT_TRUE(post);
    for (const QString& field :
         {post->text, post->author.handle, post->author.displayName, post->author.bio})
        EXPECT_EQ(field, safeText(hostile));
    EXPECT_FALSE(hasTerminalControl(post->text));
}
