// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/queue_filter.h"

#include <QWidget>

class QSplitter;
class QUndoStack;

namespace hearken {

class AssignMenu;
class CountThrottle;
class CurrentItem;
class FilterBar;
class QueueCounter;
class QueueModel;
class QueueTable;
class ReplyColumn;
class Session;
class Sidebar;
class SidebarModel;
class SnoozeMenu;
class ThreadPane;
class TopicTagger;
class TriageController;
struct MainActions;

// The working page of an open workspace: saved views and accounts on the left, the filter
// bar over the queue in the middle, the conversation of the current item on the right.
class InboxPage : public QWidget {
    Q_OBJECT
public:
    InboxPage(Session& session, QUndoStack& undo, const MainActions& actions,
              QWidget* parent = nullptr);
    ~InboxPage() override;

    QueueModel& queueModel() const { return *m_model; }
    QueueTable& table() const { return *m_table; }
    FilterBar& filterBar() const { return *m_filterBar; }
    Sidebar& sidebar() const { return *m_sidebar; }
    SidebarModel& sidebarModel() const { return *m_sidebarModel; }
    ThreadPane& threadPane() const { return *m_thread; }
    TriageController& triage() const { return *m_triage; }
    CurrentItem& currentItem() const { return *m_current; }
    QSplitter& splitter() const { return *m_splitter; }
    ReplyColumn& replyColumn() const { return *m_replyColumn; }
    TopicTagger& topicTagger() const { return *m_topicTagger; }

    QueueFilter filter() const;
    // The name of the saved view or account showing, or a generic one for other filters.
    QString viewName() const;
    // The items in the current view; std::nullopt until counted.
    std::optional<qint64> viewCount() const { return m_viewCount; }
    QString statusText() const { return m_statusText; }

    void focusSearch();
    void focusQueue();
    void openCurrentItem();
    void chooseView(int n);
    void saveCurrentView();
    void showSnoozeMenu();
    void showAssignMenu();
    // Asks whom to hand the selected items to, with a note.
    void showHandOver();
    // Makes the item current and shows it selected in the queue, switching to the view of its
    // state (Needs attention, Snoozed, Done or Dismissed) when the one showing lacks it.
    void openItem(qint64 postId);
    void showAssignedToMe();

Q_SIGNALS:
    void statusChanged(const QString& text);
    void failed(const QString& message);
    void viewsChanged();

private:
    QWidget* buildCentre();
    void connectActions(const MainActions& actions);
    void addContextMenu(const MainActions& actions);
    void applyFilter(const QueueFilter& filter);
    void refreshChoices();
    void currentItemChanged();
    // On a team workspace: who else is on which item, in the queue, the thread and the composer.
    void showPresence();
    void updateActions();
    void updateStatus();
    void recountView(const std::function<void()>& finished);
    QPoint menuPosition() const;

    Session& m_session;
    const MainActions& m_actions;
    CurrentItem* m_current;
    QueueCounter* m_counter;
    QueueModel* m_model;
    SidebarModel* m_sidebarModel;
    Sidebar* m_sidebar;
    FilterBar* m_filterBar;
    QueueTable* m_table;
    ThreadPane* m_thread;
    ReplyColumn* m_replyColumn;
    TopicTagger* m_topicTagger;
    QSplitter* m_splitter;
    TriageController* m_triage;
    SnoozeMenu* m_snoozeMenu;
    AssignMenu* m_assignMenu;
    CountThrottle* m_viewCounter;
    std::optional<qint64> m_viewCount;
    QString m_statusText;
    // The selection a reload of the queue should give back.
    QList<qint64> m_keptSelection;
};

} // namespace hearken
