// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/add_account_dialog.h"

#include "accounts/form_error.h"

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

namespace {

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

AddAccountDialog::AddAccountDialog(const Provider& provider, const SignInServices& services,
                                   QWidget* parent)
    : QDialog(parent)
    , m_form(provider.signInForm())
    , m_signIn(provider.signIn(services))
    , m_progress(new QLabel(this))
    , m_error(new FormError(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_signInButton(m_buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Add a %1 account").arg(provider.label()));
    m_signInButton->setDefault(true);
    auto* explanation = new QLabel(m_form.explanation, this);
    explanation->setWordWrap(true);
    explanation->setMinimumWidth(440);
    m_progress->setTextFormat(Qt::PlainText);
    m_progress->setWordWrap(true);
    m_progress->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    QFormLayout* advancedForm = nullptr;
    for (const SignInField& field : std::as_const(m_form.fields)) {
        if (field.advanced) {
            if (!m_advanced) {
                m_advancedToggle = new QToolButton(this);
                m_advancedToggle->setText(tr("Ad&vanced"));
                m_advancedToggle->setCheckable(true);
                m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
                m_advancedToggle->setArrowType(Qt::RightArrow);
                m_advancedToggle->setAutoRaise(true);
                m_advanced = new QWidget(this);
                advancedForm = new QFormLayout(m_advanced);
                advancedForm->setContentsMargins(0, 0, 0, 0);
            }
            addField(field, advancedForm);
        } else if (field.kind == SignInField::Kind::Secret) {
            auto* choice = new QButtonGroup(this);
            auto* otherwise = new QRadioButton(field.otherwise, this);
            auto* chosen = new QRadioButton(field.choice, this);
            choice->addButton(otherwise);
            choice->addButton(chosen);
            otherwise->setChecked(true);
            m_otherwise.insert(field.key, otherwise);
            m_choices.insert(field.key, chosen);
            connect(chosen, &QRadioButton::toggled, this, &AddAccountDialog::updateChoices);
            layout->addWidget(otherwise);
            layout->addWidget(chosen);
            auto* secretForm = new QFormLayout;
            secretForm->setContentsMargins(24, 0, 0, 0);
            addField(field, secretForm);
            layout->addLayout(secretForm);
        } else {
            addField(field, form);
        }
    }
    if (m_advanced) {
        if (!m_form.advancedNote.isEmpty())
            advancedForm->addRow(note(m_form.advancedNote, m_advanced));
        m_advanced->setVisible(false);
        layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
        layout->addWidget(m_advanced);
        connect(m_advancedToggle, &QToolButton::toggled, this, &AddAccountDialog::showAdvanced);
    }
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);

    connect(m_signInButton, &QPushButton::clicked, this, &AddAccountDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_busy) {
            m_signIn->cancel();
            return;
        }
        reject();
    });
    connect(m_signIn.get(), &AccountSignIn::progress, m_progress, &QLabel::setText);
    updateChoices();
}

AddAccountDialog::~AddAccountDialog() = default;

void AddAccountDialog::addField(const SignInField& field, QLayout* into)
{
    auto* edit = new QLineEdit(this);
    edit->setPlaceholderText(field.placeholder);
    edit->setAccessibleName(field.name);
    if (field.kind == SignInField::Kind::Secret)
        edit->setEchoMode(QLineEdit::Password);
    m_fields.insert(field.key, edit);
    auto* form = static_cast<QFormLayout*>(into);
    form->addRow(field.label, edit);
    if (!field.hint.isEmpty()) {
        QLabel* hint = note(field.hint, this);
        hint->setObjectName(field.key);
        m_hints.append(hint);
        form->addRow(hint);
    }
    connect(edit, &QLineEdit::textChanged, m_error, &FormError::clear);
    connect(edit, &QLineEdit::textChanged, this, [this] {
        m_cautioned = false;
        m_signInButton->setText(tr("&Sign in"));
    });
}

bool AddAccountDialog::isChosen(const SignInField& field) const
{
    const QRadioButton* choice = m_choices.value(field.key);
    return !choice || choice->isChecked();
}

void AddAccountDialog::updateChoices()
{
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        const bool chosen = it.value()->isChecked();
        QLineEdit* edit = m_fields.value(it.key());
        edit->setEnabled(chosen && !m_busy);
        for (QLabel* hint : std::as_const(m_hints)) {
            if (hint->objectName() == it.key())
                hint->setEnabled(chosen);
        }
        if (chosen && !m_busy && sender() == it.value())
            edit->setFocus();
    }
}

void AddAccountDialog::showAdvanced(bool shown)
{
    m_advancedToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_advanced->setVisible(shown);
}

void AddAccountDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QLineEdit* edit : std::as_const(m_fields))
        edit->setEnabled(!busy);
    for (const auto* buttons : {&m_choices, &m_otherwise}) {
        for (QRadioButton* button : *buttons)
            button->setEnabled(!busy);
    }
    m_signInButton->setEnabled(!busy);
    updateChoices();
    if (!busy)
        m_progress->clear();
}

SignInValues AddAccountDialog::values() const
{
    SignInValues values;
    for (const SignInField& field : m_form.fields) {
        if (!isChosen(field))
            continue;
        const QString typed = m_fields.value(field.key)->text();
        values.insert(field.key, field.kind == SignInField::Kind::Secret ? typed : typed.trimmed());
    }
    return values;
}

void AddAccountDialog::showProblem(const FormProblem& problem)
{
    const SignInField* field = m_form.field(problem.key);
    if (field && field->advanced && m_advancedToggle && !m_advancedToggle->isChecked())
        m_advancedToggle->setChecked(true);
    m_error->show(problem.message, m_fields.value(problem.key));
}

void AddAccountDialog::signIn()
{
    const SignInValues given = values();
    if (const auto problem = problemIn(m_form, given)) {
        showProblem(*problem);
        return;
    }
    if (const auto caution = m_form.caution ? m_form.caution(given) : std::nullopt;
        caution && !m_cautioned) {
        showProblem({caution->key,
                     tr("%1 Or choose Sign in anyway to use it.").arg(caution->message),
                     caution->kind});
        m_cautioned = true;
        m_signInButton->setText(tr("Sign in &anyway"));
        return;
    }
    m_error->clear();
    setBusy(true);
    m_signIn->start(given, [this](const auth::AuthResult<SignedIn>& result) {
        setBusy(false);
        if (!result) {
            // A chosen secret is what a refused sign-in most often needs typed again; else the
            // first field (the server, the handle).
            QLineEdit* toFix = m_fields.value(m_form.fields.value(0).key);
            for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
                if (it.value()->isChecked())
                    toFix = m_fields.value(it.key());
            }
            m_error->show(result.error().kind == auth::AuthError::Kind::Cancelled &&
                                  result.error().message.isEmpty()
                              ? tr("Signing in was cancelled.")
                              : result.error().message,
                          toFix);
            return;
        }
        for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
            m_fields.value(it.key())->clear();
        m_account = result->account;
        accept();
    });
}

} // namespace hearken
