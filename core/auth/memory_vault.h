// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/secret_vault.h"

#include <QHash>
#include <QObject>

namespace hearken::auth {

// A vault that forgets everything when it goes: for tests and for throwaway sessions.
// Answers on the next turn of the event loop, as the keychain does.
class MemoryVault : public QObject, public SecretVault {
    Q_OBJECT
public:
    using QObject::QObject;

    void read(const QString& key, ReadDone done) override;
    void write(const QString& key, const QString& secret, Done done) override;
    void remove(const QString& key, Done done) override;

    const QHash<QString, QString>& contents() const { return m_secrets; }
    // Makes every later operation fail as an unavailable keychain does.
    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }

private:
    QHash<QString, QString> m_secrets;
    bool m_unavailable = false;
};

} // namespace hearken::auth
