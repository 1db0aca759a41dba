// SPDX-License-Identifier: GPL-3.0-or-later
// The service's key file: made once with only its owner able to read it, read back as the same
// key, and refused when others could read it or it holds no key.
#include "auth/service_key.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace hearken::auth {
namespace {

class ServiceKeyFile : public ::testing::Test {
protected:
    static void SetUpTestSuite() { ASSERT_TRUE(startSealing()); }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state/service.key"));
};

TEST_F(ServiceKeyFile, IsMadeOnFirstStartForItsOwnerOnlyAndReadBackAfterwards)
{
    const auto made = ServiceKey::loadOrCreate(path);
    ASSERT_TRUE(made.has_value()) << made.error().toStdString();
    EXPECT_TRUE(made->isNew());
    EXPECT_EQ(QFile(path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
              QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const auto again = ServiceKey::loadOrCreate(path);
    ASSERT_TRUE(again.has_value()) << again.error().toStdString();
    EXPECT_FALSE(again->isNew());
    EXPECT_EQ(again->publicKey(), made->publicKey());
    EXPECT_EQ(again->fingerprint(), made->fingerprint());
    // What the first one sealed, the key read back opens.
    const QByteArray blob = seal(made->publicKey(), "token").value();
    EXPECT_EQ(open(again->keys(), blob).value_or(QByteArray()), QByteArray("token"));
}

TEST_F(ServiceKeyFile, AFileOthersCanReadIsRefusedSayingHowToFixIt)
{
    ASSERT_TRUE(ServiceKey::loadOrCreate(path).has_value());
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                               QFileDevice::ReadGroup | QFileDevice::ReadOther);
    const auto refused = ServiceKey::loadOrCreate(path);
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(refused.error().contains(u"can be read by other users"_qs))
        << refused.error().toStdString();
    EXPECT_TRUE(refused.error().contains(u"chmod 600 "_qs + path)) << refused.error().toStdString();
}

TEST_F(ServiceKeyFile, AFileWithoutAKeyIsRefusedAndLeftAsItIs)
{
    ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("state"))));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    file.write("not a key\n");
    file.close();
    const auto refused = ServiceKey::loadOrCreate(path);
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(refused.error().contains(u"holds no service key"_qs))
        << refused.error().toStdString();
    QFile kept(path);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("not a key\n"));
}

TEST_F(ServiceKeyFile, TwoFilesHoldTwoDifferentKeys)
{
    const auto one = ServiceKey::loadOrCreate(path);
    const auto two = ServiceKey::loadOrCreate(dir.filePath(QStringLiteral("other.key")));
    ASSERT_TRUE(one.has_value() && two.has_value());
    EXPECT_NE(one->fingerprint(), two->fingerprint());
}

} // namespace
} // namespace hearken::auth
