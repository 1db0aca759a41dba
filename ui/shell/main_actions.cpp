// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/main_actions.h"

#include "shell/shortcuts_dialog.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QIcon>
#include <QKeySequence>
#include <QUndoStack>

namespace hearken {

namespace {

// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hearken::MainActions)
};

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
    : openWorkspace(
          make(owner, Text::tr("&Open workspace…"), {QKeySequence::Open}, u"document-open"_qs))
    , openTeamWorkspace(make(owner, Text::tr("Open &team workspace…"), {key("Ctrl+Shift+T")},
                             u"network-server-database"_qs))
    , openSample(make(owner, Text::tr("Open &sample workspace"), {}))
    , quit(make(owner, Text::tr("&Quit"), {key("Ctrl+Q")}, u"application-exit"_qs))
    , undo(undoStack.createUndoAction(owner, Text::tr("&Undo")))
    , redo(undoStack.createRedoAction(owner, Text::tr("&Redo")))
    , find(make(owner, Text::tr("&Find"), {QKeySequence::Find, key("/")}, u"edit-find"_qs))
    , saveView(make(owner, Text::tr("&Save view…"), {key("Ctrl+S")}))
    , review(make(owner, Text::tr("&Review…"), {key("F9")}, u"view-statistics"_qs))
    , next(make(owner, Text::tr("&Next item"), {key("J")}, u"go-down"_qs))
    , previous(make(owner, Text::tr("&Previous item"), {key("K")}, u"go-up"_qs))
    , openItem(make(owner, Text::tr("&Open item"), {key("Return"), key("O"), key("Enter")}))
    , markDone(make(owner, Text::tr("Mark &done"), {key("E")}, u"object-select"_qs))
    , reopen(make(owner, Text::tr("&Reopen"), {key("Shift+U")}, u"edit-undo"_qs))
    , snooze(make(owner, Text::tr("&Snooze…"), {key("S")}, u"alarm"_qs))
    , dismiss(make(owner, Text::tr("D&ismiss (needs no reply)"), {key("D"), key("#")},
                   u"edit-delete"_qs))
    , assign(make(owner, Text::tr("&Assign…"), {key("A")}, u"contact-new"_qs))
    , take(make(owner, Text::tr("&Take it"), {key("M")}))
    , handOver(make(owner, Text::tr("&Hand over…"), {key("H")}))
    , toneCriticism(make(owner, Text::tr("Tone: &criticism"), {key("1")}))
    , tonePraise(make(owner, Text::tr("Tone: &praise"), {key("2")}))
    , toneOther(make(owner, Text::tr("Tone: &other"), {key("3")}))
    , toggleQuestion(make(owner, Text::tr("Toggle &question"), {key("?")}))
    , resetToneLearning(make(owner, Text::tr("&Forget tone corrections…"), {}))
    , reply(make(owner, Text::tr("&Reply"), {key("R")}, u"mail-reply-sender"_qs))
    , thank(make(owner, Text::tr("&Thank"), {key("T")}, u"emblem-favorite"_qs))
    , addNote(make(owner, Text::tr("Add &note"), {key("N")}, u"document-edit"_qs))
    , tagTopic(make(owner, Text::tr("Follow-up &topic…"), {key("L")}, u"tag"_qs))
    , showOutbox(make(owner, Text::tr("&Outbox"), {key("Ctrl+Shift+O")}, u"mail-outbox"_qs))
    , followUps(make(owner, Text::tr("&Follow-ups"), {key("Ctrl+Shift+F")}))
    , assignedToMe(make(owner, Text::tr("Assigned to &me"), {key("Ctrl+Shift+M")}))
    , thanksLike(make(owner, Text::tr("A &like"), {}))
    , thanksReply(make(owner, Text::tr("A short &reply"), {}))
    , thanksBoth(make(owner, Text::tr("&Both"), {}))
    , notifyCriticism(make(owner, Text::tr("New &criticism"), {}))
    , notifyQuestions(make(owner, Text::tr("New &questions"), {}))
    , notifyAssigned(make(owner, Text::tr("Items &assigned to me"), {}))
    , notifySentBack(make(owner, Text::tr("My replies &sent back"), {}))
    , notifyApprovals(make(owner, Text::tr("Replies waiting for my a&pproval"), {}))
    , shortcuts(make(owner, Text::tr("&Keyboard shortcuts"), {key("F1")}))
    , about(make(owner, Text::tr("&About Hearken"), {}))
{
    // The menu says what would be undone; the toolbar and the shortcut sheet keep one word, so
    // that neither changes width nor reads "Redo Mark done".
    for (const auto& [action, name] :
         {std::pair{undo, Text::tr("Undo")}, {redo, Text::tr("Redo")}}) {
        action->setIconText(name);
        action->setProperty(ShortcutsDialog::sheetNameProperty, name);
    }
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(u"edit-undo"_qs));
    redo->setShortcuts({key("Ctrl+Shift+Z"), key("Ctrl+Y")});
    redo->setIcon(QIcon::fromTheme(u"edit-redo"_qs));
    markDone->setToolTip(Text::tr("Mark the selected items done (E)"));
    snooze->setIconText(Text::tr("Snooze"));
    snooze->setToolTip(Text::tr("Hide the selected items until later (S)"));
    dismiss->setIconText(Text::tr("Dismiss"));
    dismiss->setToolTip(Text::tr("Dismiss the selected items as needing no reply (D)"));
    assign->setIconText(Text::tr("Assign"));
    assign->setToolTip(Text::tr("Assign the selected items to a teammate (A)"));
    take->setToolTip(Text::tr("Make the selected items yours (M)"));
    handOver->setToolTip(Text::tr("Give the selected items to a teammate with a note (H)"));
    reopen->setToolTip(Text::tr("Put the selected items back in the open queue (Shift+U)"));
    review->setToolTip(
        Text::tr("The backlog, the response record and trends, for supervisors (F9)"));
    reply->setToolTip(Text::tr("Write a reply to the current item (R)"));
    thank->setToolTip(Text::tr("Thank the author as the workspace's thanks setting says (T)"));
    addNote->setToolTip(Text::tr("Add an internal note to the current item (N)"));
    tagTopic->setToolTip(Text::tr("Tag the selected items with a follow-up topic (L)"));
    auto* thanksModes = new QActionGroup(owner);
    for (QAction* mode : {thanksLike, thanksReply, thanksBoth}) {
        mode->setCheckable(true);
        thanksModes->addAction(mode);
    }
    for (QAction* kind :
         {notifyCriticism, notifyQuestions, notifyAssigned, notifySentBack, notifyApprovals})
        kind->setCheckable(true);
    resetToneLearning->setToolTip(
        Text::tr("Go back to the shipped tone model, forgetting what this workspace's corrections "
                 "taught it"));
}

QList<QAction*> MainActions::itemActions() const
{
    return {openItem, markDone, reopen,        snooze,     dismiss,   assign,
            take,     handOver, toneCriticism, tonePraise, toneOther, toggleQuestion,
            reply,    thank,    addNote,       tagTopic};
}

} // namespace hearken
