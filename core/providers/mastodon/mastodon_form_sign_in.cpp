// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/mastodon/mastodon_form_sign_in.h"

namespace hearken::mastodon {

namespace {

const QString serverField = QStringLiteral("server");

} // namespace

SignInForm signInForm()
{
    SignInForm form;
    form.explanation = FormSignIn::tr("Type the server your account is on. Your browser opens to "
                                      "let Hearken in; Hearken never sees your password.");
    form.commandLine = FormSignIn::tr(
        "Add a Mastodon account (or one on a server that speaks Mastodon's API): signs in "
        "through the browser ($BROWSER is used when set).");
    SignInField server;
    server.key = serverField;
    server.kind = SignInField::Kind::Server;
    server.name = FormSignIn::tr("Mastodon server");
    server.label = FormSignIn::tr("&Server:");
    server.help = FormSignIn::tr("The Mastodon server, e.g. mastodon.social.");
    server.placeholder = FormSignIn::tr("mastodon.social");
    server.missing = FormSignIn::tr("Type the server's name, for example mastodon.social.");
    server.required = true;
    form.fields = {server};
    return form;
}

FormSignIn::FormSignIn(const SignInServices& services)
    : m_signIn({services.network.http, *services.browser, services.network.vault, services.accounts,
                services.network.now})
{
    connect(&m_signIn, &SignIn::progress, this, &AccountSignIn::progress);
    connect(&m_signIn, &SignIn::browserOpened, this, [this](const QUrl& url) {
        Q_EMIT progress(tr("Waiting for you to allow Hearken in the browser. If no browser "
                           "opened, open this address:\n%1")
                            .arg(url.toString(QUrl::FullyEncoded)));
    });
}

void FormSignIn::start(const SignInValues& values, Done done)
{
    m_signIn.start(values.value(serverField), [done = std::move(done)](
                                                  const auth::AuthResult<Account>& result) {
        if (!result) {
            done(tl::unexpected(result.error()));
            return;
        }
        done(SignedIn{*result, tr("Added %1 (account %2).").arg(result->handle).arg(result->id)});
    });
}

void FormSignIn::cancel()
{
    m_signIn.cancel();
}

} // namespace hearken::mastodon
