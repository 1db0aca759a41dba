// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/secret_vault.h"

#include <QObject>

namespace hearken::auth {

// The system keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
// Credential Store on Windows). Never falls back to storing secrets in plain files.
class KeychainVault : public QObject, public SecretVault {
    Q_OBJECT
public:
    // `service` groups Hearken's entries in the keychain ("Hearken").
    explicit KeychainVault(QString service, QObject* parent = nullptr);

    void read(const QString& key, ReadDone done) override;
    void write(const QString& key, const QString& secret, Done done) override;
    void remove(const QString& key, Done done) override;

private:
    QString m_service;
};

} // namespace hearken::auth
