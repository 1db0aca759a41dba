// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "team/connection_probe.h"
#include "team/team_address.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;

namespace hearken {

class FormError;

// File → Open team workspace…: the server, database, user and password of a workspace a team
// shares on PostgreSQL, and how to secure the connection. Open tests the connection first, off
// the window's thread and cancellable; the dialog closes only once it works, and otherwise says
// why in plain words and keeps what was typed.
class TeamWorkspaceDialog : public QDialog {
    Q_OBJECT
public:
    // `canRemember`: whether there is a keychain to keep the password in.
    TeamWorkspaceDialog(const TeamAddress& address, bool canRemember, QWidget* parent = nullptr);
    ~TeamWorkspaceDialog() override;

    // Says why the workspace could not be opened before the dialog was shown.
    void showProblem(const QString& problem);
    TeamAddress address() const;
    QString password() const;
    bool remembersPassword() const;
    bool isTesting() const { return m_probe.isRunning(); }

    // Tests the connection; accepts once it works.
    void accept() override;
    // While testing, stops waiting for the server and keeps the dialog open; otherwise closes.
    void reject() override;

private:
    void setTesting(bool testing);
    void tested(const StoreResult<void>& outcome);
    void showCaFileRow();
    void chooseCaFile();

    QFormLayout* m_form;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_sslMode;
    QWidget* m_caFileRow;
    QLineEdit* m_caFile;
    QCheckBox* m_remember;
    FormError* m_error;
    QLabel* m_progressText;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    ConnectionProbe m_probe;
    QList<QPair<QString, QString>> m_otherOptions;
    bool m_canRemember;
};

} // namespace hearken
