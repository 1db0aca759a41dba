// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/flags.h"

#include <QList>
#include <QObject>

#include <optional>

class QSystemTrayIcon;

namespace hearken {

class Workspace;

// Desktop notifications, opt-in per kind, when new criticism or a new question arrives from a
// network, with an excerpt; clicking one opens the item. Where the desktop has no
// notification area (or offscreen) nothing is shown, but notified() still tells.
class DesktopNotifier : public QObject {
    Q_OBJECT
public:
    enum class Kind { Criticism, Question };

    explicit DesktopNotifier(Workspace& workspace, QObject* parent = nullptr);

    // Kept in the workspace's settings, off until the user turns them on.
    bool isEnabled(Kind kind) const;
    void setEnabled(Kind kind, bool enabled);

Q_SIGNALS:
    void notified(qint64 postId, const QString& title, const QString& excerpt);
    void openItemRequested(qint64 postId);
    void failed(const QString& message);

private:
    void itemsArrived(const QList<qint64>& postIds);
    void show(qint64 postId, const QString& title, const QString& excerpt);

    Workspace& m_workspace;
    QSystemTrayIcon* m_tray = nullptr;
    std::optional<qint64> m_lastShown;
};

} // namespace hearken
