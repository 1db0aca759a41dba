// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/provider.h"

#include <QDialog>
#include <QHash>

#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QToolButton;

namespace hearken {

class FormError;

// "Add account → <network>": the form the provider describes (SignInForm), its advanced fields
// folded under Advanced, a secret offered as a choice beside the usual sign-in. The dialog
// checks what was typed before anything is sent, shows each step, can be cancelled, and says
// plainly what went wrong.
class AddAccountDialog : public QDialog {
    Q_OBJECT
public:
    AddAccountDialog(const Provider& provider, const SignInServices& services,
                     QWidget* parent = nullptr);
    ~AddAccountDialog() override;

    // The field with this key of the provider's form; null when there is none.
    QLineEdit* field(const QString& key) const { return m_fields.value(key); }
    // A secret field's two choices: using it, and the usual sign-in.
    QRadioButton* choiceOf(const QString& key) const { return m_choices.value(key); }
    QRadioButton* otherwiseOf(const QString& key) const { return m_otherwise.value(key); }
    // Null when the form has no advanced fields.
    QToolButton* advancedToggle() const { return m_advancedToggle; }
    QPushButton* signInButton() const { return m_signInButton; }
    // The account that signed in, once the dialog was accepted.
    const std::optional<Account>& account() const { return m_account; }

private:
    void addField(const SignInField& field, QLayout* into);
    void signIn();
    void setBusy(bool busy);
    void updateChoices();
    void showAdvanced(bool shown);
    void showProblem(const FormProblem& problem);
    SignInValues values() const;
    bool isChosen(const SignInField& field) const;

    SignInForm m_form;
    std::unique_ptr<AccountSignIn> m_signIn;
    QHash<QString, QLineEdit*> m_fields;
    QHash<QString, QRadioButton*> m_choices;
    QHash<QString, QRadioButton*> m_otherwise;
    QList<QLabel*> m_hints;
    QToolButton* m_advancedToggle = nullptr;
    QWidget* m_advanced = nullptr;
    QLabel* m_progress;
    FormError* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_signInButton;
    std::optional<Account> m_account;
    bool m_busy = false;
    // The caution was shown for what is typed now; the next Sign in goes on.
    bool m_cautioned = false;
};

} // namespace hearken
