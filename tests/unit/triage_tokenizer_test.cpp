// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/features.h"
#include "triage/tokenizer.h"

#include <gtest/gtest.h>

using namespace hearken;

namespace {

QStringList texts(const TokenizedText& t)
{
    QStringList out;
    for (const Token& token : t.tokens)
        out.append(token.isNegated() ? u"NEG_"_qs + token.text : token.text);
    return out;
}

const Token* find(const TokenizedText& t, QStringView text)
{
    for (const Token& token : t.tokens) {
        if (token.text == text)
            return &token;
    }
    return nullptr;
}

} // namespace

TEST(Tokenizer, LowerCasesWordsAndDropsPunctuationExceptQuestionAndExclamation)
{
    EXPECT_EQ(
        texts(tokenize(u"Hello, World. Are you OK?!")),
        (QStringList{u"hello"_qs, u"world"_qs, u"are"_qs, u"you"_qs, u"ok"_qs, u"?"_qs, u"!"_qs}));
}

TEST(Tokenizer, HandlesAndUrlsBecomePlaceholders)
{
    const TokenizedText t =
        tokenize(u"@Alice_99 see https://example.org/x?y=1 and www.foo.com, @bob.bsky.social!");
    EXPECT_EQ(texts(t), (QStringList{u"@user"_qs, u"see"_qs, u"<url>"_qs, u"and"_qs, u"<url>"_qs,
                                     u"@user"_qs, u"!"_qs}));
    EXPECT_EQ(t.tokens[0].kind, TokenKind::Handle);
    EXPECT_EQ(t.tokens[2].kind, TokenKind::Url);
}

TEST(Tokenizer, AnEmailAddressIsNotAHandle)
{
    const TokenizedText t = tokenize(u"mail me at ann@example.org");
    EXPECT_EQ(find(t, u"@user"), nullptr);
}

TEST(Tokenizer, HashtagsKeepTheirWord)
{
    const TokenizedText t = tokenize(u"Loving the #NewRelease_2 today");
    const Token* tag = find(t, u"newrelease_2");
    ASSERT_NE(tag, nullptr);
    EXPECT_EQ(tag->kind, TokenKind::Hashtag);
    // The hashtag and its bare word are separate features.
    TokenizedText bare = tokenize(u"newrelease_2");
    EXPECT_EQ(bare.tokens.size(), 2) << "the underscore splits a plain word";
}

TEST(Tokenizer, ElongationsAreSqueezedAndCounted)
{
    const TokenizedText t = tokenize(u"soooo goooood!!!");
    EXPECT_EQ(texts(t), (QStringList{u"soo"_qs, u"good"_qs, u"!"_qs}));
    EXPECT_TRUE(t.tokens[0].elongated);
    EXPECT_EQ(t.intensity.elongatedWords, 2);
    EXPECT_EQ(t.intensity.exclamationRuns, 1);
    EXPECT_FALSE(tokenize(u"good book").tokens[0].elongated);
}

TEST(Tokenizer, ShoutingIsCountedButAcronymsOfTwoAreNot)
{
    const TokenizedText t = tokenize(u"WORST service in the US");
    EXPECT_TRUE(t.tokens[0].shouted);
    EXPECT_EQ(t.intensity.shoutedWords, 1);
}

TEST(Tokenizer, NegationScopeRunsToPunctuation)
{
    EXPECT_EQ(texts(tokenize(u"I don't like this app, it is great")),
              (QStringList{u"i"_qs, u"don't"_qs, u"NEG_like"_qs, u"NEG_this"_qs, u"NEG_app"_qs,
                           u"it"_qs, u"is"_qs, u"great"_qs}));
    EXPECT_EQ(texts(tokenize(u"never again! ok")),
              (QStringList{u"never"_qs, u"NEG_again"_qs, u"!"_qs, u"ok"_qs}));
    EXPECT_EQ(texts(tokenize(u"not bad but slow")),
              (QStringList{u"not"_qs, u"NEG_bad"_qs, u"but"_qs, u"slow"_qs}));
    const TokenizedText curly = tokenize(u"It doesn\u2019t work");
    EXPECT_EQ(texts(curly), (QStringList{u"it"_qs, u"doesn't"_qs, u"NEG_work"_qs}));
    EXPECT_EQ(curly.tokens[2].negatedBy, u"doesn't");
}

TEST(Tokenizer, EmojiIncludingSurrogatePairsAreTokens)
{
    // 🙏 is outside the BMP (a surrogate pair); ❤️ carries a variation selector; 👍🏽 a
    // skin tone.
    const TokenizedText t =
        tokenize(u"thanks\U0001F64F love it \u2764\uFE0F\U0001F44D\U0001F3FD\U0001F621");
    EXPECT_EQ(texts(t), (QStringList{u"thanks"_qs, u"\U0001F64F"_qs, u"love"_qs, u"it"_qs,
                                     u"\u2764"_qs, u"\U0001F44D"_qs, u"\U0001F621"_qs}));
    EXPECT_EQ(t.tokens[1].kind, TokenKind::Emoji);
    EXPECT_EQ(t.tokens[1].text.size(), 2);
}

TEST(Tokenizer, EmoticonsTakeACanonicalSpelling)
{
    const TokenizedText t = tokenize(u"great :-))) sad :( ok <3 xD but not x :/ ;) &lt;3");
    EXPECT_EQ(texts(t),
              (QStringList{u"great"_qs, u":)"_qs, u"sad"_qs, u":("_qs, u"ok"_qs, u"<3"_qs, u":D"_qs,
                           u"but"_qs, u"not"_qs, u"NEG_x"_qs, u":/"_qs, u";)"_qs, u"<3"_qs}));
    EXPECT_EQ(t.tokens[1].kind, TokenKind::Emoticon);
}

TEST(Tokenizer, NumbersAreOnePlaceholder)
{
    EXPECT_EQ(texts(tokenize(u"1,000 fans on the 4th")),
              (QStringList{u"<num>"_qs, u"fans"_qs, u"on"_qs, u"the"_qs, u"4th"_qs}));
}

TEST(Tokenizer, NonLatinScriptsStayWords)
{
    const TokenizedText t = tokenize(u"Привет мир 東京へ行きます。");
    EXPECT_EQ(texts(t), (QStringList{u"привет"_qs, u"мир"_qs, u"東京へ行きます"_qs}));
}

TEST(Tokenizer, EmptyAndWhitespaceTextsHaveNoTokens)
{
    EXPECT_TRUE(tokenize(u"").tokens.isEmpty());
    EXPECT_TRUE(tokenize(u"  \t ").tokens.isEmpty());
}

TEST(Features, AreStableAndUnitScaledPerGroup)
{
    const auto a = hashFeatures(tokenize(u"Not happy with the update :("));
    const auto b = hashFeatures(tokenize(u"Not happy with the update :("));
    ASSERT_EQ(a.size(), b.size());
    double words = 0, chars = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].hash, b[i].hash);
        (a[i].group == FeatureGroup::Word ? words : chars) += double(a[i].value) * a[i].value;
    }
    EXPECT_NEAR(words, 1.0, 1e-5);
    EXPECT_NEAR(chars, 1.0, 1e-5);
}

TEST(Features, NegationChangesTheWordFeature)
{
    const auto plain = hashFeatures(tokenize(u"happy"));
    const auto negated = hashFeatures(tokenize(u"not happy"));
    for (const HashedFeature& f : negated) {
        if (f.token == 1 && f.partner < 0 && f.group == FeatureGroup::Word) {
            EXPECT_NE(f.hash, plain[0].hash);
        }
    }
}

TEST(Tokenizer, SurvivesBrokenAndHugeInput)
{
    QString broken;
    for (char16_t unit : {u'a', char16_t(0xD83D), u' ', char16_t(0xDE00), char16_t(0xD83D), u'#',
                          u'@', u'&', u'\'', char16_t(0xFE0F), char16_t(0x200D)})
        broken.append(QChar(unit));
    const TokenizedText t = tokenize(broken);
    EXPECT_FALSE(t.tokens.isEmpty());
    EXPECT_FALSE(hashFeatures(t).empty());

    const QString huge = u"word "_qs.repeated(40000);
    const TokenizedText many = tokenize(huge);
    EXPECT_EQ(many.tokens.size(), 40000);
    for (const HashedFeature& f : hashFeatures(many)) {
        ASSERT_LT(f.token, many.tokens.size());
        ASSERT_LT(f.partner, many.tokens.size());
    }
}
