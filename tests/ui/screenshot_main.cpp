// SPDX-License-Identifier: GPL-3.0-or-later
// Opens a fresh sample workspace in the main window, selects the first item so that the
// thread pane is filled, and saves the window as a PNG. Run it under Xvfb (scripts/screenshot).
// With "composer", a saved reply already sent to three other people is put in the composer,
// so that its placeholder note and the robot warning show. With "add-bluesky", the "Add a
// Bluesky account" dialog with its advanced part open is saved instead of the window.
#include "accounts/add_account_dialog.h"
#include "auth/memory_vault.h"
#include "compose/compose_edit.h"
#include "compose/composer.h"
#include "compose/reply_column.h"
#include "composition/composition.h"
#include "gui/window_services.h"
#include "inbox/inbox_page.h"
#include "inbox/queue_model.h"
#include "inbox/queue_table.h"
#include "providers/bluesky/bluesky_provider.h"
#include "session.h"
#include "shell/main_window.h"
#include "store/workspace.h"
#include "sync/workspace_account_keeper.h"

#include <QApplication>
#include <QDateTime>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cstdio>

using namespace hearken;

namespace {

// Sends the "Feature request noted" saved reply to three Mastodon authors, then starts the
// same reply to a fourth.
bool showSavedReply(MainWindow& window)
{
    InboxPage& inbox = *window.inbox();
    inbox.splitter().setSizes({200, 600, 640});
    Composer& composer = inbox.replyColumn().composer();
    const auto replies = window.session()->workspace().notes().savedReplies();
    if (!replies)
        return false;
    const auto saved = std::find_if(replies->cbegin(), replies->cend(), [](const SavedReply& r) {
        return r.title == u"Feature request noted";
    });
    if (saved == replies->cend())
        return false;
    QList<int> rows;
    for (int row = 0; row < inbox.queueModel().rowCount() && rows.size() < 4; ++row) {
        if (inbox.queueModel().itemAt(row).network == u"mastodon")
            rows << row;
    }
    if (rows.size() < 4)
        return false;
    for (int row : rows.mid(0, 3)) {
        inbox.table().focusRow(row);
        composer.useSavedReply(*saved);
        composer.editor()->setPlainText(composer.text().replace(u"{product}"_qs, u"Lumen"_qs));
        if (!composer.send(false))
            return false;
    }
    inbox.table().focusRow(rows[3]);
    composer.useSavedReply(*saved);
    composer.focusEditor();
    return true;
}

bool saveAddBlueskyDialog(Workspace& workspace, const QString& path)
{
    QNetworkAccessManager network;
    net::HttpClient http(network);
    auth::MemoryVault vault;
    WorkspaceAccountKeeper keeper(workspace, [] { return QDateTime::currentSecsSinceEpoch(); });
    DpopNonces nonces;
    const bluesky::Provider bluesky;
    AddAccountDialog dialog(
        bluesky, {{http, vault, nonces, [] { return QDateTime::currentSecsSinceEpoch(); }},
                  nullptr,
                  keeper});
    dialog.field(u"handle"_qs)->setText(QStringLiteral("lumen.bsky.social"));
    dialog.advancedToggle()->click();
    dialog.show();
    QTest::qWait(400);
    return dialog.grab().save(path);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr,
                     "usage: hearken_screenshot OUTPUT.png [welcome|composer|add-bluesky]\n");
        return 2;
    }
    const bool welcome = args.size() > 2 && args.at(2) == u"welcome";
    const bool composer = args.size() > 2 && args.at(2) == u"composer";
    const bool addBluesky = args.size() > 2 && args.at(2) == u"add-bluesky";

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const ProviderRegistry providers = shippedProviders();
    GuiEnvironment environment(providers);
    environment.defaultWorkspacePath = dir.filePath(QStringLiteral("workspace.hearken"));
    environment.sampleWorkspacePath = dir.filePath(QStringLiteral("sample.hearken"));
    environment.actor = QStringLiteral("Sam");
    environment.clock = [] { return QDateTime::currentSecsSinceEpoch(); };
    environment.settings = &settings;
    environment.services = windowServices;
    if (auto classifier = ToneClassifier::loadShipped())
        environment.classifier = std::move(*classifier);

    MainWindow window(environment);
    window.resize(1440, 900);
    window.show();
    if (!window.openWorkspace(environment.defaultWorkspacePath))
        return 1;
    if (addBluesky)
        return saveAddBlueskyDialog(window.session()->workspace(), args.at(1)) ? 0 : 1;
    if (!welcome) {
        if (!window.openSampleWorkspace())
            return 1;
        window.inbox()->table().focusRow(0);
    }
    if (composer && !showSavedReply(window))
        return 1;
    QTest::qWait(800);
    if (!window.grab().save(args.at(1))) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(args.at(1)));
        return 1;
    }
    return 0;
}
