// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/add_bluesky_dialog.h"

#include "accounts/form_error.h"
#include "providers/bluesky/app_password_sign_in.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace hearken {

AddBlueskyDialog::AddBlueskyDialog(bluesky::AccountAdder::Services services, QWidget* parent)
    : QDialog(parent)
    , m_adder(std::move(services))
    , m_handle(new QLineEdit(this))
    , m_useBrowser(new QRadioButton(tr("Sign in in the &browser (recommended)"), this))
    , m_useAppPassword(new QRadioButton(tr("Use an &app password"), this))
    , m_appPassword(new QLineEdit(this))
    , m_appPasswordHint(new QLabel(this))
    , m_advancedToggle(new QToolButton(this))
    , m_advanced(new QWidget(this))
    , m_pds(new QLineEdit(m_advanced))
    , m_plc(new QLineEdit(m_advanced))
    , m_resolver(new QLineEdit(m_advanced))
    , m_progress(new QLabel(this))
    , m_error(new FormError(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_signInButton(m_buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Add a Bluesky account"));
    m_signInButton->setDefault(true);
    auto* explanation = new QLabel(tr("Type the account's handle and sign in in your browser: "
                                      "Hearken never sees your Bluesky password."),
                                   this);
    explanation->setWordWrap(true);
    explanation->setMinimumWidth(440);
    m_handle->setPlaceholderText(tr("yourname.bsky.social"));
    m_handle->setAccessibleName(tr("Bluesky handle"));

    auto* choice = new QButtonGroup(this);
    choice->addButton(m_useBrowser);
    choice->addButton(m_useAppPassword);
    m_useBrowser->setChecked(true);
    m_appPassword->setEchoMode(QLineEdit::Password);
    m_appPassword->setAccessibleName(tr("App password"));
    m_appPassword->setPlaceholderText(tr("xxxx-xxxx-xxxx-xxxx"));
    m_appPasswordHint->setText(
        tr("Only if signing in in the browser does not work: create an app password in "
           "Bluesky under Settings → Privacy and security → App passwords. Never use your "
           "account password here."));
    m_appPasswordHint->setWordWrap(true);
    m_appPasswordHint->setForegroundRole(QPalette::PlaceholderText);

    m_advancedToggle->setText(tr("Ad&vanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    m_pds->setPlaceholderText(tr("found from the handle"));
    m_pds->setAccessibleName(tr("PDS address"));
    m_plc->setPlaceholderText(QStringLiteral("https://plc.directory"));
    m_plc->setAccessibleName(tr("PLC directory address"));
    m_resolver->setPlaceholderText(QStringLiteral("https://bsky.social"));
    m_resolver->setAccessibleName(tr("Handle resolver address"));
    auto* advancedForm = new QFormLayout(m_advanced);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    advancedForm->addRow(tr("&PDS:"), m_pds);
    advancedForm->addRow(tr("P&LC directory:"), m_plc);
    advancedForm->addRow(tr("Handle &resolver:"), m_resolver);
    auto* advancedNote = new QLabel(
        tr("For self-hosted servers. Leave empty to use Bluesky's own services."), m_advanced);
    advancedNote->setWordWrap(true);
    advancedNote->setForegroundRole(QPalette::PlaceholderText);
    advancedForm->addRow(advancedNote);
    m_advanced->setVisible(false);

    m_progress->setTextFormat(Qt::PlainText);
    m_progress->setWordWrap(true);
    m_progress->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Handle:"), m_handle);
    auto* passwordForm = new QFormLayout;
    passwordForm->setContentsMargins(24, 0, 0, 0);
    passwordForm->addRow(tr("App &password:"), m_appPassword);
    passwordForm->addRow(m_appPasswordHint);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_useBrowser);
    layout->addWidget(m_useAppPassword);
    layout->addLayout(passwordForm);
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);

    connect(m_signInButton, &QPushButton::clicked, this, &AddBlueskyDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_busy) {
            m_adder.cancel();
            return;
        }
        reject();
    });
    connect(&m_adder, &bluesky::AccountAdder::progress, m_progress, &QLabel::setText);
    connect(m_useAppPassword, &QRadioButton::toggled, this, &AddBlueskyDialog::updateChoice);
    connect(m_advancedToggle, &QToolButton::toggled, this, &AddBlueskyDialog::showAdvanced);
    for (QLineEdit* field : {m_handle, m_appPassword, m_pds, m_plc, m_resolver})
        connect(field, &QLineEdit::textChanged, m_error, &FormError::clear);
    connect(m_appPassword, &QLineEdit::textChanged, this, [this] {
        m_warnedAboutPassword = false;
        m_signInButton->setText(tr("&Sign in"));
    });
    updateChoice();
}

void AddBlueskyDialog::updateChoice()
{
    const bool appPassword = m_useAppPassword->isChecked();
    m_appPassword->setEnabled(appPassword && !m_busy);
    m_appPasswordHint->setEnabled(appPassword);
    if (appPassword && !m_busy)
        m_appPassword->setFocus();
}

void AddBlueskyDialog::showAdvanced(bool shown)
{
    m_advancedToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_advanced->setVisible(shown);
}

void AddBlueskyDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* field : std::initializer_list<QWidget*>{m_handle, m_useBrowser, m_useAppPassword,
                                                          m_pds, m_plc, m_resolver})
        field->setEnabled(!busy);
    m_signInButton->setEnabled(!busy);
    updateChoice();
    if (!busy)
        m_progress->clear();
}

std::optional<QUrl> AddBlueskyDialog::urlIn(QLineEdit* field, const QString& what)
{
    const QString typed = field->text().trimmed();
    if (typed.isEmpty())
        return QUrl();
    QUrl url = QUrl::fromUserInput(typed);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"https" && url.scheme() != u"http")) {
        if (!m_advanced->isVisible())
            m_advancedToggle->setChecked(true);
        m_error->show(tr("The %1 address is not a web address: %2").arg(what, typed), field);
        return std::nullopt;
    }
    return url;
}

void AddBlueskyDialog::signIn()
{
    bluesky::AccountAdder::Request request;
    request.handle = m_handle->text().trimmed();
    if (request.handle.isEmpty()) {
        m_error->show(tr("Type the account's handle, for example yourname.bsky.social."), m_handle);
        return;
    }
    if (m_useAppPassword->isChecked()) {
        if (m_appPassword->text().isEmpty()) {
            m_error->show(tr("Type the app password, or sign in in the browser instead."),
                          m_appPassword);
            return;
        }
        if (!bluesky::looksLikeAppPassword(m_appPassword->text()) && !m_warnedAboutPassword) {
            m_warnedAboutPassword = true;
            m_error->show(
                tr("This does not look like an app password (xxxx-xxxx-xxxx-xxxx): it may be the "
                   "account's main password, which gives full control of the account. Create an "
                   "app password in Bluesky under Settings → Privacy and security → App "
                   "passwords, or choose Sign in anyway to use this one."),
                m_appPassword);
            m_signInButton->setText(tr("Sign in &anyway"));
            return;
        }
        request.appPassword = m_appPassword->text();
    }
    const auto pds = urlIn(m_pds, tr("PDS"));
    const auto plc = pds ? urlIn(m_plc, tr("PLC directory")) : std::nullopt;
    const auto resolver = plc ? urlIn(m_resolver, tr("handle resolver")) : std::nullopt;
    if (!resolver)
        return;
    request.pds = *pds;
    request.plc = *plc;
    request.handleResolver = *resolver;
    m_error->clear();
    setBusy(true);
    m_adder.start(request, [this](const auth::AuthResult<bluesky::AccountAdder::Added>& result) {
        setBusy(false);
        if (!result) {
            // The handle is what a failed sign-in most often needs fixed; a refused app
            // password is typed again.
            m_error->show(result.error().message,
                          m_useAppPassword->isChecked() ? m_appPassword : m_handle);
            return;
        }
        m_appPassword->clear();
        m_account = result->account;
        accept();
    });
}

} // namespace hearken
