// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui_environment.h"
#include "shell/main_actions.h"
#include "store/store_error.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QUndoStack>

#include <memory>

class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace hearken {

class AccountSync;
class ApprovalActions;
class ConnectionBar;
class DesktopNotifier;
class HeldBackBar;
class InboxPage;
class InfoBar;
class ReviewWindow;
class Session;
class TeamOpener;
class WelcomePage;
class Workspace;

// The main window: menus, toolbar and status bar around either the inbox of the open
// workspace or, on a first run (or when nothing could be opened), the welcome page.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(GuiEnvironment environment, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the workspace at `path`, creating it when missing. A store error is shown and
    // whatever was open stays open; the file is never changed. A team workspace's URI opens
    // once its password is found (TeamOpener), later: false until then.
    bool openWorkspace(const QString& path);
    // Opens the sample workspace, creating and filling it on first use.
    bool openSampleWorkspace();

    Session* session() const { return m_session.get(); }
    InboxPage* inbox() const { return m_inbox; }
    WelcomePage* welcome() const { return m_welcome; }
    InfoBar* sampleBar() const { return m_sampleBar; }
    InfoBar* errorBar() const { return m_errorBar; }
    ConnectionBar* connectionBar() const { return m_connectionBar; }
    TeamOpener* teamOpener() const { return m_teamOpener; }
    HeldBackBar* heldBackBar() const { return m_heldBackBar; }
    const MainActions& actions() const { return m_actions; }
    QList<QAction*> viewActions() const { return m_viewActions; }
    QString statusText() const;
    bool showsWelcome() const;
    // The supervisor's Review window (View → Review), opened on first use; null until then.
    ReviewWindow* review() const;
    ApprovalActions& approvalActions() const { return *m_approvalActions; }
    void showReview();
    // Brings the inbox forward with the item current and selected, as the Review, the outbox
    // or a notification asks.
    void showItem(qint64 postId);
    DesktopNotifier* notifier() const { return m_notifier; }
    void showOutbox();
    void showFollowUps();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // Shows `workspace`, opened from `path`, in place of what was open.
    bool showWorkspace(StoreResult<std::unique_ptr<Workspace>> workspace, const QString& path);
    void setSession(std::unique_ptr<Session> session);
    void refreshAfterReconnecting();
    void showPage();
    void showError(const QString& message);
    // Signs in to the network with its provider's form, then syncs the new account.
    void addAccount(const QString& network);
    // Whether accounts can be added to the open workspace; says why not when they cannot.
    bool canAddAccounts();
    void syncNewAccount(qint64 accountId);
    void reportOpenError(const QString& path, const StoreError& error);
    void buildMenus();
    void buildToolBar();
    void rebuildViewActions();
    void chooseWorkspaceFile();
    void leaveSample();
    void showShortcuts();
    void showAbout();
    void forgetToneCorrections();
    void saveState() const;
    void restoreState();
    void restoreInboxState();
    void connectReplyActions();
    void showReplySettings();
    // Whether the window may close now; asks first when replies have not gone out yet.
    bool mayClose();

    GuiEnvironment m_env;
    QUndoStack m_undo;
    MainActions m_actions;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<AccountSync> m_accountSync;
    QString m_ownWorkspacePath;
    QStackedWidget* m_pages;
    WelcomePage* m_welcome;
    InboxPage* m_inbox = nullptr;
    InfoBar* m_sampleBar;
    InfoBar* m_errorBar;
    ConnectionBar* m_connectionBar;
    HeldBackBar* m_heldBackBar;
    TeamOpener* m_teamOpener;
    QLabel* m_status;
    ApprovalActions* m_approvalActions;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_columnsMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    QList<QAction*> m_viewActions;
    QPointer<ReviewWindow> m_review;
    DesktopNotifier* m_notifier = nullptr;
    // The user chose to quit although replies were still waiting, or to quit once they are out.
    bool m_quitConfirmed = false;
};

} // namespace hearken
