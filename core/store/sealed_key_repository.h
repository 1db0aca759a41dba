// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store_error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace hearken {

namespace auth {
class ServiceKey;
}

class Database;

// The public key a team's service publishes in the workspace, so that desks seal to it.
struct PublishedKey {
    QByteArray publicKey;
    QString fingerprint;
    qint64 createdAt = 0;
};

// What publishing the service's key did.
struct KeyPublication {
    enum class Outcome {
        // The key was published already: nothing changed.
        AlreadyPublished,
        // No key was published; this one is now.
        Published,
        // Another key was published: it stays, and this one was not published.
        RefusedAnotherIsPublished,
        // Another key was published and this one took its place.
        Replaced,
    };
    Outcome outcome = Outcome::AlreadyPublished;
    // The key published before, when it was another one.
    QString otherFingerprint;
    // After a replacement: how many secrets are sealed to a key no longer published, which the
    // service cannot open; desks sign those accounts in again.
    qint64 secretsToSealAgain = 0;
    // What happened, in words for the service's log or its refusal.
    QString message;
};

enum class KeyReplacement { Refuse, Replace };

// The table of published service keys. Only the service writes it; everyone reads it.
class SealedKeyRepository {
public:
    explicit SealedKeyRepository(Database& database);

    // The key desks seal to; nullopt when no service has published one yet.
    StoreResult<std::optional<PublishedKey>> published() const;
    // Publishes the service's public key, unless another is published and `replacement` says
    // to refuse. One key is published at a time, even when two services start at once.
    StoreResult<KeyPublication> publish(const auth::ServiceKey& key, KeyReplacement replacement);

private:
    Database& m_database;
};

} // namespace hearken
