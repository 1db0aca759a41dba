// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/add_account_dialog.h"
#include "auth/browser_opener.h"
#include "auth/memory_vault.h"
#include "gui/run_gui.h"
#include "net/http_client.h"
#include "shell/info_bar.h"
#include "shell/welcome_page.h"
#include "store/database.h"
#include "store/workspace_backup.h"
#include "support/damaged_file.h"
#include "window_fixture.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QMessageBox* openErrorBox(QWidget* window)
{
    return window->findChild<QMessageBox*>(QStringLiteral("openError"));
}

using WorkspaceFlow = WindowTest;

} // namespace

TEST_F(WorkspaceFlow, AnEmptyWorkspaceShowsTheWelcomePage)
{
    showWindow();
    ASSERT_TRUE(window->openWorkspace(environment.defaultWorkspacePath));
    EXPECT_TRUE(window->showsWelcome());
    EXPECT_FALSE(window->sampleBar()->isVisible());
    EXPECT_TRUE(window->welcome()->sampleButton()->isVisible());
    EXPECT_FALSE(window->actions().markDone->isEnabled());
    EXPECT_TRUE(window->windowTitle().startsWith(u"workspace"));
}

TEST_F(WorkspaceFlow, TheFirstRunLeadsToAddingAnAccountAndToTheSample)
{
    QNetworkAccessManager network;
    net::HttpClient http(network);
    auth::MemoryVault vault;
    auth::CommandBrowserOpener browser(QStringLiteral("true"));
    environment.http = &http;
    environment.vault = &vault;
    DpopNonces nonces;
    environment.nonces = &nonces;
    environment.browser = &browser;
    showWindow();
    ASSERT_TRUE(window->showsWelcome());
    WelcomePage& welcome = *window->welcome();
    QString shown;
    for (const QLabel* label : welcome.findChildren<QLabel*>())
        shown += label->text() + u'\n';
    EXPECT_FALSE(shown.contains(u"coming version")) << shown.toStdString();
    EXPECT_FALSE(shown.contains(u"cannot connect")) << shown.toStdString();
    EXPECT_TRUE(welcome.sampleButton()->isVisible());

    const auto addsIn = [&](QPushButton* button, auto* dialogType) {
        using Dialog = std::remove_pointer_t<decltype(dialogType)>;
        ASSERT_TRUE(button->isVisible());
        bool opened = false;
        QTimer::singleShot(0, window.get(), [&] {
            auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
            opened = dialog != nullptr;
            if (QWidget* modal = QApplication::activeModalWidget())
                modal->close();
        });
        QTest::mouseClick(button, Qt::LeftButton);
        EXPECT_TRUE(opened) << button->text().toStdString();
        // Nothing was open on a first run: the account goes into the default workspace.
        ASSERT_TRUE(window->session());
        EXPECT_EQ(window->session()->path(), environment.defaultWorkspacePath);
        EXPECT_TRUE(window->showsWelcome());
    };
    addsIn(welcome.addButton(u"mastodon"_qs), static_cast<AddAccountDialog*>(nullptr));
    addsIn(welcome.addButton(u"bluesky"_qs), static_cast<AddAccountDialog*>(nullptr));
}

TEST_F(WorkspaceFlow, WithoutANetworkTheWelcomePageLeadsToTheSample)
{
    showWindow();
    ASSERT_TRUE(window->showsWelcome());
    EXPECT_FALSE(window->welcome()->addButton(u"mastodon"_qs)->isVisible());
    EXPECT_TRUE(window->welcome()->sampleButton()->isVisible());
    EXPECT_TRUE(window->welcome()->sampleButton()->isDefault());
}

TEST_F(WorkspaceFlow, TheSampleButtonFillsAndOpensTheSampleWorkspace)
{
    showWindow();
    ASSERT_TRUE(window->openWorkspace(environment.defaultWorkspacePath));
    QTest::mouseClick(window->welcome()->sampleButton(), Qt::LeftButton);

    ASSERT_TRUE(window->session());
    EXPECT_EQ(window->session()->path(), environment.sampleWorkspacePath);
    EXPECT_TRUE(window->session()->isSample());
    EXPECT_FALSE(window->showsWelcome());
    EXPECT_EQ(storeOrder(workspace(), anyState()).size(), environment.sampleItems);
    EXPECT_TRUE(window->sampleBar()->isVisible());
    EXPECT_TRUE(window->sampleBar()->message().contains(u"nothing here is real"));
    EXPECT_TRUE(window->windowTitle().startsWith(u"Sample workspace"));
    EXPECT_GT(model().rowCount(), 0);

    // The way back leads to the user's own (still empty) workspace.
    Q_EMIT window->sampleBar()->actionTriggered();
    EXPECT_EQ(window->session()->path(), environment.defaultWorkspacePath);
    EXPECT_TRUE(window->showsWelcome());
    EXPECT_FALSE(window->sampleBar()->isVisible());

    // The sample workspace is filled once; opening it again reuses it.
    ASSERT_TRUE(window->openSampleWorkspace());
    EXPECT_EQ(storeOrder(workspace(), anyState()).size(), environment.sampleItems);
}

TEST_F(WorkspaceFlow, AFileThatIsNotAWorkspaceIsReportedAndLeftUntouched)
{
    const QString path = dir.filePath(QStringLiteral("notes.hearken"));
    const QByteArray bytes("These are my notes, not a database.\n");
    writeFile(path, bytes);
    showWindow();

    EXPECT_FALSE(window->openWorkspace(path));
    QMessageBox* box = openErrorBox(window.get());
    ASSERT_TRUE(box);
    EXPECT_TRUE(box->isVisible());
    EXPECT_TRUE(box->informativeText().contains(u"not a Hearken workspace"));
    EXPECT_EQ(readAll(path), bytes);
    EXPECT_FALSE(window->session());
    EXPECT_TRUE(window->showsWelcome());
    box->close();
}

TEST_F(WorkspaceFlow, ADamagedWorkspaceIsReportedAndLeftUntouched)
{
    const QString path = dir.filePath(QStringLiteral("damaged.hearken"));
    QByteArray bytes("SQLite format 3");
    bytes.append('\0');
    bytes.append(QByteArray(4096, '\x5a'));
    writeFile(path, bytes);
    showWindow();
    ASSERT_TRUE(window->openSampleWorkspace());

    EXPECT_FALSE(window->openWorkspace(path));
    QMessageBox* box = openErrorBox(window.get());
    ASSERT_TRUE(box);
    EXPECT_FALSE(box->informativeText().isEmpty());
    EXPECT_EQ(readAll(path), bytes);
    // What was open stays open.
    EXPECT_EQ(window->session()->path(), environment.sampleWorkspacePath);
    box->close();
}

TEST_F(WorkspaceFlow, AWorkspaceWhoseSettingsCannotBeReadIsRefusedNotShownWithDefaults)
{
    const QString path = dir.filePath(QStringLiteral("team.hearken"));
    {
        auto ws = openWorkspace(path);
        ASSERT_TRUE(ws);
        importSample(*ws, 100);
        ASSERT_TRUE(ws->settings().setResponseTargets({600, 1200, 1800}));
    }
    damageRootsOf(path, QStringLiteral("settings"));
    showWindow();

    EXPECT_FALSE(window->openWorkspace(path));
    QMessageBox* box = openErrorBox(window.get());
    ASSERT_TRUE(box);
    EXPECT_TRUE(box->text().contains(u"is damaged") ||
                box->informativeText().contains(u"is damaged"))
        << box->text().toStdString() << " / " << box->informativeText().toStdString();
    EXPECT_FALSE(window->session());
    box->close();
}

TEST_F(WorkspaceFlow, ADamagedWorkspaceOffersACopyOfItsNewestGoodBackup)
{
    const QString path = dir.filePath(QStringLiteral("team.hearken"));
    {
        auto ws = openWorkspace(path);
        ASSERT_TRUE(ws);
        importSample(*ws, 100);
    }
    ASSERT_TRUE(WorkspaceBackups(path).make(QDateTime::currentDateTimeUtc()).has_value());
    QByteArray bytes = readAll(path);
    for (qsizetype i = 100; i < bytes.size(); ++i)
        bytes[i] = char(i * 7);
    writeFile(path, bytes);
    showWindow();

    EXPECT_FALSE(window->openWorkspace(path));
    QMessageBox* box = openErrorBox(window.get());
    ASSERT_TRUE(box);
    EXPECT_TRUE(box->informativeText().contains(u"newest good backup"));
    auto* restore = box->findChild<QPushButton*>(QStringLiteral("openNewestBackup"));
    ASSERT_TRUE(restore);
    restore->click();

    ASSERT_TRUE(window->session());
    const QString copy = window->session()->path();
    EXPECT_NE(copy, path);
    EXPECT_EQ(QFileInfo(copy).absolutePath(), QFileInfo(path).absolutePath());
    EXPECT_FALSE(window->session()->isEmpty());
    EXPECT_EQ(readAll(path), bytes) << "the damaged file stays as it is";
}

TEST_F(WorkspaceFlow, AWorkspaceFromANewerHearkenIsRefusedUntouched)
{
    const QString path = dir.filePath(QStringLiteral("future.hearken"));
    ASSERT_TRUE(openWorkspace(path));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 999"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    const QByteArray bytes = readAll(path);
    showWindow();

    EXPECT_FALSE(window->openWorkspace(path));
    QMessageBox* box = openErrorBox(window.get());
    ASSERT_TRUE(box);
    EXPECT_TRUE(box->informativeText().contains(u"newer version of Hearken"));
    EXPECT_EQ(readAll(path), bytes);
    box->close();
}

TEST_F(WorkspaceFlow, RunGuiShowsTheErrorAndTheWayForwardForACorruptFile)
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = dir.filePath(QStringLiteral("corrupt.hearken"));
    const QByteArray bytes(2048, '\x01');
    writeFile(path, bytes);
    auto& app = *qobject_cast<QApplication*>(QCoreApplication::instance());
    bool sawError = false;
    bool sawWelcome = false;
    QTimer::singleShot(200, [&] {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (auto* main = qobject_cast<MainWindow*>(top)) {
                sawWelcome = main->showsWelcome();
                sawError = openErrorBox(main) != nullptr;
                main->close();
            }
        }
        QCoreApplication::quit();
    });
    EXPECT_EQ(runGui(app, {path, false}), 0);
    EXPECT_TRUE(sawError);
    EXPECT_TRUE(sawWelcome);
    EXPECT_EQ(readAll(path), bytes);
}

TEST_F(WorkspaceFlow, StoreErrorsAreShownNotSwallowed)
{
    showSample();
    workspace().database().connection().close();
    press('e');
    EXPECT_TRUE(window->errorBar()->isVisible());
    EXPECT_FALSE(window->errorBar()->message().isEmpty());
}

TEST_F(WorkspaceFlow, TheWindowRemembersItsGeometryAndSplitter)
{
    showSample();
    inbox().splitter().setSizes({180, 600, 300});
    const QList<int> sizes = inbox().splitter().sizes();
    window->close();
    EXPECT_TRUE(settings->contains(QStringLiteral("window/geometry")));
    EXPECT_TRUE(settings->contains(QStringLiteral("window/splitter")));

    showSample();
    EXPECT_EQ(inbox().splitter().sizes(), sizes);
}

TEST_F(WorkspaceFlow, TheShortcutSheetListsEveryShortcut)
{
    showSample();
    window->actions().shortcuts->trigger();
    auto* tree = window->findChild<QTreeWidget*>();
    ASSERT_TRUE(tree);
    QStringList listed;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        listed << (*it)->text(0) + u'=' + (*it)->text(1);
    for (const QString& expected :
         {u"Mark done=E"_qs, u"Next item=J"_qs, u"Previous item=K"_qs, u"Snooze=S"_qs,
          u"Dismiss (needs no reply)=D, #"_qs, u"Assign=A"_qs, u"Reopen=Shift+U"_qs,
          u"Tone: criticism=1"_qs, u"Toggle question=?"_qs, u"Quit=Ctrl+Q"_qs,
          u"Needs attention=Ctrl+1"_qs, u"Dismissed=Ctrl+8"_qs})
        EXPECT_TRUE(listed.contains(expected)) << expected.toStdString();
    EXPECT_FALSE(listed.filter(QRegularExpression(u"^Undo=Ctrl\\+Z"_qs)).isEmpty());
    // After an action, undo and redo keep their plain names on the sheet.
    press(Qt::Key_Escape);
    window->actions().markDone->trigger();
    window->actions().undo->trigger();
    window->actions().shortcuts->trigger();
    QStringList names;
    for (QTreeWidget* sheet : window->findChildren<QTreeWidget*>()) {
        for (QTreeWidgetItemIterator it(sheet); *it; ++it)
            names << (*it)->text(0);
    }
    EXPECT_FALSE(names.filter(u"Mark done"_qs).filter(u"Redo"_qs).size() > 0)
        << names.join(u", "_qs).toStdString();
    EXPECT_TRUE(names.contains(u"Redo"_qs));
}

TEST_F(WorkspaceFlow, AboutShowsTheVersionLicenceAndTrainingData)
{
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    showWindow();
    window->actions().about->trigger();
    auto* box = window->findChild<QMessageBox*>(QStringLiteral("about"));
    ASSERT_TRUE(box);
    EXPECT_TRUE(box->text().contains(u"0.1.0"));
    EXPECT_TRUE(box->informativeText().contains(u"GPL-3.0-or-later"));
    for (const QStringView dataSet : {u"TweetEval", u"tweet-acts", u"VADER"})
        EXPECT_TRUE(box->informativeText().contains(dataSet)) << dataSet.toString().toStdString();
    EXPECT_FALSE(box->iconPixmap().isNull());
    box->close();
}
