// SPDX-License-Identifier: GPL-3.0-or-later
// A provider registered by a test, with no edit anywhere else: the command line lists its
// accounts by its label and syncs them.
#include "auth/memory_vault.h"
#include "cli/accounts_command.h"
#include "cli/cli_io.h"
#include "cli/network_session.h"
#include "cli/sync_command.h"
#include "composition/composition.h"
#include "store/queue_query.h"
#include "support/echo_provider.h"
#include "support/workspace_fixture.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace hearken {
namespace {

class EchoOnTheCommandLine : public ::testing::Test {
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("echo.hearken"));
        root.providers().add(std::make_unique<echo::Provider>());
        auto workspace = testing::openWorkspace(path);
        Account account;
        account.network = QStringLiteral("echo");
        account.remoteId = QStringLiteral("brand");
        account.handle = QStringLiteral("@brand.echo");
        workspace->accounts().saveAccount(account, 1).value();
    }

    int run(const QStringList& command)
    {
        out.clear();
        err.clear();
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const QStringList arguments = QStringList{QStringLiteral("hearken")} + command +
                                      QStringList{QStringLiteral("--workspace"), path};
        if (command.first() == u"sync")
            return cli::runSync(arguments, {outStream, errStream}, root);
        cli::NetworkSession session(root, {outStream, errStream});
        return cli::runAccounts(arguments, {outStream, errStream}, session);
    }

    QTemporaryDir dir;
    QString path;
    auth::MemoryVault vault;
    Composition root{vault};
    QString out;
    QString err;
};

TEST_F(EchoOnTheCommandLine, AccountsListShowsItsLabel)
{
    ASSERT_EQ(run({QStringLiteral("accounts"), QStringLiteral("list")}), cli::Success)
        << err.toStdString();
    EXPECT_TRUE(out.contains(u"Echo Net"_qs)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"@brand.echo"_qs)) << out.toStdString();
}

TEST_F(EchoOnTheCommandLine, SyncStoresItsItems)
{
    ASSERT_EQ(run({QStringLiteral("sync")}), cli::Success) << err.toStdString();
    EXPECT_TRUE(out.contains(u"@brand.echo: 2 new items"_qs)) << out.toStdString();
    auto workspace = testing::openWorkspace(path);
    QueueFilter everything;
    everything.states.clear();
    const auto items = workspace->queue().count(QueueQuery(everything, 2'000'000'000, {}));
    ASSERT_TRUE(items.has_value());
    EXPECT_EQ(*items, 2);
}

} // namespace
} // namespace hearken
