// SPDX-License-Identifier: GPL-3.0-or-later
// File → Open team workspace… on a real PostgreSQL server of the test's own, which asks for
// passwords over TCP: opening, wrong passwords, the keychain, and a server that goes away and
// comes back.
#include "accounts/form_error.h"
#include "auth/memory_vault.h"
#include "compose/composer.h"
#include "compose/reply_column.h"
#include "shell/info_bar.h"
#include "store/sql.h"
#include "support/postgres_cluster.h"
#include "support/wait_for.h"
#include "team/connection_bar.h"
#include "team/team_opener.h"
#include "team/team_workspace_dialog.h"
#include "window_fixture.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>

namespace hearken::testing {
namespace {

const QString password = QStringLiteral("ana-pass-7Q");

// A window, an in-memory keychain, and a PostgreSQL cluster of the test's own (the tests stop
// it) that trusts its superuser and asks everyone else, such as the desk user "ana", for a
// password over TCP. Ana owns the database "brand", which holds a workspace with sample items.
class TeamWorkspaceTest : public WindowTest {
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        environment.vault = &vault;
        environment.reconnectEvery = std::chrono::seconds(1);
        QString error;
        cluster = PostgresCluster::start(error);
        ASSERT_TRUE(cluster) << error.toStdString();
        for (const QString& command :
             {QStringLiteral("CREATE ROLE ana LOGIN PASSWORD '%1'").arg(password),
              QStringLiteral("CREATE DATABASE brand OWNER ana"),
              QStringLiteral("CREATE DATABASE empty OWNER ana")})
            ASSERT_TRUE(cluster->run(command, error)) << error.toStdString();
        askForPasswords();
        auto brand = Workspace::open(uri(), OpenMode::CreateIfMissing, password);
        ASSERT_TRUE(brand.has_value()) << brand.error().message.toStdString();
        importSample(**brand, 40);
    }

    // Everyone but the superuser gives a password over TCP.
    void askForPasswords()
    {
        auto admin = Database::openAtVersion(cluster->uri(u"postgres"_qs), 0);
        ASSERT_TRUE(admin.has_value()) << admin.error().message.toStdString();
        auto hba = sql::exec((*admin)->connection(), u"SHOW hba_file"_qs);
        ASSERT_TRUE(hba.has_value());
        QFile file(sql::firstValue(*hba, QString()).value());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("local all all trust\n"
                   "host all postgres 127.0.0.1/32 trust\n"
                   "host all all 127.0.0.1/32 scram-sha-256\n");
        file.close();
        ASSERT_TRUE(sql::exec((*admin)->connection(), u"SELECT pg_reload_conf()"_qs).has_value());
    }

    QString uri(const QString& database = u"brand"_qs) const
    {
        return QStringLiteral("postgresql://ana@127.0.0.1:%1/%2?sslmode=prefer")
            .arg(cluster->port())
            .arg(database);
    }
    QString passwordKey() const
    {
        return QStringLiteral("postgresql://ana@127.0.0.1:%1/brand").arg(cluster->port());
    }

    TeamWorkspaceDialog* dialog() { return window->teamOpener()->dialog(); }
    QLineEdit* field(const char* name)
    {
        return dialog()->findChild<QLineEdit*>(QString::fromLatin1(name));
    }
    QString problem() { return dialog()->findChild<FormError*>()->text(); }

    void fillIn(const QString& database, const QString& typed)
    {
        field("host")->setText(u"127.0.0.1"_qs);
        dialog()->findChild<QSpinBox*>(u"port"_qs)->setValue(cluster->port());
        field("database")->setText(database);
        field("user")->setText(u"ana"_qs);
        field("password")->setText(typed);
    }
    // Clicks Open and waits until the connection was tried.
    void clickOpen()
    {
        dialog()->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        ASSERT_TRUE(spinUntil([this] { return !dialog() || !dialog()->isTesting(); }, 15'000));
    }

    void storePassword()
    {
        const auto stored = waitFor<auth::VaultResult<void>>(
            [this](auto done) { vault.write(passwordKey(), password, done); });
        ASSERT_TRUE(stored && stored->has_value());
    }
    void openFromTheCommandLine()
    {
        EXPECT_FALSE(window->openWorkspace(uri())) << "it opens once the password is found";
        ASSERT_TRUE(spinUntil([this] { return window->session() != nullptr; }, 15'000));
    }

    auth::MemoryVault vault;
    std::unique_ptr<PostgresCluster> cluster;
};

TEST_F(TeamWorkspaceTest, TheDialogOpensItShowsItsItemsAndThePasswordGoesToTheKeychainOnly)
{
    {
        auto brand = Workspace::open(uri(), OpenMode::MustExist, password);
        ASSERT_TRUE(brand.has_value());
        ASSERT_TRUE(
            sql::exec((*brand)->database().connection(), u"UPDATE accounts SET is_sample = 0"_qs)
                .has_value());
    }
    showWindow();
    window->actions().openTeamWorkspace->trigger();
    ASSERT_TRUE(dialog());
    fillIn(u"brand"_qs, password);
    clickOpen();
    ASSERT_TRUE(window->session()) << problem().toStdString();
    // The dialog closed; Qt deletes it once the event loop runs again.
    EXPECT_TRUE(spinUntil([this] { return !dialog(); }, 5000));

    EXPECT_GT(model().rowCount(), 0);
    EXPECT_EQ(window->windowTitle(), u"brand on 127.0.0.1 — Hearken"_qs);
    EXPECT_EQ(window->session()->path(), uri());
    EXPECT_EQ(vault.contents(), (QHash<QString, QString>{{passwordKey(), password}}));

    window->close();
    settings->sync();
    QFile written(settings->fileName());
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    EXPECT_FALSE(bytes.isEmpty()) << "the window saved its state";
    EXPECT_FALSE(bytes.contains(password.toUtf8()));
}

TEST_F(TeamWorkspaceTest, AWrongPasswordOrAnEmptyDatabaseIsSaidInPlainWordsAndTheValuesStay)
{
    showWindow();
    window->actions().openTeamWorkspace->trigger();
    ASSERT_TRUE(dialog());
    fillIn(u"brand"_qs, u"not-it"_qs);
    clickOpen();
    ASSERT_TRUE(dialog()) << "the dialog stays open";
    EXPECT_FALSE(window->session());
    EXPECT_EQ(problem(), u"The server 127.0.0.1 refused the password of ana. Check the password, "
                         u"or ask your admin to set a new one."_qs);
    EXPECT_EQ(field("host")->text(), u"127.0.0.1"_qs);
    EXPECT_EQ(field("database")->text(), u"brand"_qs);
    EXPECT_EQ(field("user")->text(), u"ana"_qs);
    EXPECT_EQ(field("password")->text(), u"not-it"_qs);
    EXPECT_TRUE(vault.contents().isEmpty());

    fillIn(u"empty"_qs, password);
    clickOpen();
    ASSERT_TRUE(dialog());
    EXPECT_FALSE(window->session());
    EXPECT_TRUE(problem().contains(u"Ask your admin to run `hearken team init"_qs))
        << problem().toStdString();
    EXPECT_EQ(field("database")->text(), u"empty"_qs);
}

TEST_F(TeamWorkspaceTest, OpeningItAgainUsesTheKeychainAndAsksWhenItHoldsNoPassword)
{
    showWindow();
    EXPECT_FALSE(window->openWorkspace(uri()));
    ASSERT_TRUE(spinUntil([this] { return dialog() != nullptr; }, 15'000));
    EXPECT_FALSE(window->session());
    EXPECT_TRUE(problem().contains(u"asks for the password of ana"_qs)) << problem().toStdString();
    EXPECT_EQ(field("host")->text(), u"127.0.0.1"_qs);
    EXPECT_EQ(field("database")->text(), u"brand"_qs);
    EXPECT_EQ(field("user")->text(), u"ana"_qs);
    dialog()->reject();

    storePassword();
    openFromTheCommandLine();
    EXPECT_TRUE(!dialog() || !dialog()->isVisible()) << "the stored password was enough";
    EXPECT_GT(model().rowCount(), 0);
}

TEST_F(TeamWorkspaceTest, WhileTheServerIsGoneNothingIsLostAndTheWindowComesBackByItself)
{
    storePassword();
    showWindow();
    openFromTheCommandLine();
    table().focusRow(0);
    table().setFocus();
    const qint64 item = currentId();
    ASSERT_GT(item, 0);
    ASSERT_EQ(stateOf(item).state, ItemState::Open);

    QString error;
    // The test cluster commits without waiting for the log (synchronous_commit=off): what the
    // set-up wrote is made durable first, so that stopping the server loses only the server.
    ASSERT_TRUE(cluster->run(u"CHECKPOINT"_qs, error)) << error.toStdString();
    ASSERT_TRUE(cluster->stop(error)) << error.toStdString();
    press('e');
    ConnectionBar* bar = window->connectionBar();
    EXPECT_TRUE(bar->isVisible());
    EXPECT_EQ(bar->message(), u"The team database brand on 127.0.0.1 cannot be reached. Hearken "
                              u"keeps showing what it has read and tries again every 1 s."_qs);
    EXPECT_TRUE(window->statusBar()->currentMessage().startsWith(
        u"Not done: the team database cannot be reached"_qs))
        << window->statusBar()->currentMessage().toStdString();
    EXPECT_FALSE(window->errorBar()->isVisible()) << "one message, not two";
    EXPECT_EQ(currentId(), item) << "the item stays on screen";

    Composer& composer = inbox().replyColumn().composer();
    press('r');
    QTest::keyClicks(QApplication::focusWidget(), u"We are on it."_qs);
    press(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(composer.text().contains(u"We are on it."_qs)) << "the reply stays to send later";

    QSignalSpy reloaded(&model(), &QAbstractItemModel::modelReset);
    ASSERT_TRUE(cluster->startAgain(error)) << error.toStdString();
    ASSERT_TRUE(spinUntil([bar] { return !bar->isVisible(); }, 15'000));
    EXPECT_GE(reloaded.count(), 1) << "the window shows what changed meanwhile";
    EXPECT_EQ(stateOf(item).state, ItemState::Open) << "nothing was marked done";
    EXPECT_TRUE(workspace().outbox().entriesFor(item).value().isEmpty());
}

} // namespace
} // namespace hearken::testing
