// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_actions.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QIcon>
#include <QKeySequence>
#include <QUndoStack>

namespace hearken {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hearken::MainActions", text);
}

QAction* make(QObject* owner, const QString& text, const QList<QKeySequence>& keys,
              const QString& icon = {})
{
    auto* action = new QAction(text, owner);
    action->setShortcuts(keys);
    if (!icon.isEmpty())
        action->setIcon(QIcon::fromTheme(icon));
    return action;
}

QKeySequence key(const char* text)
{
    return QKeySequence(QString::fromLatin1(text));
}

} // namespace

MainActions::MainActions(QObject* owner, QUndoStack& undoStack)
    : openWorkspace(make(owner, tr("&Open workspace…"), {QKeySequence::Open}, u"document-open"_qs))
    , openSample(make(owner, tr("Open &sample workspace"), {}))
    , quit(make(owner, tr("&Quit"), {key("Ctrl+Q")}, u"application-exit"_qs))
    , undo(undoStack.createUndoAction(owner, tr("&Undo")))
    , redo(undoStack.createRedoAction(owner, tr("&Redo")))
    , find(make(owner, tr("&Find"), {QKeySequence::Find, key("/")}, u"edit-find"_qs))
    , saveView(make(owner, tr("&Save view…"), {key("Ctrl+S")}))
    , review(make(owner, tr("&Review…"), {key("F9")}, u"view-statistics"_qs))
    , next(make(owner, tr("&Next item"), {key("J")}, u"go-down"_qs))
    , previous(make(owner, tr("&Previous item"), {key("K")}, u"go-up"_qs))
    , openItem(make(owner, tr("&Open item"), {key("Return"), key("O"), key("Enter")}))
    , markDone(make(owner, tr("Mark &done"), {key("E")}, u"object-select"_qs))
    , reopen(make(owner, tr("&Reopen"), {key("Shift+U")}, u"edit-undo"_qs))
    , snooze(make(owner, tr("&Snooze…"), {key("S")}, u"alarm"_qs))
    , dismiss(make(owner, tr("D&ismiss (needs no reply)"), {key("D"), key("#")}, u"edit-delete"_qs))
    , assign(make(owner, tr("&Assign…"), {key("A")}, u"contact-new"_qs))
    , toneCriticism(make(owner, tr("Tone: &criticism"), {key("1")}))
    , tonePraise(make(owner, tr("Tone: &praise"), {key("2")}))
    , toneOther(make(owner, tr("Tone: &other"), {key("3")}))
    , toggleQuestion(make(owner, tr("Toggle &question"), {key("?")}))
    , resetToneLearning(make(owner, tr("&Forget tone corrections…"), {}))
    , reply(make(owner, tr("&Reply"), {key("R")}, u"mail-reply-sender"_qs))
    , thank(make(owner, tr("&Thank"), {key("T")}, u"emblem-favorite"_qs))
    , addNote(make(owner, tr("Add &note"), {key("N")}, u"document-edit"_qs))
    , tagTopic(make(owner, tr("Follow-up &topic…"), {key("L")}, u"tag"_qs))
    , showOutbox(make(owner, tr("&Outbox"), {key("Ctrl+Shift+O")}, u"mail-outbox"_qs))
    , followUps(make(owner, tr("&Follow-ups"), {key("Ctrl+Shift+F")}))
    , assignedToMe(make(owner, tr("Assigned to &me"), {key("Ctrl+Shift+M")}))
    , thanksLike(make(owner, tr("A &like"), {}))
    , thanksReply(make(owner, tr("A short &reply"), {}))
    , thanksBoth(make(owner, tr("&Both"), {}))
    , notifyCriticism(make(owner, tr("New &criticism"), {}))
    , notifyQuestions(make(owner, tr("New &questions"), {}))
    , shortcuts(make(owner, tr("&Keyboard shortcuts"), {key("F1")}))
    , about(make(owner, tr("&About Hearken"), {}))
{
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(u"edit-undo"_qs));
    redo->setShortcuts({key("Ctrl+Shift+Z"), key("Ctrl+Y")});
    redo->setIcon(QIcon::fromTheme(u"edit-redo"_qs));
    markDone->setToolTip(tr("Mark the selected items done (E)"));
    snooze->setIconText(tr("Snooze"));
    snooze->setToolTip(tr("Hide the selected items until later (S)"));
    dismiss->setIconText(tr("Dismiss"));
    dismiss->setToolTip(tr("Dismiss the selected items as needing no reply (D)"));
    assign->setIconText(tr("Assign"));
    assign->setToolTip(tr("Assign the selected items to a teammate (A)"));
    reopen->setToolTip(tr("Put the selected items back in the open queue (Shift+U)"));
    review->setToolTip(tr("The backlog, the response record and trends, for supervisors (F9)"));
    reply->setToolTip(tr("Write a reply to the current item (R)"));
    thank->setToolTip(tr("Thank the author as the workspace's thanks setting says (T)"));
    addNote->setToolTip(tr("Add an internal note to the current item (N)"));
    tagTopic->setToolTip(tr("Tag the selected items with a follow-up topic (L)"));
    auto* thanksModes = new QActionGroup(owner);
    for (QAction* mode : {thanksLike, thanksReply, thanksBoth}) {
        mode->setCheckable(true);
        thanksModes->addAction(mode);
    }
    notifyCriticism->setCheckable(true);
    notifyQuestions->setCheckable(true);
    resetToneLearning->setToolTip(
        tr("Go back to the shipped tone model, forgetting what this workspace's corrections "
           "taught it"));
}

QList<QAction*> MainActions::itemActions() const
{
    return {openItem,   markDone,  reopen,         snooze, dismiss, assign,  toneCriticism,
            tonePraise, toneOther, toggleQuestion, reply,  thank,   addNote, tagTopic};
}

} // namespace hearken
