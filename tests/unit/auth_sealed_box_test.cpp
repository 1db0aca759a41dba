// SPDX-License-Identifier: GPL-3.0-or-later
// Sealed boxes with the real libsodium: what one key pair's public key seals, only that pair
// opens, whole; anything else fails with words a person can act on.
#include "auth/sealed_box.h"

#include <gtest/gtest.h>

namespace hearken::auth {
namespace {

class SealedBox : public ::testing::Test {
protected:
    static void SetUpTestSuite() { ASSERT_TRUE(startSealing()); }
};

TEST_F(SealedBox, WhatIsSealedToAPublicKeyOpensWithItsPairAndHidesTheSecret)
{
    const SealingKeyPair service = SealingKeyPair::generate();
    const QByteArray token("mastodon-access-token-0123456789");
    const auto blob = seal(service.publicKey(), token);
    ASSERT_TRUE(blob.has_value()) << blob.error().toStdString();
    EXPECT_FALSE(blob->contains(token));
    const auto opened = open(service, *blob);
    ASSERT_TRUE(opened.has_value()) << opened.error().toStdString();
    EXPECT_EQ(*opened, token);
    // Each sealing uses a key of its own: the same secret never gives the same blob twice.
    EXPECT_NE(*seal(service.publicKey(), token), *blob);
}

TEST_F(SealedBox, ABlobChangedInOneBitDoesNotOpen)
{
    const SealingKeyPair service = SealingKeyPair::generate();
    const QByteArray blob = seal(service.publicKey(), "secret").value();
    for (qsizetype at : {qsizetype(0), blob.size() / 2, blob.size() - 1}) {
        QByteArray altered = blob;
        altered[at] = char(altered[at] ^ 0x01);
        const auto opened = open(service, altered);
        ASSERT_FALSE(opened.has_value()) << "bit changed at byte " << at;
        EXPECT_TRUE(opened.error().contains(u"changed since"_qs)) << opened.error().toStdString();
    }
    const auto cut = open(service, blob.left(10));
    ASSERT_FALSE(cut.has_value());
    EXPECT_TRUE(cut.error().contains(u"cut short"_qs)) << cut.error().toStdString();
}

TEST_F(SealedBox, AnotherKeyPairCannotOpenIt)
{
    const SealingKeyPair service = SealingKeyPair::generate();
    const SealingKeyPair thief = SealingKeyPair::generate();
    const QByteArray blob = seal(service.publicKey(), "secret").value();
    const auto opened = open(thief, blob);
    ASSERT_FALSE(opened.has_value());
    EXPECT_TRUE(opened.error().contains(u"sealed to another key"_qs))
        << opened.error().toStdString();
}

TEST_F(SealedBox, EmptyAndLargeSecretsMakeTheRoundTrip)
{
    const SealingKeyPair service = SealingKeyPair::generate();
    QByteArray large(100 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < large.size(); ++i)
        large[i] = char(i * 7 + 3);
    for (const QByteArray& secret : {QByteArray(), large}) {
        const auto blob = seal(service.publicKey(), secret);
        ASSERT_TRUE(blob.has_value()) << blob.error().toStdString();
        const auto opened = open(service, *blob);
        ASSERT_TRUE(opened.has_value()) << opened.error().toStdString();
        EXPECT_EQ(*opened, secret);
    }
}

TEST_F(SealedBox, APairMadeAgainFromItsPrivateKeyOpensWhatWasSealedToIt)
{
    const SealingKeyPair service = SealingKeyPair::generate();
    const QByteArray blob = seal(service.publicKey(), "secret").value();
    const auto again = SealingKeyPair::fromPrivateKey(service.privateKey());
    ASSERT_TRUE(again.has_value()) << again.error().toStdString();
    EXPECT_EQ(again->publicKey(), service.publicKey());
    EXPECT_EQ(open(*again, blob).value_or(QByteArray()), QByteArray("secret"));
}

TEST_F(SealedBox, RefusesKeysOfTheWrongSize)
{
    EXPECT_FALSE(SealingKeyPair::fromPrivateKey("short").has_value());
    const auto sealed = seal(QByteArray(31, 'k'), "secret");
    ASSERT_FALSE(sealed.has_value());
    EXPECT_TRUE(sealed.error().contains(u"32 bytes"_qs)) << sealed.error().toStdString();
}

TEST_F(SealedBox, FingerprintsTellKeysApart)
{
    const SealingKeyPair one = SealingKeyPair::generate();
    const SealingKeyPair two = SealingKeyPair::generate();
    EXPECT_EQ(fingerprintOf(one.publicKey()), fingerprintOf(one.publicKey()));
    EXPECT_NE(fingerprintOf(one.publicKey()), fingerprintOf(two.publicKey()));
    EXPECT_EQ(fingerprintOf(one.publicKey()).size(), 64);
}

} // namespace
} // namespace hearken::auth
