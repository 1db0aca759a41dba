// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/mastodon/mastodon_sign_in.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hearken {

class FormError;

// "Add account… → Mastodon": the user types a server; the browser opens for the sign-in;
// the dialog shows each step, can be cancelled, and says plainly what went wrong.
class AddMastodonDialog : public QDialog {
    Q_OBJECT
public:
    AddMastodonDialog(mastodon::SignIn::Services services, QWidget* parent = nullptr);

    QLineEdit* serverField() const { return m_server; }
    // The account that signed in, once the dialog was accepted.
    const std::optional<Account>& account() const { return m_account; }

private:
    void signIn();
    void setBusy(bool busy);

    mastodon::SignIn m_signIn;
    QLineEdit* m_server;
    QLabel* m_progress;
    FormError* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_signInButton;
    std::optional<Account> m_account;
    bool m_busy = false;
};

} // namespace hearken
