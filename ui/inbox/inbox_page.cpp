// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/inbox_page.h"

#include "compose/composer.h"
#include "compose/notes_panel.h"
#include "compose/reply_column.h"
#include "compose/topic_tagger.h"
#include "inbox/assign_menu.h"
#include "inbox/current_item.h"
#include "inbox/filter_bar.h"
#include "inbox/hand_over_dialog.h"
#include "inbox/queue_delegates.h"
#include "inbox/queue_model.h"
#include "inbox/queue_table.h"
#include "inbox/snooze_menu.h"
#include "inbox/thread_pane.h"
#include "inbox/triage_controller.h"
#include "providers/provider_registry.h"
#include "session.h"
#include "shell/count_throttle.h"
#include "shell/main_actions.h"
#include "shell/queue_counter.h"
#include "shell/sidebar.h"
#include "shell/sidebar_model.h"
#include "store/database.h"
#include "store/workspace.h"
#include "workflow/desk_presence.h"

#include <QAction>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

namespace hearken {

namespace {
constexpr int sidebarWidth = 180;
constexpr int threadWidth = 340;
} // namespace

InboxPage::InboxPage(Session& session, QUndoStack& undo, const MainActions& actions,
                     QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_actions(actions)
    , m_current(new CurrentItem(this))
{
    Workspace& ws = session.workspace();
    m_counter = new QueueCounter(ws, session.clock(), this);
    m_model = new QueueModel(ws.queue(), ws.changes(), session.responseTargets(), session.clock(),
                             session.providers().names(), this);
    m_sidebarModel = new SidebarModel(ws.savedViews(), ws.accounts(), ws.changes(), *m_counter,
                                      session.providers().names(), this);
    m_sidebarModel->setSyncState(&ws.syncState());
    m_sidebar = new Sidebar(*m_sidebarModel, ws.savedViews(), this);
    m_thread = new ThreadPane(ws.posts(), ws.queue(), session.toneTriage(),
                              session.providers().names(), this);
    m_thread->setChainFetcher([&session](const Post& post, auto done) {
        return session.fetchChain(post, std::move(done));
    });
    m_snoozeMenu = new SnoozeMenu(session.clock(), this);
    m_assignMenu = new AssignMenu(ws.accounts(), session.me(),
                                  ws.database().engine() == Engine::Postgresql
                                      ? AssignMenu::Newcomers::ThroughTheAdmin
                                      : AssignMenu::Newcomers::Typed,
                                  this);
    m_viewCounter = new CountThrottle([this](auto finished) { recountView(finished); }, this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(buildCentre());
    m_replyColumn = new ReplyColumn(m_thread, session, undo, this);
    m_topicTagger = new TopicTagger(session, undo, this);
    showPresence();
    m_splitter->addWidget(m_replyColumn);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({sidebarWidth, 800, threadWidth});
    m_sidebar->setMinimumWidth(160);
    m_replyColumn->setMinimumWidth(280);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_triage = new TriageController(session.actions(), *m_model, *m_table, *m_current, undo, this);
    connectActions(actions);
    addContextMenu(actions);

    connect(m_filterBar, &FilterBar::filterChanged, this, &InboxPage::applyFilter);
    connect(m_sidebar, &Sidebar::filterChosen, m_filterBar, &FilterBar::setFilter);
    connect(m_sidebarModel, &QAbstractItemModel::modelReset, this, &InboxPage::viewsChanged);
    connect(m_current, &CurrentItem::changed, this, &InboxPage::currentItemChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateStatus();
    });
    connect(m_table, &QAbstractItemView::activated, this, &InboxPage::openCurrentItem);
    connect(m_filterBar->searchField(), &SearchField::done, this, &InboxPage::focusQueue);
    connect(m_thread, &ThreadPane::leaveRequested, this, &InboxPage::focusQueue);
    Composer& composer = m_replyColumn->composer();
    connect(&composer, &Composer::leaveRequested, this, &InboxPage::focusQueue);
    connect(&m_replyColumn->notes(), &NotesPanel::leaveRequested, this, &InboxPage::focusQueue);
    connect(&composer, &Composer::sent, this, [this](qint64 postId, bool markDone) {
        if (markDone)
            m_triage->markDone({postId});
        else
            m_triage->moveOnFrom({postId});
        focusQueue();
    });
    connect(&composer, &Composer::thanked, this,
            [this](qint64 postId) { m_triage->moveOnFrom({postId}); });
    connect(m_snoozeMenu, &SnoozeMenu::snoozeChosen, m_triage, &TriageController::snoozeUntil);
    connect(m_assignMenu, &AssignMenu::assigneeChosen, this,
            [this](std::optional<qint64> id, const QString& name) {
                m_triage->assign(id, name);
                refreshChoices();
            });

    const auto forwardFailures = [this](auto* source) {
        using Source = std::remove_pointer_t<decltype(source)>;
        connect(source, &Source::failed, this, &InboxPage::failed);
    };
    forwardFailures(m_model);
    forwardFailures(m_sidebarModel);
    forwardFailures(m_sidebar);
    forwardFailures(m_thread);
    forwardFailures(m_triage);
    forwardFailures(m_assignMenu);
    forwardFailures(&composer);
    forwardFailures(&m_replyColumn->notes());
    forwardFailures(m_topicTagger);
    connect(&ws.changes(), &ChangeNotifier::itemsChanged, this, [this](const QList<qint64>& ids) {
        m_thread->refreshIfShown(ids);
        m_viewCounter->request();
        // The current item may have left the view, or come back to it.
        updateActions();
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptSelection = m_triage->targets(); });
    connect(&ws.changes(), &ChangeNotifier::queueReset, this, [this] {
        m_viewCounter->request();
        m_triage->restoreSelection(m_keptSelection);
        updateActions();
        updateStatus();
    });
    connect(&ws.changes(), &ChangeNotifier::accountsChanged, this, &InboxPage::refreshChoices);
    connect(&session, &Session::minutePassed, m_model, &QueueModel::refreshTimes);

    refreshChoices();
    m_sidebar->showFilter(m_filterBar->filter());
    applyFilter(m_filterBar->filter());
}

InboxPage::~InboxPage() = default;

QWidget* InboxPage::buildCentre()
{
    auto* centre = new QWidget(this);
    auto* layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_filterBar = new FilterBar(m_session.providers().names(), centre);
    m_table = new QueueTable(centre);
    m_table->setQueueModel(m_model);
    m_table->setAccessibleName(tr("Queue"));
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);
    return centre;
}

void InboxPage::connectActions(const MainActions& actions)
{
    const auto on = [this](QAction* action, auto slot) {
        connect(action, &QAction::triggered, this, slot);
    };
    on(actions.next, [this] { m_triage->next(); });
    on(actions.previous, [this] { m_triage->previous(); });
    on(actions.openItem, [this] { openCurrentItem(); });
    on(actions.markDone, [this] { m_triage->markDone(); });
    on(actions.reopen, [this] { m_triage->reopen(); });
    on(actions.dismiss, [this] { m_triage->dismiss(); });
    on(actions.snooze, [this] { showSnoozeMenu(); });
    on(actions.assign, [this] { showAssignMenu(); });
    on(actions.take, [this] {
        if (const std::optional<qint64> me = m_session.me())
            m_triage->take(*me);
    });
    on(actions.handOver, [this] { showHandOver(); });
    on(actions.toneCriticism, [this] { m_triage->setTone(Tone::Criticism); });
    on(actions.tonePraise, [this] { m_triage->setTone(Tone::Praise); });
    on(actions.toneOther, [this] { m_triage->setTone(Tone::Other); });
    on(actions.toggleQuestion, [this] { m_triage->toggleQuestion(); });
    on(actions.find, [this] { focusSearch(); });
    on(actions.saveView, [this] { saveCurrentView(); });
    on(actions.reply, [this] { m_replyColumn->composer().focusEditor(); });
    on(actions.thank, [this] { m_replyColumn->composer().thank(); });
    on(actions.addNote, [this] { m_replyColumn->notes().focusField(); });
    on(actions.tagTopic, [this] { m_topicTagger->ask(m_triage->targets()); });
    on(actions.assignedToMe, [this] { showAssignedToMe(); });
}

void InboxPage::addContextMenu(const MainActions& actions)
{
    const auto separator = [this] {
        auto* line = new QAction(m_table);
        line->setSeparator(true);
        return line;
    };
    m_table->addActions({actions.openItem, separator(), actions.markDone, actions.reopen,
                         actions.snooze, actions.dismiss, actions.assign, actions.take,
                         actions.handOver, separator(), actions.toneCriticism, actions.tonePraise,
                         actions.toneOther, actions.toggleQuestion, separator(), actions.reply,
                         actions.thank, actions.addNote, actions.tagTopic});
}

QueueFilter InboxPage::filter() const
{
    return m_filterBar->filter();
}

QString InboxPage::viewName() const
{
    const QModelIndex shown = m_sidebarModel->indexOf(filter());
    return shown.isValid() ? shown.data().toString() : tr("Filtered queue");
}

void InboxPage::applyFilter(const QueueFilter& filter)
{
    m_model->setFilter(filter);
    if (m_model->rowCount() == 0 && m_model->canFetchMore({}))
        m_model->fetchMore({});
    m_sidebar->showFilter(filter);
    m_viewCount.reset();
    m_viewCounter->request(true);
    m_triage->keepCurrentOrTakeFirst();
    updateActions();
    updateStatus();
}

void InboxPage::refreshChoices()
{
    Workspace& ws = m_session.workspace();
    auto accounts = ws.accounts().accounts();
    auto teammates = ws.accounts().teammates();
    if (!accounts || !teammates) {
        Q_EMIT failed(!accounts ? accounts.error().message : teammates.error().message);
        return;
    }
    m_filterBar->setChoices(*accounts, *teammates, m_session.me());
}

void InboxPage::showPresence()
{
    auto* presence =
        new DeskPresence(m_session.workspace(), m_session.actor(), m_session.clock(), this);
    if (!presence->isActive()) {
        delete presence;
        return;
    }
    m_replyColumn->composer().setPresence(presence);
    m_thread->setPresence(presence);
    m_model->setPresence(presence);
    m_table->setItemDelegateForColumn(int(QueueColumn::Excerpt),
                                      new PresenceMarkDelegate(*presence, *m_model, m_table));
    connect(presence, &DeskPresence::failed, this, &InboxPage::failed);
}

void InboxPage::currentItemChanged()
{
    const std::optional<qint64> postId = m_current->id();
    m_thread->showItem(postId);
    m_replyColumn->showItem(postId);
    updateActions();
    updateStatus();
}

void InboxPage::openItem(qint64 postId)
{
    if (!m_model->load(postId)) {
        auto states = m_session.workspace().queue().triageStates({postId});
        if (!states) {
            Q_EMIT failed(states.error().message);
        } else if (!states->isEmpty()) {
            QueueFilter itsView;
            itsView.states = {states->first().state};
            m_filterBar->setFilter(itsView);
            m_model->load(postId);
        }
    }
    m_triage->makeCurrent(postId);
    m_thread->setFocus(Qt::OtherFocusReason);
}

void InboxPage::showAssignedToMe()
{
    QueueFilter mine;
    mine.assigneeId = m_session.me();
    if (mine.assigneeId)
        m_filterBar->setFilter(mine);
}

void InboxPage::updateActions()
{
    const bool selected = !m_triage->targets().isEmpty();
    for (QAction* action : m_actions.itemActions())
        action->setEnabled(selected);
    m_actions.next->setEnabled(m_model->rowCount() > 0);
    m_actions.previous->setEnabled(m_model->rowCount() > 0);
}

void InboxPage::recountView(const std::function<void()>& finished)
{
    m_counter->count({filter()}, this, [this, finished, shown = filter()](const auto& counts) {
        if (!counts)
            Q_EMIT failed(counts.error().message);
        else if (shown == filter())
            m_viewCount = counts->value(0);
        updateStatus();
        finished();
    });
}

void InboxPage::updateStatus()
{
    const QLocale locale;
    QString text = viewName();
    if (m_viewCount)
        text = tr("%1 — %2 in view").arg(text, locale.toString(*m_viewCount));
    const qsizetype selected = m_triage->targets().size();
    if (selected > 1)
        text = tr("%1 · %2 selected").arg(text, locale.toString(selected));
    if (const std::optional<qint64> current = m_current->id();
        current && m_model->rowOf(*current) < 0)
        text = tr("%1 · the item shown is not in this view").arg(text);
    m_statusText = text;
    Q_EMIT statusChanged(text);
}

void InboxPage::focusSearch()
{
    m_filterBar->searchField()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->searchField()->selectAll();
}

void InboxPage::focusQueue()
{
    m_table->setFocus(Qt::OtherFocusReason);
    if (!m_current->id())
        m_table->focusRow(0);
}

void InboxPage::openCurrentItem()
{
    if (m_current->id())
        m_thread->setFocus(Qt::OtherFocusReason);
}

void InboxPage::chooseView(int n)
{
    m_sidebar->chooseView(n);
}

void InboxPage::saveCurrentView()
{
    m_sidebar->saveView(filter());
}

QPoint InboxPage::menuPosition() const
{
    const QRect row = m_table->visualRect(m_table->currentIndex());
    const QPoint local =
        row.isValid() ? QPoint(m_table->columnViewportPosition(3), row.bottom()) : QPoint(0, 0);
    return m_table->viewport()->mapToGlobal(local);
}

void InboxPage::showSnoozeMenu()
{
    if (!m_triage->targets().isEmpty())
        m_snoozeMenu->popup(menuPosition());
}

void InboxPage::showHandOver()
{
    if (m_triage->targets().isEmpty())
        return;
    auto teammates = m_session.workspace().accounts().teammates();
    if (!teammates) {
        Q_EMIT failed(teammates.error().message);
        return;
    }
    auto* dialog = new HandOverDialog(*teammates, m_session.me(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HandOverDialog::handOverChosen, this,
            [this](qint64 id, const QString& name, const QString& note) {
                m_triage->handOver(id, name, note);
            });
    dialog->open();
}

void InboxPage::showAssignMenu()
{
    if (!m_triage->targets().isEmpty())
        m_assignMenu->popup(menuPosition());
}

} // namespace hearken
