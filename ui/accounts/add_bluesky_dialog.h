// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/bluesky/bluesky_account_adder.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QToolButton;

namespace hearken {

class FormError;

// "Add account… → Bluesky": the user types a handle and signs in in the browser (AT Protocol
// OAuth) or, as the fallback, with an app password. Self-hosters give their PDS, PLC directory
// or handle resolver under Advanced. The dialog shows each step, can be cancelled, and says
// plainly what went wrong.
class AddBlueskyDialog : public QDialog {
    Q_OBJECT
public:
    AddBlueskyDialog(bluesky::AccountAdder::Services services, QWidget* parent = nullptr);

    QLineEdit* handleField() const { return m_handle; }
    QRadioButton* browserChoice() const { return m_useBrowser; }
    QRadioButton* appPasswordChoice() const { return m_useAppPassword; }
    QLineEdit* appPasswordField() const { return m_appPassword; }
    QToolButton* advancedToggle() const { return m_advancedToggle; }
    QLineEdit* pdsField() const { return m_pds; }
    QLineEdit* plcField() const { return m_plc; }
    QLineEdit* resolverField() const { return m_resolver; }
    QPushButton* signInButton() const { return m_signInButton; }
    // The account that signed in, once the dialog was accepted.
    const std::optional<Account>& account() const { return m_account; }

private:
    void signIn();
    void setBusy(bool busy);
    void updateChoice();
    void showAdvanced(bool shown);
    // The URL typed in `field`, empty when nothing is typed, nullopt (with the error shown)
    // when what is typed is no http(s) address.
    std::optional<QUrl> urlIn(QLineEdit* field, const QString& what);

    bluesky::AccountAdder m_adder;
    QLineEdit* m_handle;
    QRadioButton* m_useBrowser;
    QRadioButton* m_useAppPassword;
    QLineEdit* m_appPassword;
    QLabel* m_appPasswordHint;
    QToolButton* m_advancedToggle;
    QWidget* m_advanced;
    QLineEdit* m_pds;
    QLineEdit* m_plc;
    QLineEdit* m_resolver;
    QLabel* m_progress;
    FormError* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_signInButton;
    std::optional<Account> m_account;
    bool m_busy = false;
    // The password typed was shown to look like no app password; the next Sign in goes on.
    bool m_warnedAboutPassword = false;
};

} // namespace hearken
