// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <tl/expected.hpp>

#include <functional>

namespace hearken::auth {

struct VaultError {
    enum class Kind {
        // No secret is stored under the key.
        NotFound,
        // No keychain service answers (no Secret Service on the session bus, locked ...).
        Unavailable,
        // The user or the system refused access.
        Denied,
        Other,
    };
    Kind kind = Kind::Other;
    QString message;
};

template <typename T>
using VaultResult = tl::expected<T, VaultError>;

// Where tokens and client secrets live: the system keychain in the app, memory in tests.
// Never the workspace database, settings or logs. Operations complete asynchronously, on the
// thread that started them.
class SecretVault {
public:
    virtual ~SecretVault() = default;
    using ReadDone = std::function<void(const VaultResult<QString>&)>;
    using Done = std::function<void(const VaultResult<void>&)>;

    virtual void read(const QString& key, ReadDone done) = 0;
    virtual void write(const QString& key, const QString& secret, Done done) = 0;
    // Removing a key that holds nothing succeeds.
    virtual void remove(const QString& key, Done done) = 0;
};

} // namespace hearken::auth
