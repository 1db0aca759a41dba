// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/add_account_dialog.h"

#include "accounts/form_error.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hearken {

AddMastodonDialog::AddMastodonDialog(mastodon::SignIn::Services services, QWidget* parent)
    : QDialog(parent)
    , m_signIn(std::move(services))
    , m_server(new QLineEdit(this))
    , m_progress(new QLabel(this))
    , m_error(new FormError(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_signInButton(m_buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Add a Mastodon account"));
    m_signInButton->setDefault(true);
    m_server->setPlaceholderText(tr("mastodon.social"));
    m_server->setAccessibleName(tr("Mastodon server"));
    auto* explanation =
        new QLabel(tr("Type the server your account is on. Your browser opens to let Hearken in; "
                      "Hearken never sees your password."),
                   this);
    explanation->setWordWrap(true);
    m_progress->setTextFormat(Qt::PlainText);
    m_progress->setWordWrap(true);
    m_progress->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_signInButton, &QPushButton::clicked, this, &AddMastodonDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_busy) {
            m_signIn.cancel();
            return;
        }
        reject();
    });
    connect(&m_signIn, &mastodon::SignIn::progress, m_progress, &QLabel::setText);
    connect(&m_signIn, &mastodon::SignIn::browserOpened, this, [this](const QUrl& url) {
        m_progress->setText(tr("Waiting for you to allow Hearken in the browser. If no browser "
                               "opened, open this address:\n%1")
                                .arg(url.toString(QUrl::FullyEncoded)));
    });
    connect(m_server, &QLineEdit::textChanged, m_error, &FormError::clear);
}

void AddMastodonDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_server->setEnabled(!busy);
    m_signInButton->setEnabled(!busy);
    if (!busy)
        m_progress->clear();
}

void AddMastodonDialog::signIn()
{
    if (m_server->text().trimmed().isEmpty()) {
        m_error->show(tr("Type the server's name, for example mastodon.social."), m_server);
        return;
    }
    m_error->clear();
    setBusy(true);
    m_signIn.start(m_server->text(), [this](const auth::AuthResult<Account>& result) {
        setBusy(false);
        if (!result) {
            m_error->show(result.error().kind != auth::AuthError::Kind::Cancelled
                              ? result.error().message
                              : tr("Signing in was cancelled."),
                          m_server);
            return;
        }
        m_account = *result;
        accept();
    });
}

} // namespace hearken
