// SPDX-License-Identifier: GPL-3.0-or-later
// The sample workspace shows what a newcomer will meet: only networks they can add, and flags
// that agree with the replies shown.
#include "sample/sample_generator.h"
#include "store/sql.h"
#include "support/workspace_fixture.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

qint64 count(Workspace& ws, const QString& sql)
{
    auto query = sql::exec(ws.database().connection(), sql);
    EXPECT_TRUE(query && query->next());
    return query && query->isValid() ? query->value(0).toLongLong() : -1;
}

} // namespace

TEST(SampleData, HoldsOnlyNetworksAUserCanAdd)
{
    const ProviderRegistry providers = shippedProviders();
    const QList<Account> accounts =
        sample::SampleGenerator::sampleAccounts(providers.sampleStyles());
    ASSERT_EQ(accounts.size(), 2);
    for (const Account& account : accounts)
        EXPECT_TRUE(account.network == u"mastodon" || account.network == u"bluesky")
            << account.network.toStdString();
    auto ws = memoryWorkspace();
    ASSERT_TRUE(ws);
    importSample(*ws, 600);
    EXPECT_EQ(count(*ws, u"SELECT count(*) FROM posts WHERE network NOT IN "
                         "('mastodon', 'bluesky')"_qs),
              0);
    EXPECT_EQ(count(*ws, u"SELECT count(DISTINCT network) FROM queue"_qs), 2);
}

TEST(SampleData, PraiseTheBrandRepliedToIsThanked)
{
    auto ws = memoryWorkspace();
    ASSERT_TRUE(ws);
    importSample(*ws, 1500);
    const QString repliedPraise =
        u"SELECT count(*) FROM queue q JOIN posts p ON p.id = q.post_id WHERE q.tone = 'praise' "
        "AND EXISTS (SELECT 1 FROM posts r WHERE r.kind = 'own' AND r.network = p.network AND "
        "r.reply_to_remote_id = p.remote_id)"_qs;
    ASSERT_GT(count(*ws, repliedPraise), 20);
    EXPECT_EQ(count(*ws, repliedPraise + u" AND q.thanked_at IS NULL"_qs), 0);
    // Unthanked praise remains, for the flags to show: the praise nobody answered yet.
    EXPECT_GT(count(*ws, u"SELECT count(*) FROM queue WHERE tone = 'praise' AND state = 'open' "
                         "AND thanked_at IS NULL"_qs),
              0);
}
