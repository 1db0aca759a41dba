// SPDX-License-Identifier: GPL-3.0-or-later
// `hearken sync` against the Mastodon test server: a long history through the server's rate
// limit in one run, with progress, and the line about mentions the server holds back.
#include "cli/cli_io.h"
#include "cli/sync_command.h"
#include "composition/composition.h"
#include "mastodon_fixture.h"

using namespace hearken;
using namespace hearken::testing;

TEST_F(MastodonFixture, TheSyncCommandWaitsOutTheRateLimitAndSaysWhatTheServerHoldsBack)
{
    auto account = signIn(peer.url());
    ASSERT_TRUE(account) << account.error().message.toStdString();
    peer.control(QStringLiteral("/seed"), {{QStringLiteral("count"), QStringLiteral("255")}});
    peer.control(QStringLiteral("/held-back"), {{QStringLiteral("count"), QStringLiteral("2")}});
    // Eight pages of 40, threads and more: the budget runs out again and again.
    peer.control(QStringLiteral("/rate-limit"),
                 {{QStringLiteral("limit"), QStringLiteral("8")},
                  {QStringLiteral("windowMs"), QStringLiteral("1500")}});

    Composition root(vault);
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int exit = cli::runSync({QStringLiteral("hearken"), QStringLiteral("sync"),
                                   QStringLiteral("--workspace"), workspace->database().path()},
                                  {outStream, errStream}, root);
    EXPECT_EQ(exit, cli::Success) << err.toStdString();
    EXPECT_EQ(queueCount(account->id), 45 + 255 + 2);
    EXPECT_TRUE(err.contains(u": backfill, 280 fetched\n"_qs)) << err.toStdString();
    EXPECT_TRUE(err.contains(u"waiting for the server's rate limit until"_qs)) << err.toStdString();
    EXPECT_TRUE(out.contains(u"302 new items"_qs)) << out.toStdString();
    EXPECT_TRUE(out.contains(peer.url().host() +
                             u" holds back private mentions from people the "
                             u"account does not follow and mentions from accounts the server's "
                             u"moderators limited (2 waiting there)"))
        << out.toStdString();
}
