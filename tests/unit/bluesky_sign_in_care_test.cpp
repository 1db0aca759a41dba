// SPDX-License-Identifier: GPL-3.0-or-later
// Care before and during a Bluesky sign-in: what is no handle is refused before any lookup,
// app passwords are told apart from main passwords, and servers that accept the connection but
// never answer end the attempt within the time the request allows.
#include "auth/memory_vault.h"
#include "providers/bluesky/app_password_sign_in.h"
#include "providers/bluesky/bluesky_account_adder.h"
#include "providers/bluesky/identity.h"
#include "support/scripted_http_server.h"
#include "support/silent_server.h"
#include "support/wait_for.h"
#include "support/workspace_fixture.h"
#include "sync/workspace_account_keeper.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>

#include <gtest/gtest.h>

namespace hearken::bluesky {
namespace {

// The handles of one of the AT Protocol's interop test files.
QStringList handlesIn(const char* name)
{
    QFile file(QStringLiteral(HEARKEN_TEST_DATA_DIR "/atproto/") + QLatin1String(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    QStringList handles;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (!line.isEmpty() && !line.startsWith(u'#'))
            handles << line;
    }
    return handles;
}

TEST(BlueskyHandleSyntax, TheInteropTestFilesHandlesAreTold)
{
    const QStringList valid = handlesIn("handle_syntax_valid.txt");
    const QStringList invalid = handlesIn("handle_syntax_invalid.txt");
    ASSERT_GT(valid.size(), 40);
    ASSERT_GT(invalid.size(), 40);
    for (const QString& handle : valid)
        EXPECT_EQ(handleSyntaxProblem(handle), std::nullopt) << handle.toStdString();
    for (const QString& handle : invalid)
        EXPECT_NE(handleSyntaxProblem(handle), std::nullopt) << '"' << handle.toStdString() << '"';
}

TEST(BlueskyHandleSyntax, TheReasonIsSaid)
{
    const std::pair<const char*, const char*> cases[] = {
        {"alice", "no domain"},
        {"alice@example.com", "email address"},
        {"did:plc:abc123", "DID"},
        {"alice.bsky.social.", "empty part"},
        {"-alice.test", "hyphen"},
        {"alice.123", "last part must start with a letter"},
        {"ålice.test", "only letters a-z, digits, hyphens and dots"},
        {"https://bsky.app/profile/alice.test", "only letters a-z"},
    };
    for (const auto& [handle, reason] : cases) {
        const auto problem = handleSyntaxProblem(QString::fromUtf8(handle));
        ASSERT_TRUE(problem.has_value()) << handle;
        EXPECT_TRUE(problem->contains(QLatin1String(reason)))
            << handle << ": " << problem->toStdString();
    }
}

TEST(BlueskyAppPassword, TheFormThePdsGivesAppPasswords)
{
    for (const char* password : {"abcd-2345-efgh-6777", "ZZZZ-aaaa-2222-7777"})
        EXPECT_TRUE(looksLikeAppPassword(QLatin1String(password))) << password;
    for (const char* password :
         {"alice-pass", "hunter2", "", "abcd-efgh-ijkl-mno1", "abcd-efgh-ijkl-mnop-",
          "abcdefghijklmnop", "abcd efgh ijkl mnop", "abcd-efgh-ijkl", "abcd-efgh-ijkl-mnop-qrst"})
        EXPECT_FALSE(looksLikeAppPassword(QLatin1String(password))) << password;
}

using testing::SilentServer;

class BlueskySignInCare : public ::testing::Test {
protected:
    auth::AuthResult<bluesky::AccountAdder::Added>
    add(const bluesky::AccountAdder::Request& request)
    {
        WorkspaceAccountKeeper keeper(*workspace, [] { return qint64(1); });
        DpopNonces nonces;
        bluesky::AccountAdder adder({http, nullptr, vault, keeper, nonces});
        const auto result = testing::waitFor<auth::AuthResult<bluesky::AccountAdder::Added>>(
            [&](auto done) { adder.start(request, done); }, 60'000);
        EXPECT_TRUE(result.has_value());
        return result.value_or(auth::authError(auth::AuthError::Kind::Server, {}));
    }

    QNetworkAccessManager network;
    // The client's own defaults: three attempts of 30 s each for a lookup.
    net::HttpClient http{network};
    auth::MemoryVault vault;
    std::unique_ptr<Workspace> workspace = testing::memoryWorkspace();
};

TEST_F(BlueskySignInCare, WhatIsNoHandleIsRefusedBeforeAnyLookup)
{
    int requests = 0;
    testing::ScriptedHttpServer server([&requests](const testing::ScriptedRequest&) {
        ++requests;
        return testing::ScriptedReply{404, {}, {}};
    });
    bluesky::AccountAdder::Request request;
    request.appPassword = QStringLiteral("abcd-2345-efgh-6777");
    request.handleResolver = server.url(QString());
    request.plc = server.url(QString());
    for (const char* typed : {"alice", "alice@example.com", "@alice.bsky.social."}) {
        request.handle = QLatin1String(typed);
        const auto added = add(request);
        ASSERT_FALSE(added.has_value()) << typed;
        EXPECT_TRUE(added.error().message.contains(QLatin1String("is not a Bluesky handle")))
            << added.error().message.toStdString();
        EXPECT_TRUE(added.error().message.contains(QLatin1String("yourname.bsky.social")));
    }
    EXPECT_EQ(requests, 0);
}

TEST_F(BlueskySignInCare, ASilentServerFailsWithinTheConfiguredTime)
{
    SilentServer silent;
    ASSERT_TRUE(silent.isListening());
    bluesky::AccountAdder::Request request;
    request.handle = QStringLiteral("alice.test");
    request.appPassword = QStringLiteral("abcd-2345-efgh-6777");
    request.answerTimeoutMs = 1'500;

    // The PDS given: the sign-in itself waits.
    request.pds = silent.url();
    QElapsedTimer clock;
    clock.start();
    auto added = add(request);
    qint64 took = clock.elapsed();
    ASSERT_FALSE(added.has_value());
    EXPECT_GE(took, 1'400);
    EXPECT_LT(took, 2'500);
    EXPECT_EQ(added.error().message,
              QStringLiteral("127.0.0.1 did not answer within 1.5 s. Check the address and the "
                             "connection, or try again later."));
    EXPECT_FALSE(silent.accepted.isEmpty()) << "the connection was accepted";

    // Found from the handle: the lookup waits, and the same time holds.
    request.pds = QUrl();
    request.handleResolver = silent.url();
    request.answerTimeoutMs = 2'000;
    clock.restart();
    added = add(request);
    took = clock.elapsed();
    ASSERT_FALSE(added.has_value());
    EXPECT_GE(took, 1'900);
    EXPECT_LT(took, 3'000);
    EXPECT_TRUE(
        added.error().message.startsWith(QLatin1String("127.0.0.1 did not answer within 2 s.")))
        << added.error().message.toStdString();
    EXPECT_TRUE(workspace->accounts().accounts().value().isEmpty());
}

} // namespace
} // namespace hearken::bluesky
