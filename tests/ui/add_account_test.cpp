// SPDX-License-Identifier: GPL-3.0-or-later
// "Add account… → Mastodon" against the Mastodon test server, and the sidebar's account status.
#include "add_account_dialog.h"
#include "auth/memory_vault.h"
#include "queue_counter.h"
#include "sidebar_model.h"
#include "store/workspace.h"
#include "support/node_peer.h"
#include "support/wait_for.h"

#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

class AddAccountTest : public ::testing::Test {
protected:
    AddAccountTest()
        : peer(QStringLiteral(HEARKEN_PEERS_DIR "/mastodon/server.js"))
        , http(network)
        , browser(QStringLiteral("node " HEARKEN_PEERS_DIR "/mastodon/browser.js"))
        , workspace(Workspace::open(dir.filePath(QStringLiteral("w.hearken"))).value_or(nullptr))
    {}

    mastodon::SignIn::Services services()
    {
        return {http, browser, vault, workspace->accounts(), workspace->syncState(), [] {
                    return QDateTime::currentSecsSinceEpoch();
                }};
    }

    static QString errorText(const AddMastodonDialog& dialog)
    {
        QString text;
        for (const QLabel* label : dialog.findChildren<QLabel*>())
            text += label->text() + u'\n';
        return text;
    }

    static QPushButton* signInButton(const AddMastodonDialog& dialog)
    {
        for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
            if (button->text().contains(u"Sign in"))
                return button;
        }
        return nullptr;
    }

    QTemporaryDir dir;
    NodePeer peer;
    QNetworkAccessManager network;
    net::HttpClient http;
    auth::MemoryVault vault;
    auth::CommandBrowserOpener browser;
    std::unique_ptr<Workspace> workspace;
};

} // namespace

TEST_F(AddAccountTest, SigningInThroughTheDialogAddsTheAccount)
{
    ASSERT_TRUE(peer.isUp());
    AddMastodonDialog dialog(services());
    dialog.show();
    dialog.serverField()->setText(peer.url().toString());
    QPushButton* button = signInButton(dialog);
    ASSERT_TRUE(button);
    button->click();
    EXPECT_FALSE(dialog.serverField()->isEnabled()) << "busy while signing in";
    ASSERT_TRUE(spinUntil([&] { return dialog.result() == QDialog::Accepted; }, 20'000))
        << errorText(dialog).toStdString();
    ASSERT_TRUE(dialog.account());
    EXPECT_TRUE(dialog.account()->handle.startsWith(u"@brand@"));
    EXPECT_EQ(workspace->accounts().accounts()->size(), 1);
}

TEST_F(AddAccountTest, SaysPlainlyWhatWentWrong)
{
    AddMastodonDialog dialog(services());
    dialog.show();
    signInButton(dialog)->click();
    EXPECT_TRUE(errorText(dialog).contains(u"Type the server's name"));

    dialog.serverField()->setText(QStringLiteral("http://mastodon.example"));
    signInButton(dialog)->click();
    ASSERT_TRUE(spinUntil([&] { return dialog.serverField()->isEnabled(); }, 5000));
    EXPECT_TRUE(errorText(dialog).contains(u"https")) << errorText(dialog).toStdString();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
}

TEST_F(AddAccountTest, TheSidebarShowsPausedAndSignInAgain)
{
    Account account;
    account.network = QStringLiteral("mastodon");
    account.remoteId = QStringLiteral("1@m.example");
    account.handle = QStringLiteral("@brand@m.example");
    const qint64 id = workspace->accounts().saveAccount(account, 0).value_or(0);
    QueueCounter counter(*workspace, [] { return qint64(0); });
    SidebarModel model(workspace->savedViews(), workspace->accounts(), workspace->changes(),
                       counter);
    model.setSyncState(&workspace->syncState());
    const auto row = [&] { return model.index(0, 0, model.groupIndex(SidebarModel::Accounts)); };
    EXPECT_EQ(row().data().toString(), u"@brand@m.example");

    AccountSyncStatus paused;
    paused.accountId = id;
    paused.kind = AccountSyncStatus::Kind::Paused;
    paused.pausedUntil = QDateTime(QDate(2026, 11, 26), QTime(14, 5)).toSecsSinceEpoch();
    ASSERT_TRUE(workspace->syncState().setStatus(paused));
    EXPECT_EQ(row().data().toString(), u"@brand@m.example — paused until 14:05");

    AccountSyncStatus revoked;
    revoked.accountId = id;
    revoked.kind = AccountSyncStatus::Kind::SignInNeeded;
    revoked.lastError = QStringLiteral("The sign-in expired or was revoked. Sign in again.");
    ASSERT_TRUE(workspace->syncState().setStatus(revoked));
    EXPECT_EQ(row().data().toString(), u"@brand@m.example — sign in again");
    EXPECT_TRUE(row().data(Qt::ToolTipRole).toString().contains(u"revoked"));
}

TEST_F(AddAccountTest, ClosingTheDialogMidwayLeavesNothingBehind)
{
    ASSERT_TRUE(peer.isUp());
    auto dialog = std::make_unique<AddMastodonDialog>(services());
    dialog->show();
    dialog->serverField()->setText(peer.url().toString());
    signInButton(*dialog)->click();
    spinUntil([] { return false; }, 30);
    dialog.reset();
    // Whatever was still on its way (HTTP, vault, browser) finds nobody and does nothing.
    spinUntil([] { return false; }, 1500);
    EXPECT_TRUE(workspace->accounts().accounts()->isEmpty());
}
