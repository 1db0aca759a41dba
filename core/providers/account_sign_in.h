// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/auth_error.h"
#include "domain/account.h"
#include "providers/sign_in_form.h"

#include <QObject>

#include <functional>

namespace hearken {

// An account that signed in and was saved.
struct SignedIn {
    // With its id.
    Account account;
    // One sentence saying so, for the command line ("Added @brand@m.example (account 3).").
    QString summary;
};

// One network's sign-in, started with the values of its SignInForm. A QObject with a callback
// rather than a coroutine: the window shows each step as it happens and its Cancel button ends
// the attempt midway, which QCoro's tasks (0.8) cannot be asked to do.
class AccountSignIn : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const auth::AuthResult<SignedIn>&)>;
    using QObject::QObject;

    // `values` passed problemIn(); `done` is called once, also after cancel().
    virtual void start(const SignInValues& values, Done done) = 0;
    // Reports Cancelled through the pending Done.
    virtual void cancel() = 0;

Q_SIGNALS:
    // One short sentence per step, for a progress line.
    void progress(const QString& step);
};

} // namespace hearken
