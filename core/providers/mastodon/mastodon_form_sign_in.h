// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/mastodon/mastodon_sign_in.h"
#include "providers/provider.h"

namespace hearken::mastodon {

// What Mastodon's sign-in asks for: the server.
SignInForm signInForm();

// SignIn behind the provider seam: the form's server in, the browser's address as a step.
class FormSignIn : public AccountSignIn {
    Q_OBJECT
public:
    // services.browser must not be null: Mastodon signs in only in the browser.
    explicit FormSignIn(const SignInServices& services);

    void start(const SignInValues& values, Done done) override;
    void cancel() override;

private:
    SignIn m_signIn;
};

} // namespace hearken::mastodon
