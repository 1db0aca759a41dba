// SPDX-License-Identifier: GPL-3.0-or-later
// "Add account… → Mastodon" against the Mastodon test server, and the sidebar's account status.
#include "accounts/add_account_dialog.h"
#include "accounts/form_error.h"
#include "auth/browser_opener.h"
#include "auth/memory_vault.h"
#include "providers/bluesky/bluesky_provider.h"
#include "providers/mastodon/mastodon_provider.h"
#include "shell/queue_counter.h"
#include "shell/sidebar_model.h"
#include "store/workspace.h"
#include "support/node_peer.h"
#include "support/wait_for.h"
#include "sync/workspace_account_keeper.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

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

    SignInServices services(auth::BrowserOpener* opener)
    {
        return {{http, vault, nonces, [] { return QDateTime::currentSecsSinceEpoch(); }},
                opener,
                keeper};
    }
    SignInServices services() { return services(&browser); }

    static QString errorText(const AddAccountDialog& dialog)
    {
        QString text;
        for (const QLabel* label : dialog.findChildren<QLabel*>())
            text += label->text() + u'\n';
        return text;
    }

    static QPushButton* signInButton(const AddAccountDialog& dialog)
    {
        for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
            if (button->text().contains(u"Sign in"))
                return button;
        }
        return nullptr;
    }

    SignInServices blueskyServices() { return services(nullptr); }

    // WCAG 2 contrast ratio of two opaque colours.
    static double contrast(const QColor& a, const QColor& b)
    {
        const auto luminance = [](const QColor& c) {
            const auto channel = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
                   0.0722 * channel(c.blueF());
        };
        const double x = luminance(a), y = luminance(b);
        return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
    }

    // Every label of the shown error reads at least 4.5:1 on the dialog's background.
    static void expectReadable(const QWidget& error)
    {
        for (const QLabel* label : error.findChildren<QLabel*>()) {
            if (label->text().isEmpty())
                continue;
            const QColor text = label->palette().color(label->foregroundRole());
            const QColor background = error.window()->palette().color(QPalette::Window);
            EXPECT_GE(contrast(text, background), 4.5)
                << text.name().toStdString() << " on " << background.name().toStdString();
        }
    }

    static QPalette darkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::BrightText, QColor(0xff, 0xff, 0xff));
        return dark;
    }

    QTemporaryDir dir;
    NodePeer peer;
    QNetworkAccessManager network;
    net::HttpClient http;
    auth::MemoryVault vault;
    DpopNonces nonces;
    mastodon::Provider mastodonProvider;
    bluesky::Provider blueskyProvider;
    auth::CommandBrowserOpener browser;
    std::unique_ptr<Workspace> workspace;
    WorkspaceAccountKeeper keeper{*workspace, [] { return QDateTime::currentSecsSinceEpoch(); }};
};

} // namespace

TEST_F(AddAccountTest, SigningInThroughTheDialogAddsTheAccount)
{
    ASSERT_TRUE(peer.isUp());
    AddAccountDialog dialog(mastodonProvider, services());
    dialog.show();
    dialog.field(u"server"_qs)->setText(peer.url().toString());
    QPushButton* button = signInButton(dialog);
    ASSERT_TRUE(button);
    button->click();
    EXPECT_FALSE(dialog.field(u"server"_qs)->isEnabled()) << "busy while signing in";
    ASSERT_TRUE(spinUntil([&] { return dialog.result() == QDialog::Accepted; }, 20'000))
        << errorText(dialog).toStdString();
    ASSERT_TRUE(dialog.account());
    EXPECT_TRUE(dialog.account()->handle.startsWith(u"@brand@"));
    EXPECT_EQ(workspace->accounts().accounts()->size(), 1);
}

TEST_F(AddAccountTest, SaysPlainlyWhatWentWrong)
{
    AddAccountDialog dialog(mastodonProvider, services());
    dialog.show();
    signInButton(dialog)->click();
    EXPECT_TRUE(errorText(dialog).contains(u"Type the server's name"));

    dialog.field(u"server"_qs)->setText(QStringLiteral("http://mastodon.example"));
    signInButton(dialog)->click();
    ASSERT_TRUE(spinUntil([&] { return dialog.field(u"server"_qs)->isEnabled(); }, 5000));
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
                       counter, NetworkNames());
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
    auto dialog = std::make_unique<AddAccountDialog>(mastodonProvider, services());
    dialog->show();
    dialog->field(u"server"_qs)->setText(peer.url().toString());
    signInButton(*dialog)->click();
    spinUntil([] { return false; }, 30);
    dialog.reset();
    // Whatever was still on its way (HTTP, vault, browser) finds nobody and does nothing.
    spinUntil([] { return false; }, 1500);
    EXPECT_TRUE(workspace->accounts().accounts()->isEmpty());
}

TEST_F(AddAccountTest, AnErrorIsReadableInLightAndDarkPalettesAndHandsTheKeyboardBack)
{
    for (const QPalette& palette : {QApplication::palette(), darkPalette()}) {
        AddAccountDialog dialog(mastodonProvider, services());
        dialog.setPalette(palette);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
        signInButton(dialog)->click();
        auto* error = dialog.findChild<FormError*>();
        ASSERT_TRUE(error);
        EXPECT_TRUE(error->isVisible());
        EXPECT_TRUE(error->text().contains(u"Type the server's name"));
        expectReadable(*error);
        EXPECT_EQ(QApplication::focusWidget(), dialog.field(u"server"_qs));

        // A refusal that comes back later hands the keyboard back too; Return tries again
        // instead of closing the dialog.
        QSignalSpy finished(&dialog, &QDialog::finished);
        dialog.field(u"server"_qs)->setText(QStringLiteral("http://mastodon.example"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        ASSERT_TRUE(spinUntil([&] { return error->isVisible(); }, 5000));
        EXPECT_TRUE(error->text().contains(u"https")) << error->text().toStdString();
        EXPECT_EQ(QApplication::focusWidget(), dialog.field(u"server"_qs));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        spinUntil([&] { return error->isVisible(); }, 5000);
        EXPECT_TRUE(dialog.isVisible());
        EXPECT_EQ(finished.count(), 0);
    }
}

TEST_F(AddAccountTest, ALongBlueskyErrorWrapsAndFocusesTheFieldToFix)
{
    AddAccountDialog dialog(blueskyProvider, blueskyServices());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    const int width = dialog.width();
    QLineEdit* handle = dialog.field(u"handle"_qs);
    QLineEdit* pdsField = dialog.field(u"pds"_qs);
    ASSERT_TRUE(handle && pdsField);
    QPushButton* signIn = nullptr;
    for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
        if (button->text().contains(u"Sign in"))
            signIn = button;
    }
    ASSERT_TRUE(signIn);

    signIn->click();
    EXPECT_EQ(QApplication::focusWidget(), handle);

    handle->setText(QStringLiteral("brand.example"));
    pdsField->setText(QStringLiteral("ftp://pds.example/ with a rather long path typed by mistake "
                                     "into the field, and then some more words after it"));
    signIn->click();
    auto* error = dialog.findChild<FormError*>();
    ASSERT_TRUE(error && error->isVisible());
    EXPECT_TRUE(error->text().contains(u"not a web address"));
    EXPECT_EQ(QApplication::focusWidget(), pdsField);
    QTest::qWait(20);
    EXPECT_EQ(dialog.width(), width) << "the error wraps instead of widening the dialog";
    const QLabel* text = nullptr;
    for (const QLabel* label : error->findChildren<QLabel*>()) {
        if (!label->text().isEmpty())
            text = label;
    }
    ASSERT_TRUE(text);
    EXPECT_GE(text->height(), 2 * text->fontMetrics().height()) << "wrapped onto several lines";
    EXPECT_TRUE(dialog.rect().contains(QRect(text->mapTo(&dialog, QPoint()), text->size())));
}
