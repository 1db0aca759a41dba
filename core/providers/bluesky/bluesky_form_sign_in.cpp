// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/bluesky_form_sign_in.h"

#include "providers/bluesky/app_password_sign_in.h"

namespace hearken::bluesky {

namespace {

namespace key {
const QString handle = QStringLiteral("handle");
const QString appPassword = QStringLiteral("app-password");
const QString pds = QStringLiteral("pds");
const QString plc = QStringLiteral("plc");
const QString resolver = QStringLiteral("resolver");
const QString clientMetadata = QStringLiteral("client-metadata");
const QString timeout = QStringLiteral("timeout");
} // namespace key

SignInField advancedUrl(const QString& key, const QString& name, const QString& label,
                        const QString& help, const QString& placeholder, const QString& invalid)
{
    SignInField field;
    field.key = key;
    field.kind = SignInField::Kind::Url;
    field.name = name;
    field.label = label;
    field.help = help;
    field.placeholder = placeholder;
    field.invalid = invalid;
    field.advanced = true;
    return field;
}

QUrl urlIn(const SignInValues& values, const QString& key)
{
    const QString typed = values.value(key).trimmed();
    return typed.isEmpty() ? QUrl() : QUrl::fromUserInput(typed);
}

} // namespace

SignInForm signInForm()
{
    SignInForm form;
    form.explanation = FormSignIn::tr("Type the account's handle and sign in in your browser: "
                                      "Hearken never sees your Bluesky password.");
    form.commandLine = FormSignIn::tr(
        "Add a Bluesky account. Signs in with AT Protocol OAuth in the browser ($BROWSER); "
        "with --app-password, with an app password read from HEARKEN_BLUESKY_APP_PASSWORD or "
        "the first line of standard input (never put it on the command line).");
    form.advancedNote =
        FormSignIn::tr("For self-hosted servers. Leave empty to use Bluesky's own services.");

    SignInField handle;
    handle.key = key::handle;
    handle.name = FormSignIn::tr("Bluesky handle");
    handle.label = FormSignIn::tr("&Handle:");
    handle.help = FormSignIn::tr("The account's handle.");
    handle.placeholder = FormSignIn::tr("yourname.bsky.social");
    handle.missing = FormSignIn::tr("Type the account's handle, for example yourname.bsky.social.");
    handle.required = true;

    SignInField appPassword;
    appPassword.key = key::appPassword;
    appPassword.kind = SignInField::Kind::Secret;
    appPassword.name = FormSignIn::tr("App password");
    appPassword.label = FormSignIn::tr("App &password:");
    appPassword.help = FormSignIn::tr("Sign in with an app password instead of OAuth (fallback).");
    appPassword.placeholder = FormSignIn::tr("xxxx-xxxx-xxxx-xxxx");
    appPassword.hint = FormSignIn::tr(
        "Only if signing in in the browser does not work: create an app password in Bluesky "
        "under Settings → Privacy and security → App passwords. Never use your account "
        "password here.");
    appPassword.missing =
        FormSignIn::tr("Type the app password, or sign in in the browser instead.");
    appPassword.choice = FormSignIn::tr("Use an &app password");
    appPassword.otherwise = FormSignIn::tr("Sign in in the &browser (recommended)");
    appPassword.notGiven = FormSignIn::tr("No app password: set %1 or write it to standard input.");

    SignInField timeout;
    timeout.key = key::timeout;
    timeout.kind = SignInField::Kind::Seconds;
    timeout.name = FormSignIn::tr("Time-out");
    timeout.label = FormSignIn::tr("&Time-out (s):");
    timeout.help =
        FormSignIn::tr("Seconds the servers get to look the account up and sign in (default %1).")
            .arg(AccountAdder::defaultAnswerTimeoutMs / 1000);
    timeout.placeholder = QString::number(AccountAdder::defaultAnswerTimeoutMs / 1000);
    timeout.invalid =
        FormSignIn::tr("The time-out takes a number of seconds from 1 to 3600, not \"%1\".");
    timeout.advanced = true;

    form.fields = {
        handle,
        appPassword,
        advancedUrl(key::pds, FormSignIn::tr("PDS"), FormSignIn::tr("&PDS:"),
                    FormSignIn::tr("The account's PDS, when it cannot be found from the handle."),
                    FormSignIn::tr("found from the handle"),
                    FormSignIn::tr("The PDS address is not a web address: %1")),
        advancedUrl(key::plc, FormSignIn::tr("PLC directory"), FormSignIn::tr("P&LC directory:"),
                    FormSignIn::tr("The PLC directory (default https://plc.directory)."),
                    QStringLiteral("https://plc.directory"),
                    FormSignIn::tr("The PLC directory address is not a web address: %1")),
        advancedUrl(key::resolver, FormSignIn::tr("Handle resolver"),
                    FormSignIn::tr("Handle &resolver:"),
                    FormSignIn::tr("A server that resolves handles (default https://bsky.social)."),
                    QStringLiteral("https://bsky.social"),
                    FormSignIn::tr("The handle resolver address is not a web address: %1")),
        advancedUrl(key::clientMetadata, FormSignIn::tr("Client metadata"),
                    FormSignIn::tr("OAuth &client metadata:"),
                    FormSignIn::tr("The OAuth client metadata URL your organisation hosts "
                                   "(default: the loopback client id, for development)."),
                    FormSignIn::tr("the loopback client id"),
                    FormSignIn::tr("The client metadata address is not a web address: %1")),
        timeout,
    };
    form.caution = [](const SignInValues& values) -> std::optional<FormProblem> {
        if (!values.contains(key::appPassword) ||
            looksLikeAppPassword(values.value(key::appPassword)))
            return std::nullopt;
        return FormProblem{
            key::appPassword,
            FormSignIn::tr("This does not look like an app password (xxxx-xxxx-xxxx-xxxx): it may "
                           "be the account's main password, which gives full control of the "
                           "account. Create an app password in Bluesky under Settings → Privacy "
                           "and security → App passwords."),
            FormProblem::Kind::Usage};
    };
    return form;
}

FormSignIn::FormSignIn(const SignInServices& services)
    : m_adder({services.network.http, services.browser, services.network.vault, services.accounts,
               services.network.nonces})
{
    connect(&m_adder, &AccountAdder::progress, this, &AccountSignIn::progress);
}

void FormSignIn::start(const SignInValues& values, Done done)
{
    AccountAdder::Request request;
    request.handle = values.value(key::handle);
    if (values.contains(key::appPassword))
        request.appPassword = values.value(key::appPassword);
    request.pds = urlIn(values, key::pds);
    request.plc = urlIn(values, key::plc);
    request.handleResolver = urlIn(values, key::resolver);
    request.clientMetadataUrl = urlIn(values, key::clientMetadata).toString();
    if (const QString seconds = values.value(key::timeout).trimmed(); !seconds.isEmpty())
        request.answerTimeoutMs = int(seconds.toDouble() * 1000);
    m_adder.start(request, [done = std::move(done)](
                               const auth::AuthResult<AccountAdder::Added>& result) {
        if (!result) {
            done(tl::unexpected(result.error()));
            return;
        }
        done(SignedIn{result->account, (result->kind == SessionGrant::Kind::OAuth
                                            ? tr("Added @%1 (%2), signed in with OAuth.")
                                            : tr("Added @%1 (%2), signed in with an app password."))
                                           .arg(result->account.handle, result->account.remoteId)});
    });
}

void FormSignIn::cancel()
{
    m_adder.cancel();
}

} // namespace hearken::bluesky
