// SPDX-License-Identifier: GPL-3.0-or-later
// Mastodon sign-ins from a desk of a team workspace (a real PostgreSQL, the Mastodon test
// server): the desk cannot read back the client secret it sealed for the service, so a second
// account on the same server registers Hearken again instead of failing; the service opens
// both tokens and the desk's keychain holds nothing.
#include "auth/service_key.h"
#include "mastodon/mastodon_fixture.h"
#include "store/sealed_key_repository.h"
#include "support/postgres_workspace.h"

#include <gtest/gtest.h>

namespace hearken::testing {
namespace {

using MastodonOnATeamDesk = MastodonFixture;

TEST_F(MastodonOnATeamDesk, SignsInASecondAccountOnTheSameServerWithANewRegistration)
{
    ASSERT_TRUE(auth::startSealing());
    ASSERT_TRUE(peer.isUp());
    const auto team = workspaceOn(Engine::Postgresql);
    ASSERT_TRUE(team);
    const auto key = auth::ServiceKey::loadOrCreate(dir.filePath(QStringLiteral("service.key")));
    ASSERT_TRUE(key.has_value()) << key.error().toStdString();
    ASSERT_TRUE(
        SealedKeyRepository(team->database()).publish(*key, KeyReplacement::Refuse).has_value());
    const auto desk = workspaceVault(*team, vault);

    const auto first = signIn(peer.url(), signInServices(*team, *desk));
    ASSERT_TRUE(first) << first.error().message.toStdString();
    const auto second = signIn(peer.url(), signInServices(*team, *desk));
    ASSERT_TRUE(second) << second.error().message.toStdString();
    EXPECT_EQ(peer.control(QStringLiteral("/state")).value(QLatin1String("apps")).toInt(), 2);
    EXPECT_TRUE(vault.contents().isEmpty()) << "the desk's keychain holds nothing";

    const auto service = workspaceVault(*team, vault, &*key);
    const auto token = waitFor<auth::VaultResult<QString>>(
        [&](auto done) { service->read(auth::accessTokenKey(second->id), done); });
    ASSERT_TRUE(token.has_value() && token->has_value());
    EXPECT_FALSE((*token)->isEmpty());
}

} // namespace
} // namespace hearken::testing
