// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/secret_vault.h"
#include "store/sealed_key_repository.h"
#include "store/sealed_secret_repository.h"

#include <QObject>

namespace hearken {

namespace auth {
class ServiceKey;
}

// A team workspace's vault: secrets live in its database, sealed to the public key the team's
// service published. A desk seals what it writes and never reads a secret back, so that it
// never holds a brand's token; the service also opens what was sealed to its key. A dump of
// the database holds only blobs that the service's private key (a file on its machine) opens.
// Answers on the next turn of the event loop, as the keychain does, unless the vault is gone.
// Not a QObject itself: its meta-object would draw libsodium into every program that uses the
// store, the light `hearken` command included.
class SealedVault : public auth::SecretVault {
public:
    // A desk's vault.
    explicit SealedVault(Database& database);
    // The service's: `key` must outlive the vault.
    SealedVault(Database& database, const auth::ServiceKey& key);

    void read(const QString& key, ReadDone done) override;
    void write(const QString& key, const QString& secret, Done done) override;
    void remove(const QString& key, Done done) override;

    // Why a desk cannot store secrets in the workspace yet (no service key is published, or
    // the workspace cannot be read); nullopt when it can.
    std::optional<QString> whyNothingCanBeSealed() const;

private:
    auth::VaultResult<QString> readNow(const QString& key) const;
    auth::VaultResult<void> writeNow(const QString& key, const QString& secret);
    auth::VaultResult<void> removeNow(const QString& key);
    template <typename Result, typename Callback>
    void answer(Result result, Callback done);

    // The context of the answers still queued: they go with the vault.
    QObject m_answers;
    SealedKeyRepository m_keys;
    SealedSecretRepository m_secrets;
    const auth::ServiceKey* m_serviceKey = nullptr;
};

} // namespace hearken
