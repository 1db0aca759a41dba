// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/main_window.h"

#include "account_sync.h"
#include "accounts/add_account_dialog.h"
#include "approvals/approval_actions.h"
#include "compose/desktop_notifier.h"
#include "compose/follow_ups_dialog.h"
#include "compose/outbox_dialog.h"
#include "inbox/inbox_page.h"
#include "inbox/queue_table.h"
#include "outbox/thanks.h"
#include "providers/provider_registry.h"
#include "review/review_window.h"
#include "session.h"
#include "shell/appearance.h"
#include "shell/application_icon.h"
#include "shell/damaged_workspace.h"
#include "shell/held_back_bar.h"
#include "shell/info_bar.h"
#include "shell/sample_workspace.h"
#include "shell/saved_view_title.h"
#include "shell/screen_fit.h"
#include "shell/shortcuts_dialog.h"
#include "shell/sidebar_model.h"
#include "shell/welcome_page.h"
#include "store/workspace.h"
#include "sync/workspace_account_keeper.h"
#include "team/connection_bar.h"
#include "team/team_address.h"
#include "team/team_opener.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace hearken {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
const QString windowStateKey = QStringLiteral("window/state");
const QString splitterKey = QStringLiteral("window/splitter");
const QString queueColumnsKey = QStringLiteral("window/queueColumns");
constexpr int viewShortcutCount = 8;

} // namespace

MainWindow::MainWindow(GuiEnvironment environment, QWidget* parent)
    : QMainWindow(parent)
    , m_env(std::move(environment))
    , m_actions(this, m_undo)
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(m_env.providers, m_pages))
    , m_sampleBar(new InfoBar(InfoBar::Kind::Information, tr("Open my workspace"), this))
    , m_errorBar(new InfoBar(InfoBar::Kind::Error, tr("Dismiss"), this))
    , m_connectionBar(new ConnectionBar(m_env.reconnectEvery, this))
    , m_heldBackBar(new HeldBackBar(this))
    , m_teamOpener(new TeamOpener(m_env.vault, this))
    , m_status(new QLabel(this))
    , m_approvalActions(new ApprovalActions(this))
{
    m_pages->addWidget(m_welcome);
    m_sampleBar->setMessage(tr("Sample workspace — generated data, nothing here is real."));
    m_sampleBar->hide();
    m_errorBar->hide();

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sampleBar);
    layout->addWidget(m_errorBar);
    layout->addWidget(m_connectionBar);
    layout->addWidget(m_heldBackBar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_status, 1);

    buildMenus();
    buildToolBar();

    m_welcome->setCanAddAccounts(AccountSync::isAvailable(m_env));
    connect(m_welcome, &WelcomePage::addAccountRequested, this, &MainWindow::addAccount);
    connect(m_welcome, &WelcomePage::openSampleRequested, this, &MainWindow::openSampleWorkspace);
    connect(m_welcome, &WelcomePage::openWorkspaceRequested, this,
            &MainWindow::chooseWorkspaceFile);
    connect(m_welcome, &WelcomePage::openTeamWorkspaceRequested, m_teamOpener,
            [this] { m_teamOpener->ask(); });
    connect(m_teamOpener, &TeamOpener::ready, this,
            [this](const QString& uri, const QString& password) {
                showWorkspace(Workspace::open(uri, OpenMode::MustExist, password), uri);
            });
    connect(m_teamOpener, &TeamOpener::failed, this, &MainWindow::showError);
    connect(m_connectionBar, &ConnectionBar::restored, this, &MainWindow::refreshAfterReconnecting);
    connect(m_sampleBar, &InfoBar::actionTriggered, this, &MainWindow::leaveSample);
    connect(m_errorBar, &InfoBar::actionTriggered, m_errorBar, &QWidget::hide);

    restoreState();
    showReplySettings();
    showPage();
}

MainWindow::~MainWindow()
{
    m_undo.clear();
    delete m_review;
    delete m_inbox;
    m_accountSync.reset();
    m_connectionBar->watch(nullptr, {});
    m_session.reset();
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions.openWorkspace);
    file->addAction(m_actions.openTeamWorkspace);
    file->addAction(m_actions.openSample);
    file->addSeparator();
    if (AccountSync::isAvailable(m_env)) {
        QMenu* add = file->addMenu(tr("&Add account"));
        for (const Provider* provider : m_env.providers.providers())
            add->addAction(tr("&%1…").arg(provider->label()), this,
                           [this, network = provider->id()] { addAccount(network); });
        file->addSeparator();
    }
    file->addAction(m_actions.quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actions.undo);
    edit->addAction(m_actions.redo);
    edit->addSeparator();
    edit->addAction(m_actions.find);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addActions({m_actions.showOutbox, m_actions.followUps, m_actions.assignedToMe});
    m_approvalActions->addTo(*m_viewMenu);
    QMenu* notify = m_viewMenu->addMenu(tr("Desktop &notifications"));
    notify->addActions({m_actions.notifyCriticism, m_actions.notifyQuestions});
    notify->addSeparator();
    notify->addActions(
        {m_actions.notifyAssigned, m_actions.notifySentBack, m_actions.notifyApprovals});
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_actions.saveView);
    m_viewMenu->addAction(m_actions.review);
    m_columnsMenu = m_viewMenu->addMenu(tr("&Columns"));
    connect(m_columnsMenu, &QMenu::aboutToShow, this, [this] {
        if (m_inbox)
            m_inbox->table().addColumnChoices(*m_columnsMenu);
    });
    if (m_env.appearance)
        m_env.appearance->addChoices(*m_viewMenu->addMenu(tr("&Appearance")));
    m_viewMenu->addSeparator();

    QMenu* item = menuBar()->addMenu(tr("&Item"));
    item->addActions({m_actions.next, m_actions.previous, m_actions.openItem});
    item->addSeparator();
    item->addActions({m_actions.markDone, m_actions.reopen, m_actions.snooze, m_actions.dismiss,
                      m_actions.assign, m_actions.take, m_actions.handOver});
    item->addSeparator();
    item->addActions({m_actions.reply, m_actions.thank, m_actions.addNote, m_actions.tagTopic});
    QMenu* thanks = item->addMenu(tr("T&hank with"));
    thanks->addActions({m_actions.thanksLike, m_actions.thanksReply, m_actions.thanksBoth});
    item->addSeparator();
    QMenu* tone = item->addMenu(tr("&Tone"));
    tone->addActions({m_actions.toneCriticism, m_actions.tonePraise, m_actions.toneOther});
    tone->addSeparator();
    tone->addAction(m_actions.toggleQuestion);
    tone->addSeparator();
    tone->addAction(m_actions.resetToneLearning);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions.shortcuts);
    help->addAction(m_actions.about);

    connect(m_actions.openWorkspace, &QAction::triggered, this, &MainWindow::chooseWorkspaceFile);
    connect(m_actions.openTeamWorkspace, &QAction::triggered, m_teamOpener,
            [this] { m_teamOpener->ask(); });
    connect(m_actions.openSample, &QAction::triggered, this, &MainWindow::openSampleWorkspace);
    connect(m_actions.quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions.shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_actions.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions.resetToneLearning, &QAction::triggered, this,
            &MainWindow::forgetToneCorrections);
    connect(m_actions.review, &QAction::triggered, this, &MainWindow::showReview);
    connect(m_approvalActions, &ApprovalActions::failed, this, &MainWindow::showError);
    connect(m_approvalActions, &ApprovalActions::openItemRequested, this, &MainWindow::showItem);
    connectReplyActions();
}

ReviewWindow* MainWindow::review() const
{
    return m_review;
}

void MainWindow::showReview()
{
    if (!m_session)
        return;
    if (!m_review) {
        m_review = new ReviewWindow(m_session->workspace(), m_env.clock,
                                    m_session->providers().names(), this);
        m_review->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_review, &ReviewWindow::openItemRequested, this, &MainWindow::showItem);
        m_review->allowReassigning(m_session->actions(), m_undo, m_session->me());
        m_review->refresh();
    }
    m_review->show();
    m_review->raise();
    m_review->activateWindow();
}

void MainWindow::showItem(qint64 postId)
{
    if (!m_inbox || showsWelcome())
        return;
    raise();
    activateWindow();
    m_inbox->openItem(postId);
}

void MainWindow::connectReplyActions()
{
    connect(m_actions.showOutbox, &QAction::triggered, this, &MainWindow::showOutbox);
    connect(m_actions.followUps, &QAction::triggered, this, &MainWindow::showFollowUps);
    const std::pair<QAction*, ThanksMode> modes[] = {{m_actions.thanksLike, ThanksMode::Like},
                                                     {m_actions.thanksReply, ThanksMode::Reply},
                                                     {m_actions.thanksBoth, ThanksMode::Both}};
    for (const auto& [action, mode] : modes) {
        connect(action, &QAction::triggered, this, [this, m = mode] {
            if (!m_session)
                return;
            if (auto set = setThanksMode(m_session->workspace().settings(), m); !set)
                showError(set.error().message);
        });
    }
    const std::pair<QAction*, DesktopNotifier::Kind> kinds[] = {
        {m_actions.notifyCriticism, DesktopNotifier::Kind::Criticism},
        {m_actions.notifyQuestions, DesktopNotifier::Kind::Question},
        {m_actions.notifyAssigned, DesktopNotifier::Kind::AssignedToMe},
        {m_actions.notifySentBack, DesktopNotifier::Kind::SentBackToMe},
        {m_actions.notifyApprovals, DesktopNotifier::Kind::WaitingForMyApproval}};
    for (const auto& [action, kind] : kinds) {
        connect(action, &QAction::toggled, this, [this, k = kind](bool on) {
            if (m_notifier && m_notifier->isEnabled(k) != on)
                m_notifier->setEnabled(k, on);
        });
    }
}

void MainWindow::showReplySettings()
{
    const bool open = m_session != nullptr;
    for (QAction* action :
         {m_actions.thanksLike, m_actions.thanksReply, m_actions.thanksBoth,
          m_actions.notifyCriticism, m_actions.notifyQuestions, m_actions.notifyAssigned,
          m_actions.notifySentBack, m_actions.notifyApprovals, m_actions.showOutbox,
          m_actions.followUps, m_actions.assignedToMe})
        action->setEnabled(open);
    if (!open)
        return;
    const ThanksMode mode = thanksMode(m_session->workspace().settings());
    m_actions.thanksLike->setChecked(mode == ThanksMode::Like);
    m_actions.thanksReply->setChecked(mode == ThanksMode::Reply);
    m_actions.thanksBoth->setChecked(mode == ThanksMode::Both);
    m_actions.notifyCriticism->setChecked(m_notifier->isEnabled(DesktopNotifier::Kind::Criticism));
    m_actions.notifyQuestions->setChecked(m_notifier->isEnabled(DesktopNotifier::Kind::Question));
    // Only a team's workspace has other people to hear from.
    for (const auto& [action, kind] :
         {std::pair{m_actions.notifyAssigned, DesktopNotifier::Kind::AssignedToMe},
          {m_actions.notifySentBack, DesktopNotifier::Kind::SentBackToMe},
          {m_actions.notifyApprovals, DesktopNotifier::Kind::WaitingForMyApproval}}) {
        action->setEnabled(m_notifier->isTeam());
        action->setChecked(m_notifier->isEnabled(kind));
    }
}

void MainWindow::showOutbox()
{
    if (!m_session)
        return;
    auto* dialog = new OutboxDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OutboxDialog::failed, this, &MainWindow::showError);
    connect(dialog, &OutboxDialog::openItemRequested, this, &MainWindow::showItem);
    connect(m_session.get(), &QObject::destroyed, dialog, &QWidget::close);
    dialog->show();
}

void MainWindow::showFollowUps()
{
    if (!m_session)
        return;
    auto* dialog = new FollowUpsDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FollowUpsDialog::failed, this, &MainWindow::showError);
    connect(m_session.get(), &QObject::destroyed, dialog, &QWidget::close);
    dialog->show();
}

void MainWindow::forgetToneCorrections()
{
    ToneTriage* tone = m_session ? m_session->toneTriage() : nullptr;
    if (!tone)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Forget tone corrections"),
        tr("This workspace's tone model has learned from %1 corrections. Forget them and go back "
           "to the shipped model? Tones already set stay as they are.")
            .arg(tone->corrections()));
    if (answer != QMessageBox::Yes)
        return;
    if (auto reset = tone->resetLearning(); !reset)
        showError(reset.error().message);
}

void MainWindow::buildToolBar()
{
    m_toolBar = addToolBar(tr("Actions"));
    m_toolBar->setObjectName(QStringLiteral("actions"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({m_actions.markDone, m_actions.snooze, m_actions.dismiss,
                           m_actions.assign, m_actions.reopen});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_actions.undo, m_actions.redo});
}

void MainWindow::rebuildViewActions()
{
    qDeleteAll(m_viewActions);
    m_viewActions.clear();
    if (!m_inbox)
        return;
    const QList<SavedView>& views = m_inbox->sidebarModel().views();
    for (qsizetype i = 0; i < views.size(); ++i) {
        auto* action = new QAction(savedViewTitle(views[i].name), this);
        if (i < viewShortcutCount)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        const int n = int(i);
        connect(action, &QAction::triggered, this, [this, n] {
            if (m_inbox)
                m_inbox->chooseView(n);
        });
        m_viewMenu->addAction(action);
        m_viewActions.append(action);
    }
}

bool MainWindow::openWorkspace(const QString& path)
{
    if (TeamAddress::isTeamUri(path)) {
        m_teamOpener->open(path);
        return false;
    }
    return showWorkspace(Workspace::open(path), path);
}

bool MainWindow::showWorkspace(StoreResult<std::unique_ptr<Workspace>> workspace,
                               const QString& path)
{
    if (!workspace) {
        reportOpenError(path, workspace.error());
        return false;
    }
    auto session = Session::open(std::move(*workspace), m_env.providers, m_env.actor, m_env.clock,
                                 m_env.classifier, m_env.services(m_env));
    if (!session) {
        reportOpenError(path, session.error());
        return false;
    }
    setSession(std::move(*session));
    return true;
}

bool MainWindow::openSampleWorkspace()
{
    auto workspace =
        hearken::openSampleWorkspace(m_env.sampleWorkspacePath, m_env.providers.sampleStyles(),
                                     m_env.sampleItems, m_env.clock(), this);
    if (!workspace) {
        reportOpenError(m_env.sampleWorkspacePath, workspace.error());
        return false;
    }
    if (!*workspace)
        return false;
    return showWorkspace(std::move(*workspace), m_env.sampleWorkspacePath);
}

void MainWindow::setSession(std::unique_ptr<Session> session)
{
    saveState();
    m_notifier = nullptr;
    m_undo.clear();
    delete m_review;
    qDeleteAll(m_viewActions);
    m_viewActions.clear();
    delete m_inbox;
    m_inbox = nullptr;
    m_accountSync.reset();
    m_errorBar->hide();
    m_connectionBar->watch(nullptr, {});
    m_welcome->setNote(QString());
    m_session = std::move(session);
    m_connectionBar->watch(&m_session->workspace().database(),
                           TeamAddress::fromUri(m_session->path()).title());
    m_heldBackBar->showFor(m_session->workspace(), m_session->providers());
    if (!m_session->isSample())
        m_ownWorkspacePath = m_session->path();
    connect(m_session.get(), &Session::failed, this, &MainWindow::showError);
    m_session->start();
    if (AccountSync::isAvailable(m_env)) {
        m_accountSync = std::make_unique<AccountSync>(*m_session);
        connect(m_accountSync.get(), &AccountSync::statusChanged, this,
                [this](const QString& text) { statusBar()->showMessage(text, 10'000); });
        connect(&m_accountSync->engine(), &SyncEngine::accountFinished, m_heldBackBar,
                [this] { m_heldBackBar->showFor(m_session->workspace(), m_session->providers()); });
        m_accountSync->start();
    }

    m_inbox = new InboxPage(*m_session, m_undo, m_actions, m_pages);
    m_pages->addWidget(m_inbox);
    m_approvalActions->follow(m_session.get(), &m_inbox->sidebar());
    m_notifier = new DesktopNotifier(m_session->workspace(), m_session->actions().actor(),
                                     m_env.settings, m_inbox);
    connect(m_notifier, &DesktopNotifier::failed, this, &MainWindow::showError);
    connect(m_notifier, &DesktopNotifier::openItemRequested, this, [this](qint64 postId) {
        showNormal();
        showItem(postId);
    });
    showReplySettings();
    connect(m_inbox, &InboxPage::statusChanged, this, [this](const QString& text) {
        if (!showsWelcome())
            m_status->setText(text);
    });
    connect(m_inbox, &InboxPage::failed, this, &MainWindow::showError);
    connect(m_inbox, &InboxPage::viewsChanged, this, &MainWindow::rebuildViewActions);
    ChangeNotifier& changes = m_session->workspace().changes();
    connect(&changes, &ChangeNotifier::accountsChanged, this, &MainWindow::showPage);
    connect(&changes, &ChangeNotifier::queueReset, this, &MainWindow::showPage);
    restoreInboxState();
    rebuildViewActions();
    showPage();
    if (!showsWelcome())
        m_inbox->focusQueue();
}

bool MainWindow::canAddAccounts()
{
    if (!AccountSync::isAvailable(m_env))
        return false;
    // On a first run nothing is open yet: the accounts go into the default workspace.
    if (!m_session && !openWorkspace(m_env.defaultWorkspacePath))
        return false;
    if (m_session->isSample()) {
        showError(tr("Accounts cannot be added to the sample workspace. Open your own workspace "
                     "first."));
        return false;
    }
    return true;
}

void MainWindow::syncNewAccount(qint64 accountId)
{
    if (!m_accountSync)
        return;
    m_accountSync->engine().forget(accountId);
    m_accountSync->engine().syncAccount(accountId);
}

void MainWindow::addAccount(const QString& network)
{
    const Provider* provider = m_env.providers.find(network);
    if (!provider || !canAddAccounts())
        return;
    WorkspaceAccountKeeper keeper(m_session->workspace(), m_env.clock);
    AddAccountDialog dialog(
        *provider,
        {{*m_env.http, *m_session->secrets(), *m_env.nonces, m_env.clock}, m_env.browser, keeper},
        this);
    if (dialog.exec() == QDialog::Accepted && dialog.account())
        syncNewAccount(dialog.account()->id);
}

bool MainWindow::showsWelcome() const
{
    return m_pages->currentWidget() == m_welcome;
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::showPage()
{
    const bool empty = !m_session || m_session->isEmpty();
    const bool sample = m_session && m_session->isSample();
    m_pages->setCurrentWidget(empty ? static_cast<QWidget*>(m_welcome) : m_inbox);
    m_toolBar->setVisible(!empty);
    m_sampleBar->setVisible(sample);
    if (!m_session)
        setWindowTitle(tr("Hearken"));
    else if (sample)
        setWindowTitle(tr("Sample workspace — Hearken"));
    else
        setWindowTitle(tr("%1 — Hearken")
                           .arg(TeamAddress::isTeamUri(m_session->path())
                                    ? TeamAddress::fromUri(m_session->path()).title()
                                    : m_session->name()));
    if (empty && m_session)
        m_welcome->setNote(tr("The workspace “%1” is open. It has no accounts and no items yet.")
                               .arg(QDir::toNativeSeparators(m_session->path())));
    m_columnsMenu->menuAction()->setEnabled(!empty);
    if (empty) {
        m_status->setText(m_session ? tr("No accounts yet") : tr("No workspace open"));
        for (QAction* action :
             m_actions.itemActions() + QList<QAction*>{m_actions.next, m_actions.previous,
                                                       m_actions.find, m_actions.saveView,
                                                       m_actions.review})
            action->setEnabled(false);
    } else {
        m_actions.review->setEnabled(true);
        m_actions.find->setEnabled(true);
        m_actions.saveView->setEnabled(true);
        m_status->setText(m_inbox->statusText());
    }
}

void MainWindow::showError(const QString& message)
{
    if (m_connectionBar->explainsFailure()) {
        statusBar()->showMessage(tr("Not done: the team database cannot be reached, so nothing "
                                    "was changed. Try again once it is back."),
                                 10000);
        return;
    }
    m_errorBar->setMessage(message);
    m_errorBar->show();
    statusBar()->showMessage(message, 10000);
}

void MainWindow::refreshAfterReconnecting()
{
    statusBar()->showMessage(tr("Connected to the team database again."), 10000);
    if (m_session)
        Q_EMIT m_session->workspace().changes().queueReset();
}

void MainWindow::reportOpenError(const QString& path, const StoreError& error)
{
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Cannot open the workspace"),
                        tr("Hearken could not open %1.").arg(QDir::toNativeSeparators(path)),
                        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("openError"));
    box->setInformativeText(error.message);
    if (error.kind == StoreError::Kind::Corrupt)
        offerNewestBackup(*box, path, [this](const QString& copy) { openWorkspace(copy); });
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    if (!m_session)
        m_welcome->setNote(
            tr("Hearken could not open %1: %2").arg(QDir::toNativeSeparators(path), error.message));
    showPage();
}

void MainWindow::chooseWorkspaceFile()
{
    const bool openFile = m_session && !TeamAddress::isTeamUri(m_session->path());
    const QString start =
        QFileInfo(openFile ? m_session->path() : m_env.defaultWorkspacePath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open workspace"), start, tr("Hearken workspaces (*.hearken);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::leaveSample()
{
    openWorkspace(m_ownWorkspacePath.isEmpty() ? m_env.defaultWorkspacePath : m_ownWorkspacePath);
}

void MainWindow::showShortcuts()
{
    auto* sheet = new ShortcutsDialog(*menuBar(), this);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    sheet->open();
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("about"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Hearken"));
    box->setIconPixmap(applicationIcon().pixmap(64));
    box->setText(tr("Hearken %1").arg(QCoreApplication::applicationVersion()));
    box->setInformativeText(tr(
        "A social inbox for community managers: answer criticism, thank people for kind "
        "words, and close the loop.\n\nLicensed under the GNU General Public License, "
        "version 3 or later (GPL-3.0-or-later).\n\nThe tone model was trained on public research "
        "data: TweetEval (Barbieri et al., 2020), tweet-acts (Saha et al., 2019) and the "
        "VADER tweets (Hutto and Gilbert, 2014). Their terms are in the copyright file "
        "shipped with Hearken."));
    box->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!mayClose()) {
        event->ignore();
        return;
    }
    saveState();
    event->accept();
}

bool MainWindow::mayClose()
{
    // A team's service sends what a desk queued, whether the desk is open or not.
    const int pending =
        m_session && m_session->outbox().delivers() ? m_session->outbox().pendingCount() : 0;
    if (m_quitConfirmed || pending == 0)
        return true;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Replies still going out"),
                                pending == 1
                                    ? tr("One reply or like has not gone out yet.")
                                    : tr("%1 replies or likes have not gone out yet.").arg(pending),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"pendingOutbox"_qs);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Wait, and Hearken quits as soon as they are sent. Or quit now: "
                               "nothing is lost, they go out the next time Hearken starts."));
    QPushButton* wait = box->addButton(tr("&Wait, then quit"), QMessageBox::AcceptRole);
    QPushButton* quitNow = box->addButton(tr("&Quit now"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(wait);
    connect(wait, &QPushButton::clicked, this, [this] {
        statusBar()->showMessage(tr("Quitting once the outbox is empty…"));
        connect(
            &m_session->outbox(), &DeliveryEngine::idle, this,
            [this] {
                m_quitConfirmed = true;
                close();
            },
            Qt::SingleShotConnection);
    });
    connect(quitNow, &QPushButton::clicked, this, [this] {
        m_quitConfirmed = true;
        close();
    });
    box->open();
    return false;
}

void MainWindow::saveState() const
{
    if (!m_env.settings)
        return;
    m_env.settings->setValue(geometryKey, saveGeometry());
    m_env.settings->setValue(windowStateKey, QMainWindow::saveState());
    if (m_inbox) {
        m_env.settings->setValue(splitterKey, m_inbox->splitter().saveState());
        m_env.settings->setValue(queueColumnsKey, m_inbox->table().saveColumns());
    }
}

void MainWindow::restoreState()
{
    if (m_env.settings && restoreGeometry(m_env.settings->value(geometryKey).toByteArray())) {
        QMainWindow::restoreState(m_env.settings->value(windowStateKey).toByteArray());
        return;
    }
    fitToScreen(*this, QSize(1360, 860).boundedTo(screen()->availableGeometry().size() * 0.9));
}

void MainWindow::restoreInboxState()
{
    if (!m_env.settings || !m_inbox)
        return;
    m_inbox->splitter().restoreState(m_env.settings->value(splitterKey).toByteArray());
    m_inbox->table().restoreColumns(m_env.settings->value(queueColumnsKey).toByteArray());
}

} // namespace hearken
