// SPDX-License-Identifier: GPL-3.0-or-later
// A provider's conversation fetch only reads; the session stores what it brings as context
// through the sync's ledger, so the thread shows it and the queue does not grow.
#include "auth/memory_vault.h"
#include "gui/window_services.h"
#include "net/http_client.h"
#include "providers/provider_registry.h"
#include "session.h"
#include "store/account_repository.h"
#include "store/ingest_writer.h"
#include "store/post_repository.h"
#include "store/workspace.h"
#include "support/echo_provider.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hearken;

namespace {

// A session on a new workspace file, with network access that nothing here reaches.
struct SessionWith {
    explicit SessionWith(const ProviderRegistry& providers)
        : http(network)
        , environment(withNetwork(providers))
        , session(Session::open(dir.filePath(u"w.hearken"_qs), providers, u"me"_qs,
                                environment.clock, std::nullopt, windowServices(environment)))
    {}

    GuiEnvironment withNetwork(const ProviderRegistry& providers)
    {
        GuiEnvironment made(providers);
        made.clock = [] { return qint64(10'000); };
        made.http = &http;
        made.vault = &vault;
        made.nonces = &nonces;
        return made;
    }

    QTemporaryDir dir;
    QNetworkAccessManager network;
    net::HttpClient http;
    auth::MemoryVault vault;
    DpopNonces nonces;
    GuiEnvironment environment;
    StoreResult<std::unique_ptr<Session>> session;
};

TEST(ConversationFetch, TheSessionStoresWhatTheProviderFetchedAboveAReply)
{
    ProviderRegistry providers;
    providers.add(std::make_unique<echo::Provider>());
    SessionWith with(providers);
    auto& session = with.session;
    ASSERT_TRUE(session) << session.error().message.toStdString();
    Workspace& workspace = (*session)->workspace();
    Account account;
    account.network = u"echo"_qs;
    account.remoteId = u"brand"_qs;
    account.handle = u"@brand.echo"_qs;
    account.id = workspace.accounts().saveAccount(account, 1).value();
    InboundItem reply;
    reply.post.accountId = account.id;
    reply.post.network = account.network;
    reply.post.remoteId = u"echo-reply"_qs;
    reply.post.kind = PostKind::Reply;
    reply.post.replyToRemoteId = u"echo-parent"_qs;
    reply.post.author = {0, account.network, u"caller"_qs, u"caller"_qs, u"Caller"_qs, {}, {}, {}};
    reply.post.text = u"and so?"_qs;
    reply.post.createdAt = 9'000;
    IngestBatch batch;
    batch.items = {reply};
    const auto written = workspace.ingest().write(batch);
    ASSERT_TRUE(written);
    const qint64 itemId = written->newItemIds.value(0);
    ASSERT_EQ(workspace.posts().thread(itemId)->size(), 1);

    Post post = workspace.posts().post(itemId).value();
    std::optional<QString> answer;
    ASSERT_TRUE((*session)->fetchChain(post, [&](const QString& error) { answer = error; }));

    ASSERT_TRUE(answer.has_value());
    EXPECT_TRUE(answer->isEmpty()) << answer->toStdString();
    const auto thread = workspace.posts().thread(itemId);
    ASSERT_TRUE(thread);
    ASSERT_EQ(thread->size(), 2);
    EXPECT_EQ(thread->first().post.text, u"what came before"_qs);
    EXPECT_EQ(thread->first().post.remoteId, u"echo-parent"_qs);
}

TEST(ConversationFetch, ANetworkWithoutOneFetchesNothing)
{
    ProviderRegistry providers;
    SessionWith with(providers);
    auto& session = with.session;
    ASSERT_TRUE(session);
    Post post;
    post.network = u"echo"_qs;
    post.replyToRemoteId = u"echo-parent"_qs;
    EXPECT_FALSE((*session)->fetchChain(post, [](const QString&) { FAIL(); }));
}

} // namespace
