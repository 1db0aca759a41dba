// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"
#include "store/team_event_feed.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

class QSettings;
class QSystemTrayIcon;

namespace hearken {

class Workspace;

// Desktop notifications, per kind, with an excerpt; clicking one opens the item. New criticism
// and new questions from a network are opt-in. On a team's workspace, what other people did
// that is for me is on until turned off: an item assigned or handed to me, my reply sent back,
// a reply waiting for my approval (for supervisors). On a team's workspace every kind is each
// person's own choice; on a file of one's own, criticism and questions are the workspace's. Where
// the desktop has no notification area (or offscreen) nothing is shown, but notified() still tells.
class DesktopNotifier : public QObject {
    Q_OBJECT
public:
    enum class Kind { Criticism, Question, AssignedToMe, SentBackToMe, WaitingForMyApproval };

    // `me` is the person the desk acts as. A person's own choices are kept in `desk` (this
    // computer's settings) when given.
    DesktopNotifier(Workspace& workspace, const QString& me, QSettings* desk = nullptr,
                    QObject* parent = nullptr);

    bool isEnabled(Kind kind) const;
    void setEnabled(Kind kind, bool enabled);
    // Whether the kinds about other people's work apply: only a team's workspace has them.
    bool isTeam() const { return m_feed.has_value(); }

Q_SIGNALS:
    void notified(qint64 postId, const QString& title, const QString& excerpt);
    void openItemRequested(qint64 postId);
    void failed(const QString& message);

private:
    struct Notice {
        qint64 postId = 0;
        QString title;
        QString excerpt;
    };

    void itemsArrived(const QList<qint64>& postIds);
    void itemsChanged(const QList<qint64>& postIds);
    // The notice `event` makes for me, if any of the enabled kinds.
    std::optional<Notice> noticeOf(const Event& event);
    // Shows each notice, or one summary when there are too many at once.
    void showAll(const QList<Notice>& notices, const QString& summaryTitle,
                 const QString& summaryText);
    QString postExcerpt(qint64 postId);
    void show(qint64 postId, const QString& title, const QString& excerpt);

    Workspace& m_workspace;
    QString m_me;
    QSettings* m_desk;
    // The person's own choices made on this desk; a kind missing here is on when it is about
    // the team's work and off otherwise.
    QHash<int, bool> m_personalChoices;
    std::optional<TeamEventFeed> m_feed;
    // The newest line of the history this desk looked at.
    std::optional<qint64> m_lastSeen;
    std::optional<bool> m_supervisor;
    QSystemTrayIcon* m_tray = nullptr;
    std::optional<qint64> m_lastShown;
};

} // namespace hearken
