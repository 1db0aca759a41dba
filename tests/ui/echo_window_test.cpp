// SPDX-License-Identifier: GPL-3.0-or-later
// A provider registered by a test, with no edit anywhere else: the window offers to add its
// accounts with its form, names and marks them by its label and mark wherever networks show,
// and syncs them into the queue.
#include "accounts/add_account_dialog.h"
#include "auth/browser_opener.h"
#include "auth/memory_vault.h"
#include "inbox/filter_bar.h"
#include "inbox/queue_model.h"
#include "net/http_client.h"
#include "shell/semantic_colors.h"
#include "shell/sidebar_model.h"
#include "shell/welcome_page.h"
#include "support/echo_provider.h"
#include "support/wait_for.h"
#include "window_fixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QIcon>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTimer>

using namespace hearken;
using namespace hearken::testing;

namespace {

class EchoInTheWindow : public WindowTest {
protected:
    void useTheNetwork()
    {
        environment.http = &http;
        environment.vault = &vault;
        environment.nonces = &nonces;
        environment.browser = &browser;
    }

    QNetworkAccessManager network;
    net::HttpClient http{network};
    auth::MemoryVault vault;
    DpopNonces nonces;
    auth::CommandBrowserOpener browser{QStringLiteral("true")};
};

TEST_F(EchoInTheWindow, TheAddAccountMenuSignsItInWithItsFormAndSyncsIt)
{
    providers.add(std::make_unique<echo::Provider>());
    useTheNetwork();
    showWindow();
    ASSERT_TRUE(window->showsWelcome());
    ASSERT_TRUE(window->welcome()->addButton(u"echo"_qs)) << "the welcome page offers it too";
    QAction* add = nullptr;
    for (QAction* action : window->findChildren<QAction*>()) {
        if (action->text() == u"&Echo Net…")
            add = action;
    }
    ASSERT_TRUE(add) << "File → Add account → Echo Net…";

    QString title;
    QTimer::singleShot(0, window.get(), [&] {
        auto* dialog = qobject_cast<AddAccountDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        title = dialog->windowTitle();
        dialog->signInButton()->click(); // nothing typed: the form says what is missing
        dialog->field(u"name"_qs)->setText(QStringLiteral("fan"));
        dialog->signInButton()->click();
    });
    add->trigger();
    EXPECT_TRUE(title.contains(u"Echo Net"_qs)) << title.toStdString();

    ASSERT_TRUE(window->session());
    const auto accounts = workspace().accounts().accounts();
    ASSERT_TRUE(accounts.has_value());
    ASSERT_EQ(accounts->size(), 1);
    EXPECT_EQ(accounts->first().network, u"echo"_qs);
    EXPECT_EQ(accounts->first().handle, u"@fan.echo"_qs);
    // The new account syncs at once: its page reaches the queue.
    EXPECT_TRUE(spinUntil([&] { return model().rowCount() == 2; }, 10'000)) << model().rowCount();
}

TEST_F(EchoInTheWindow, ItsAccountIsNamedAndMarkedByItsProviderAndSyncedIntoTheQueue)
{
    providers.add(std::make_unique<echo::Provider>());
    const NetworkMark mark = echo::Provider().mark();
    {
        auto workspace = Workspace::open(environment.defaultWorkspacePath);
        ASSERT_TRUE(workspace);
        Account account;
        account.network = QStringLiteral("echo");
        account.remoteId = QStringLiteral("brand");
        account.handle = QStringLiteral("@brand.echo");
        ASSERT_TRUE((*workspace)->accounts().saveAccount(account, 1));
    }
    useTheNetwork();
    showWindow();
    ASSERT_TRUE(window->openWorkspace(environment.defaultWorkspacePath));

    ASSERT_TRUE(spinUntil([&] { return model().rowCount() == 2; }, 10'000)) << model().rowCount();
    SidebarModel& sidebar = inbox().sidebarModel();
    const QModelIndex accounts = sidebar.groupIndex(SidebarModel::Accounts);
    ASSERT_EQ(sidebar.rowCount(accounts), 1);
    EXPECT_EQ(sidebar.index(0, 0, accounts).data(Qt::ToolTipRole).toString(),
              u"Echo Net account @brand.echo"_qs);

    // The queue's network column: the provider's label, and its mark in its colour.
    const QModelIndex networkCell = model().index(0, int(QueueColumn::Network));
    EXPECT_EQ(networkCell.data().toString(), u"Echo Net"_qs);
    const QImage icon =
        qvariant_cast<QIcon>(networkCell.data(Qt::DecorationRole)).pixmap(QSize(32, 32)).toImage();
    // Left of the letter, inside the wide mark.
    EXPECT_EQ(QColor(icon.pixel(6, 16)).name(), networkColor(mark, QApplication::palette()).name());

    // The filter bar offers the network by its label.
    QStringList offered;
    for (const QComboBox* combo : inbox().filterBar().findChildren<QComboBox*>()) {
        for (int i = 0; i < combo->count(); ++i)
            offered << combo->itemText(i);
    }
    EXPECT_TRUE(offered.contains(u"Echo Net"_qs)) << offered.join(u", ").toStdString();
}

} // namespace
