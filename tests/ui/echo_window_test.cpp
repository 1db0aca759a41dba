// SPDX-License-Identifier: GPL-3.0-or-later
// A provider registered by a test, with no edit anywhere else: the window names its accounts by
// its label in the sidebar and syncs them into the queue.
#include "auth/browser_opener.h"
#include "auth/memory_vault.h"
#include "net/http_client.h"
#include "shell/sidebar_model.h"
#include "support/echo_provider.h"
#include "support/wait_for.h"
#include "window_fixture.h"

#include <QNetworkAccessManager>

using namespace hearken;
using namespace hearken::testing;

namespace {

class EchoInTheWindow : public WindowTest {};

TEST_F(EchoInTheWindow, ItsAccountIsNamedByItsLabelAndSyncedIntoTheQueue)
{
    providers.add(std::make_unique<echo::Provider>());
    {
        auto workspace = Workspace::open(environment.defaultWorkspacePath);
        ASSERT_TRUE(workspace);
        Account account;
        account.network = QStringLiteral("echo");
        account.remoteId = QStringLiteral("brand");
        account.handle = QStringLiteral("@brand.echo");
        ASSERT_TRUE((*workspace)->accounts().saveAccount(account, 1));
    }
    QNetworkAccessManager network;
    net::HttpClient http(network);
    auth::MemoryVault vault;
    DpopNonces nonces;
    auth::CommandBrowserOpener browser(QStringLiteral("true"));
    environment.http = &http;
    environment.vault = &vault;
    environment.nonces = &nonces;
    environment.browser = &browser;
    showWindow();
    ASSERT_TRUE(window->openWorkspace(environment.defaultWorkspacePath));

    ASSERT_TRUE(spinUntil([&] { return model().rowCount() == 2; }, 10'000)) << model().rowCount();
    SidebarModel& sidebar = inbox().sidebarModel();
    const QModelIndex accounts = sidebar.groupIndex(SidebarModel::Accounts);
    ASSERT_EQ(sidebar.rowCount(accounts), 1);
    EXPECT_EQ(sidebar.index(0, 0, accounts).data(Qt::ToolTipRole).toString(),
              u"Echo Net account @brand.echo"_qs);
}

} // namespace
