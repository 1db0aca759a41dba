// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/team_opener.h"

#include "auth/secret_vault.h"
#include "team/team_address.h"
#include "team/team_workspace_dialog.h"

namespace hearken {

TeamOpener::TeamOpener(auth::SecretVault* vault, QWidget* window)
    : QObject(window)
    , m_vault(vault)
    , m_window(window)
{}

TeamWorkspaceDialog* TeamOpener::dialog() const
{
    return m_dialog;
}

void TeamOpener::ask(const QString& uri, const QString& problem)
{
    m_probe.cancel();
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    const TeamAddress address = uri.isEmpty() ? TeamAddress() : TeamAddress::fromUri(uri);
    m_dialog = new TeamWorkspaceDialog(address, m_vault != nullptr, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!problem.isEmpty())
        m_dialog->showProblem(problem);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog] {
        const TeamAddress chosen = dialog->address();
        keep(chosen, dialog->password(), dialog->remembersPassword());
        Q_EMIT ready(chosen.uri(), dialog->password());
    });
    m_dialog->open();
}

void TeamOpener::open(const QString& uri)
{
    if (!m_vault) {
        tryPassword(uri, QString());
        return;
    }
    m_vault->read(TeamAddress::fromUri(uri).passwordKey(),
                  [self = QPointer(this), uri](const auth::VaultResult<QString>& stored) {
                      // Nothing stored, or no keychain: libpq may know the password itself.
                      if (self)
                          self->tryPassword(uri, stored.value_or(QString()));
                  });
}

void TeamOpener::tryPassword(const QString& uri, const QString& password)
{
    m_probe.start([uri, password] { return Database::open(uri, OpenMode::MustExist, password); },
                  [this, uri, password](const StoreResult<void>& outcome) {
                      if (outcome)
                          Q_EMIT ready(uri, password);
                      else if (outcome.error().kind == StoreError::Kind::LoginRefused &&
                               !password.isEmpty())
                          tryPassword(uri, QString());
                      else
                          ask(uri, outcome.error().message);
                  });
}

void TeamOpener::keep(const TeamAddress& address, const QString& password, bool remember)
{
    if (!m_vault)
        return;
    const auto done = [self = QPointer(this)](const auth::VaultResult<void>& kept) {
        if (self && !kept)
            Q_EMIT self->failed(tr("Hearken could not keep the team workspace's password in the "
                                   "keychain (%1); it asks for it next time.")
                                    .arg(kept.error().message));
    };
    if (remember && !password.isEmpty())
        m_vault->write(address.passwordKey(), password, done);
    else
        m_vault->remove(address.passwordKey(), done);
}

} // namespace hearken
