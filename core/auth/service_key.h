// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/sealed_box.h"

#include <QString>

namespace hearken::auth {

// The key pair of a team's `hearken serve`: desks seal the accounts' tokens to its public key
// (published in the workspace), and only the service, holding the private key in a file of its
// own, opens them. Several services of one team share one key file.
class ServiceKey {
public:
    // Reads the private key from `path`, or makes a new key pair and writes it there (0600)
    // when there is no file. Refuses a file other users could read or that belongs to someone
    // else, and one that holds no key, saying what to do.
    static SealResult<ServiceKey> loadOrCreate(const QString& path);

    const SealingKeyPair& keys() const { return m_keys; }
    QByteArray publicKey() const { return m_keys.publicKey(); }
    QString fingerprint() const { return fingerprintOf(m_keys.publicKey()); }
    // Whether loadOrCreate made the key just now.
    bool isNew() const { return m_new; }

private:
    static SealResult<ServiceKey> create(const QString& path);
    ServiceKey(SealingKeyPair keys, bool isNew)
        : m_keys(std::move(keys))
        , m_new(isNew)
    {}

    SealingKeyPair m_keys;
    bool m_new = false;
};

} // namespace hearken::auth
