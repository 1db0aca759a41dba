// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/mastodon/mastodon_html.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using hearken::mastodon::htmlToText;

namespace {

QString text(const char* html)
{
    return htmlToText(QString::fromUtf8(html));
}

} // namespace

TEST(MastodonHtml, KeepsMentionsHashtagsLinksAndShortcodesAsText)
{
    EXPECT_EQ(
        text("<p><span class=\"h-card\" translate=\"no\"><a href=\"https://m.example/@brand\" "
             "class=\"u-url mention\">@<span>brand</span></a></span> love the "
             "<a href=\"https://m.example/tags/design\" class=\"mention hashtag\" "
             "rel=\"tag\">#<span>design</span></a> :blobcat:</p>"),
        u"@brand love the #design :blobcat:");
    EXPECT_EQ(text("<p>see <a href=\"https://example.org/a/very/long/path\"><span "
                   "class=\"invisible\">https://</span><span class=\"ellipsis\">example.org/a/"
                   "very</span><span class=\"invisible\">/long/path</span></a></p>"),
              u"see https://example.org/a/very/long/path");
}

TEST(MastodonHtml, ParagraphsAndBreaksBecomeLines)
{
    EXPECT_EQ(text("<p>one<br>two<br />three</p><p>four</p>"), u"one\ntwo\nthree\n\nfour");
    EXPECT_EQ(text("<p>  spaced \n  out  </p>"), u"spaced out");
}

TEST(MastodonHtml, DecodesEntitiesSafely)
{
    EXPECT_EQ(text("a &amp; b &lt;tag&gt; &quot;q&quot; &#39;s&#39; &#x1F600; &hellip;"),
              u"a & b <tag> \"q\" 's' 😀 …");
    EXPECT_EQ(text("&#0; &#xD800; &#99999999; &#x110000;"), u"\uFFFD \uFFFD \uFFFD \uFFFD");
    EXPECT_EQ(text("&unknown; &amp &#xZZ;"), u"&unknown; &amp &#xZZ;");
    // An entity that decodes to markup stays text.
    EXPECT_EQ(text("&lt;script&gt;alert(1)&lt;/script&gt;"), u"<script>alert(1)</script>");
}

TEST(MastodonHtml, DropsScriptsStylesAndCommentsWithTheirContent)
{
    EXPECT_EQ(text("<p>hi<script>alert('x')</script> there</p>"), u"hi there");
    EXPECT_EQ(text("<style>p{color:red}</style><p>ok</p>"), u"ok");
    EXPECT_EQ(text("a<!-- secret <p>b</p> -->c"), u"ac");
    EXPECT_EQ(text("<SCRIPT type=x>bad</ScRiPt>good"), u"good");
    EXPECT_EQ(text("<script>never closed <p>x</p>"), u"");
    EXPECT_EQ(text("<img src=\"https://tracker.example/p.gif\" onerror=\"x()\">after"), u"after");
}

TEST(MastodonHtml, KeepsRightToLeftTextAndEmojiIntact)
{
    EXPECT_EQ(text("<p>شكرا جزيلا على التحديث</p>"), u"شكرا جزيلا على التحديث");
    EXPECT_EQ(text("<p>\u202Eabc\u202C 👩‍👩‍👧</p>"),
              u"\u202Eabc\u202C 👩‍👩‍👧");
}

TEST(MastodonHtml, RemovesControlCharacters)
{
    EXPECT_EQ(htmlToText(QStringLiteral("a\u0001b\u0007c\u009Bd\uFEFFe")), u"abcde");
}

TEST(MastodonHtml, MalformedMarkupNeverLosesTheRestOrCrashes)
{
    EXPECT_EQ(text("a < b and c > d"), u"a < b and c > d");
    EXPECT_EQ(text("<p>unclosed <b>bold"), u"unclosed bold");
    EXPECT_EQ(text("<<<>>>"), u"<<<>>>");
    EXPECT_EQ(text("x <3 y"), u"x <3 y");
    EXPECT_EQ(text("</p></p></p>x"), u"x");
    EXPECT_EQ(text("<"), u"<");
    EXPECT_EQ(text("&"), u"&");
}

TEST(MastodonHtml, HugeAndDeeplyNestedInputIsCutNotChoked)
{
    QString nested;
    for (int i = 0; i < 100'000; ++i)
        nested += u"<span>";
    nested += u"deep";
    EXPECT_EQ(htmlToText(nested), u"deep");
    const QString huge = QString(2'000'000, u'x');
    const QString cut = htmlToText(huge, 1000);
    EXPECT_EQ(cut.size(), 1001);
    EXPECT_TRUE(cut.endsWith(u'…'));
    QString lone;
    lone += QChar(0xD83D); // a high surrogate with nothing after it
    EXPECT_EQ(htmlToText(QString(lone + u"x")), u"x");
}

TEST(MastodonHtml, RandomBytesAlwaysGiveValidText)
{
    QRandomGenerator random(42);
    const char16_t alphabet[] = {u'<', u'>',  u'&', u';', u'#', u'/',  u'p', u'x',   u' ',   u'!',
                                 u'"', u'\'', u'=', u'-', u'a', u'\n', 0,    0xD83D, 0xDE00, 0};
    for (int round = 0; round < 2000; ++round) {
        QString input;
        const int length = int(random.bounded(200));
        for (int i = 0; i < length; ++i)
            input += QChar(alphabet[random.bounded(int(std::size(alphabet)) - 1)]);
        const QString output = htmlToText(input);
        EXPECT_TRUE(output.isValidUtf16()) << round;
        EXPECT_FALSE(output.contains(QChar(0))) << round;
    }
}
