// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QAction;
class QObject;
class QUndoStack;

namespace hearken {

// Every command of the main window, with its shortcuts. Menus, the toolbar and the queue's
// context menu show these same actions, so a shortcut works wherever the window has focus.
struct MainActions {
    MainActions(QObject* owner, QUndoStack& undoStack);

    QAction* openWorkspace;
    QAction* openTeamWorkspace;
    QAction* openSample;
    QAction* quit;

    QAction* undo;
    QAction* redo;
    QAction* find;

    QAction* saveView;
    QAction* review;

    QAction* next;
    QAction* previous;
    QAction* openItem;
    QAction* markDone;
    QAction* reopen;
    QAction* snooze;
    QAction* dismiss;
    QAction* assign;
    QAction* take;
    QAction* handOver;
    QAction* toneCriticism;
    QAction* tonePraise;
    QAction* toneOther;
    QAction* toggleQuestion;
    QAction* resetToneLearning;

    // Replying, notes and follow-ups.
    QAction* reply;
    QAction* thank;
    QAction* addNote;
    QAction* tagTopic;
    QAction* showOutbox;
    QAction* followUps;
    QAction* assignedToMe;
    // What Thank sends (one of them is checked), and which desktop notifications are on.
    QAction* thanksLike;
    QAction* thanksReply;
    QAction* thanksBoth;
    QAction* notifyCriticism;
    QAction* notifyQuestions;
    QAction* notifyAssigned;
    QAction* notifySentBack;
    QAction* notifyApprovals;

    QAction* shortcuts;
    QAction* about;

    // The actions that work on the selected items.
    QList<QAction*> itemActions() const;
};

} // namespace hearken
