// SPDX-License-Identifier: GPL-3.0-or-later
// A provider registered by a test, with no edit anywhere else: the command line signs it in
// with its form's options, lists its accounts by its label and syncs them.
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
        QString noInput;
        QTextStream input(&noInput);
        return cli::runAccounts(arguments, {outStream, errStream}, session, input);
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

TEST_F(EchoOnTheCommandLine, AccountsAddSignsInWithItsFormsOptions)
{
    ASSERT_EQ(run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("echo"),
                   QStringLiteral("--name"), QStringLiteral("fan")}),
              cli::Success)
        << err.toStdString();
    EXPECT_TRUE(out.contains(u"Echoed @fan.echo."_qs)) << out.toStdString();
    EXPECT_TRUE(err.contains(u"Echoing…"_qs)) << "its progress is shown: " << err.toStdString();
    auto workspace = testing::openWorkspace(path);
    const auto accounts = workspace->accounts().accounts();
    ASSERT_TRUE(accounts.has_value());
    ASSERT_EQ(accounts->size(), 2);
    EXPECT_EQ(accounts->last().network, u"echo"_qs);
    EXPECT_EQ(accounts->last().handle, u"@fan.echo"_qs);
}

TEST_F(EchoOnTheCommandLine, AccountsAddWithoutARequiredOptionSaysHowAndAddsNothing)
{
    EXPECT_EQ(run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("echo")}),
              cli::UsageError);
    EXPECT_TRUE(err.contains(u"Usage: hearken accounts add echo --name NAME"_qs))
        << err.toStdString();
    auto workspace = testing::openWorkspace(path);
    EXPECT_EQ(workspace->accounts().accounts()->size(), 1);
}

TEST_F(EchoOnTheCommandLine, AccountsAddHelpListsEachNetworksOptions)
{
    ASSERT_EQ(run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--help")}),
              cli::Success)
        << err.toStdString();
    EXPECT_TRUE(out.contains(u"accounts add echo: Add an Echo Net account."_qs))
        << out.toStdString();
    EXPECT_TRUE(out.contains(u"--name NAME"_qs)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"The account's name."_qs)) << out.toStdString();
    // The shipped networks' options are listed beside it.
    EXPECT_TRUE(out.contains(u"--server SERVER"_qs)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"--handle HANDLE"_qs)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"--app-password "_qs)) << out.toStdString();
}

} // namespace
} // namespace hearken
