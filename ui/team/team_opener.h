// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "team/connection_probe.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace hearken {

namespace auth {
class SecretVault;
}

struct TeamAddress;
class TeamWorkspaceDialog;

// Finds the way into a team workspace: the password from the keychain first, then libpq's own
// (PGPASSWORD, ~/.pgpass), each tried off the window's thread; when none works, the dialog asks,
// saying why. A password the user typed goes to the keychain when they ask for it, and
// nowhere else.
class TeamOpener : public QObject {
    Q_OBJECT
public:
    // `vault` (the desk's keychain; null when there is none) must outlive this object.
    TeamOpener(auth::SecretVault* vault, QWidget* window);

    // File → Open team workspace…: the dialog, filled in from `uri` when given.
    void ask(const QString& uri = {}, const QString& problem = {});
    // Opens `uri` (a team workspace opened before, or from the command line).
    void open(const QString& uri);
    // The dialog on screen; null when none is.
    TeamWorkspaceDialog* dialog() const;

Q_SIGNALS:
    // The connection works with `password` (empty: libpq found its own); open it now.
    void ready(const QString& uri, const QString& password);
    void failed(const QString& message);

private:
    void tryPassword(const QString& uri, const QString& password);
    void keep(const TeamAddress& address, const QString& password, bool remember);

    auth::SecretVault* m_vault;
    QWidget* m_window;
    ConnectionProbe m_probe;
    QPointer<TeamWorkspaceDialog> m_dialog;
};

} // namespace hearken
