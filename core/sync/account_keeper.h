// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
#include "domain/ingest_batch.h"

#include <QList>
#include <QString>

#include <tl/expected.hpp>

#include <optional>

namespace hearken {

// What a provider's sign-in and sign-out write, and the one place that writes it: the account
// itself, its sync started afresh, the cursors learnt while signing in, and what a server knows
// Hearken as (kept per network and server for every later sign-in there). The caller hands it
// in; a provider sees only this, never the store. Errors are messages for the person reading.
class AccountKeeper {
public:
    template <typename T>
    using Result = tl::expected<T, QString>;

    // What a server registered Hearken as; the client secret lives in the vault.
    struct AppRegistration {
        QString clientId;
        QString redirectUri;
        QString scopes;
    };

    virtual ~AccountKeeper() = default;

    // Saves the account (new, or the one with the same network and remote id again) and starts
    // its sync from the beginning; the account's id.
    virtual Result<qint64> saveAccount(const Account& account) = 0;
    // Removes the account with its items.
    virtual Result<void> removeAccount(qint64 id) = 0;
    virtual Result<void> seedCursors(const QList<CursorUpdate>& cursors) = 0;

    virtual Result<std::optional<AppRegistration>> appRegistration(const QString& network,
                                                                   const QString& server) const = 0;
    virtual Result<void> saveAppRegistration(const QString& network, const QString& server,
                                             const AppRegistration& registration) = 0;
};

} // namespace hearken
