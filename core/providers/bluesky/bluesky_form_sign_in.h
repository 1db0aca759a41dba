// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/bluesky/bluesky_account_adder.h"
#include "providers/provider.h"

namespace hearken::bluesky {

// What Bluesky's sign-in asks for: the handle, an app password as the fallback to the browser,
// and for self-hosters the PDS, PLC directory, handle resolver, OAuth client metadata and how
// long the servers get.
SignInForm signInForm();

// AccountAdder behind the provider seam.
class FormSignIn : public AccountSignIn {
    Q_OBJECT
public:
    explicit FormSignIn(const SignInServices& services);

    void start(const SignInValues& values, Done done) override;
    void cancel() override;

private:
    AccountAdder m_adder;
};

} // namespace hearken::bluesky
