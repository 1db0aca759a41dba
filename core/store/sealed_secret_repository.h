// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store_error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace hearken {

class Database;

// A secret as the workspace keeps it: sealed, and to which key.
struct SealedSecret {
    QByteArray blob;
    // The fingerprint of the public key it was sealed to.
    QString sealedTo;
};

// The sealed secrets of a team workspace, one per vault key. Desks write and remove them and
// may ask whether one is there; only the service reads a blob.
class SealedSecretRepository {
public:
    explicit SealedSecretRepository(Database& database);

    StoreResult<void> put(const QString& key, const SealedSecret& secret);
    // Whether a secret is kept under `key`, without reading it.
    StoreResult<bool> holds(const QString& key) const;
    // The sealed secret under `key`; nullopt when there is none.
    StoreResult<std::optional<SealedSecret>> find(const QString& key) const;
    // Removing a key that holds nothing succeeds.
    StoreResult<void> remove(const QString& key);

private:
    Database& m_database;
};

} // namespace hearken
