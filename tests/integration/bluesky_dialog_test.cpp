// SPDX-License-Identifier: GPL-3.0-or-later
// "Add account… → Bluesky" against the reference network: app password, a wrong one, and
// OAuth through the fake browser, with an in-memory vault standing in for the keychain.
#include "accounts/add_account_dialog.h"
#include "atproto_network.h"
#include "auth/browser_opener.h"
#include "auth/memory_vault.h"
#include "composition/composition.h"
#include "gui/window_services.h"
#include "providers/bluesky/bluesky_provider.h"
#include "providers/bluesky/session_secrets.h"
#include "session.h"
#include "shell/main_window.h"
#include "shell/queue_counter.h"
#include "shell/sidebar_model.h"
#include "store/workspace.h"
#include "support/wait_for.h"
#include "sync/workspace_account_keeper.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>

#include <gtest/gtest.h>

#include <deque>

namespace hearken {
namespace {

class AddBlueskyDialogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto found = testing::AtprotoNetwork::fromEnvironment();
        ASSERT_TRUE(found.has_value());
        net = *found;
        workspace = Workspace::open(dir.filePath(QStringLiteral("w.hearken"))).value_or(nullptr);
        ASSERT_TRUE(workspace);
    }

    SignInServices services(auth::BrowserOpener* browser = nullptr)
    {
        const auto now = [] { return QDateTime::currentSecsSinceEpoch(); };
        keepers.emplace_back(*workspace, now);
        return {{http, vault, nonces, now}, browser, keepers.back()};
    }

    // Self-hosted: the reference network's PDS and PLC directory, typed under Advanced.
    void fillIn(AddAccountDialog& dialog)
    {
        dialog.field(u"handle"_qs)->setText(net.handle("alice"));
        dialog.advancedToggle()->click();
        dialog.field(u"resolver"_qs)->setText(net.pds.toString());
        dialog.field(u"plc"_qs)->setText(net.plc.toString());
    }

    static QString texts(const AddAccountDialog& dialog)
    {
        QString text;
        for (const QLabel* label : dialog.findChildren<QLabel*>())
            text += label->text() + u'\n';
        return text;
    }

    QList<Account> accounts() const
    {
        return workspace->accounts().accounts().value_or(QList<Account>());
    }

    testing::AtprotoNetwork net;
    QTemporaryDir dir;
    QNetworkAccessManager network;
    net::HttpClient http{network};
    auth::MemoryVault vault;
    std::unique_ptr<Workspace> workspace;
    DpopNonces nonces;
    const bluesky::Provider bluesky;
    std::deque<WorkspaceAccountKeeper> keepers;
};

TEST_F(AddBlueskyDialogTest, AppPasswordAddsTheAccountWithItsSecretInTheVaultOnly)
{
    AddAccountDialog dialog(bluesky, services());
    dialog.show();
    fillIn(dialog);
    dialog.choiceOf(u"app-password"_qs)->click();
    EXPECT_EQ(dialog.field(u"app-password"_qs)->echoMode(), QLineEdit::Password);
    dialog.field(u"app-password"_qs)->setText(net.password("alice"));
    dialog.signInButton()->click(); // her main password: the dialog warns first
    dialog.signInButton()->click();
    EXPECT_FALSE(dialog.field(u"handle"_qs)->isEnabled()) << "busy while signing in";
    ASSERT_TRUE(testing::spinUntil([&] { return dialog.result() == QDialog::Accepted; }, 30'000))
        << texts(dialog).toStdString();

    ASSERT_TRUE(dialog.account());
    EXPECT_EQ(dialog.account()->remoteId, net.did("alice"));
    const QList<Account> saved = accounts();
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved.first().id, dialog.account()->id);
    EXPECT_EQ(saved.first().network, QStringLiteral("bluesky"));
    EXPECT_EQ(saved.first().authKind, QStringLiteral("app-password"));
    EXPECT_TRUE(dialog.field(u"app-password"_qs)->text().isEmpty());

    // The sidebar lists it.
    QueueCounter counter(*workspace, [] { return qint64(0); });
    SidebarModel model(workspace->savedViews(), workspace->accounts(), workspace->changes(),
                       counter, NetworkNames());
    const QModelIndex row = model.index(0, 0, model.groupIndex(SidebarModel::Accounts));
    EXPECT_TRUE(row.data().toString().contains(net.handle("alice")))
        << row.data().toString().toStdString();

    // The session is in the vault; neither it nor the password is in the workspace files.
    const auto grant = bluesky::deserializeGrant(
        vault.contents().value(bluesky::sessionSecretKey(net.did("alice"))));
    ASSERT_TRUE(grant.has_value()) << grant.error().toStdString();
    EXPECT_EQ(grant->kind, bluesky::SessionGrant::Kind::AppPassword);
    workspace.reset();
    for (const QString& name : QDir(dir.path()).entryList(QDir::Files)) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        EXPECT_FALSE(bytes.contains(grant->refreshToken.toUtf8())) << name.toStdString();
        EXPECT_FALSE(bytes.contains(grant->accessToken.toUtf8())) << name.toStdString();
        EXPECT_FALSE(bytes.contains(net.password("alice").toUtf8())) << name.toStdString();
    }
}

TEST_F(AddBlueskyDialogTest, AWrongAppPasswordSaysSoAndAddsNothing)
{
    AddAccountDialog dialog(bluesky, services());
    dialog.show();
    fillIn(dialog);
    dialog.choiceOf(u"app-password"_qs)->click();
    dialog.signInButton()->click();
    EXPECT_TRUE(texts(dialog).contains(u"Type the app password")) << texts(dialog).toStdString();

    dialog.field(u"app-password"_qs)
        ->setText(QStringLiteral("wron-gwro-ngwr-ongw")); // well-formed, wrong
    dialog.signInButton()->click();
    ASSERT_TRUE(
        testing::spinUntil([&] { return dialog.field(u"handle"_qs)->isEnabled(); }, 30'000));
    const QString shown = texts(dialog);
    EXPECT_TRUE(shown.contains(u"Signing in failed")) << shown.toStdString();
    EXPECT_TRUE(shown.contains(u"password", Qt::CaseInsensitive)) << shown.toStdString();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(accounts().isEmpty());
    EXPECT_TRUE(vault.contents().isEmpty());
}

TEST_F(AddBlueskyDialogTest, WhatLooksLikeAMainPasswordIsWarnedAboutAndMayStillBeUsed)
{
    AddAccountDialog dialog(bluesky, services());
    dialog.show();
    fillIn(dialog);
    dialog.choiceOf(u"app-password"_qs)->click();
    dialog.field(u"app-password"_qs)->setText(net.password("alice")); // "alice-pass"
    dialog.signInButton()->click();
    const QString warned = texts(dialog);
    EXPECT_TRUE(warned.contains(u"may be the account's main password")) << warned.toStdString();
    EXPECT_EQ(dialog.signInButton()->text(), QStringLiteral("Sign in &anyway"));
    EXPECT_TRUE(dialog.field(u"handle"_qs)->isEnabled()) << "nothing was sent";
    EXPECT_TRUE(accounts().isEmpty());

    // Another password: the warning goes, and comes back for this one.
    dialog.field(u"app-password"_qs)->setText(QStringLiteral("abcd-2345-efgh-6777"));
    EXPECT_FALSE(texts(dialog).contains(u"main password"));
    EXPECT_EQ(dialog.signInButton()->text(), QStringLiteral("&Sign in"));
    dialog.field(u"app-password"_qs)->setText(net.password("alice"));
    dialog.signInButton()->click();
    EXPECT_TRUE(texts(dialog).contains(u"main password"));

    // The person may go on.
    dialog.signInButton()->click();
    ASSERT_TRUE(testing::spinUntil([&] { return dialog.result() == QDialog::Accepted; }, 30'000))
        << texts(dialog).toStdString();
    EXPECT_EQ(accounts().size(), 1);
}

TEST_F(AddBlueskyDialogTest, AnUnknownHandleOrABadAddressSaysSo)
{
    AddAccountDialog dialog(bluesky, services());
    dialog.show();
    dialog.signInButton()->click();
    EXPECT_TRUE(texts(dialog).contains(u"Type the account's handle"));

    fillIn(dialog);
    dialog.field(u"plc"_qs)->setText(QStringLiteral("ftp://plc.example"));
    dialog.signInButton()->click();
    EXPECT_TRUE(texts(dialog).contains(u"not a web address")) << texts(dialog).toStdString();

    dialog.field(u"plc"_qs)->setText(net.plc.toString());
    dialog.field(u"handle"_qs)->setText(QStringLiteral("nobody.test"));
    dialog.choiceOf(u"app-password"_qs)->click();
    dialog.field(u"app-password"_qs)->setText(QStringLiteral("abcd-efgh-ijkl-mnop"));
    dialog.signInButton()->click();
    ASSERT_TRUE(
        testing::spinUntil([&] { return dialog.field(u"handle"_qs)->isEnabled(); }, 30'000));
    EXPECT_TRUE(texts(dialog).contains(u"nobody.test could not be found"))
        << texts(dialog).toStdString();
    EXPECT_TRUE(accounts().isEmpty());
}

TEST_F(AddBlueskyDialogTest, SigningInInTheBrowserAddsTheAccount)
{
    ASSERT_FALSE(net.fakeBrowser.isEmpty()) << "the network state names no fake browser";
    auth::CommandBrowserOpener browser(
        QStringLiteral("node %1 --user %2 --password %3 %s")
            .arg(net.fakeBrowser, net.handle("alice"), net.password("alice")));
    AddAccountDialog dialog(bluesky, services(&browser));
    dialog.show();
    fillIn(dialog);
    EXPECT_TRUE(dialog.otherwiseOf(u"app-password"_qs)->isChecked())
        << "the browser is the default";
    EXPECT_FALSE(dialog.field(u"app-password"_qs)->isEnabled());
    dialog.signInButton()->click();
    ASSERT_TRUE(testing::spinUntil([&] { return dialog.result() == QDialog::Accepted; }, 90'000))
        << texts(dialog).toStdString();

    const QList<Account> saved = accounts();
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved.first().remoteId, net.did("alice"));
    const auto grant = bluesky::deserializeGrant(
        vault.contents().value(bluesky::sessionSecretKey(net.did("alice"))));
    ASSERT_TRUE(grant.has_value()) << grant.error().toStdString();
    EXPECT_EQ(grant->kind, bluesky::SessionGrant::Kind::OAuth);
    EXPECT_TRUE(grant->dpopKey.has_value());
}

TEST_F(AddBlueskyDialogTest, CancelStopsTheSignInAndAddsNothing)
{
    // A browser that never comes back: the sign-in waits until Cancel.
    auth::CommandBrowserOpener browser(QStringLiteral("true %s"));
    AddAccountDialog dialog(bluesky, services(&browser));
    dialog.show();
    fillIn(dialog);
    dialog.signInButton()->click();
    ASSERT_TRUE(
        testing::spinUntil([&] { return texts(dialog).contains(u"Opening the browser"); }, 5000));
    for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
        if (button->text().remove(u'&') == u"Cancel")
            button->click();
    }
    ASSERT_TRUE(testing::spinUntil([&] { return dialog.field(u"handle"_qs)->isEnabled(); }, 5000));
    EXPECT_TRUE(texts(dialog).contains(u"cancelled")) << texts(dialog).toStdString();
    EXPECT_TRUE(dialog.isVisible()) << "the first Cancel stops the sign-in, not the dialog";
    EXPECT_TRUE(accounts().isEmpty());
    testing::spinUntil([] { return false; }, 500);
    EXPECT_TRUE(vault.contents().isEmpty());
}

TEST_F(AddBlueskyDialogTest, FromTheFileMenuTheAccountIsAddedAndSyncs)
{
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    auth::CommandBrowserOpener browser(QStringLiteral("true %s"));
    const ProviderRegistry providers = shippedProviders();
    GuiEnvironment environment(providers);
    environment.defaultWorkspacePath = dir.filePath(QStringLiteral("window.hearken"));
    environment.sampleWorkspacePath = dir.filePath(QStringLiteral("sample.hearken"));
    environment.actor = QStringLiteral("Sam");
    environment.clock = [] { return QDateTime::currentSecsSinceEpoch(); };
    environment.settings = &settings;
    environment.services = windowServices;
    environment.http = &http;
    environment.vault = &vault;
    environment.nonces = &nonces;
    environment.browser = &browser;
    MainWindow window(environment);
    window.show();
    ASSERT_TRUE(window.openWorkspace(environment.defaultWorkspacePath));

    QAction* add = nullptr;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text() == u"&Bluesky…")
            add = action;
    }
    ASSERT_TRUE(add) << "File → Add account → Bluesky…";
    QString shown;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<AddAccountDialog*>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        QTimer::singleShot(30'000, dialog, [&shown, dialog] {
            shown = texts(*dialog);
            dialog->reject();
        });
        fillIn(*dialog);
        dialog->choiceOf(u"app-password"_qs)->click();
        dialog->field(u"app-password"_qs)->setText(net.password("alice"));
        dialog->signInButton()->click(); // her main password: the dialog warns first
        dialog->signInButton()->click();
    });
    add->trigger();
    ASSERT_TRUE(shown.isEmpty()) << shown.toStdString();

    Workspace& opened = window.session()->workspace();
    const QList<Account> saved = opened.accounts().accounts().value_or(QList<Account>());
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved.first().remoteId, net.did("alice"));
    // It syncs without being asked.
    EXPECT_TRUE(testing::spinUntil(
        [&] {
            const auto status = opened.syncState().status(saved.first().id);
            return status && status->lastSyncAt.has_value();
        },
        30'000));
}

} // namespace
} // namespace hearken
