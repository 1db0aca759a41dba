// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <tl/expected.hpp>

namespace hearken {

// Why a store operation failed, in words a user can act on.
struct StoreError {
    enum class Kind {
        CannotOpen,
        Missing,
        ReadOnly,
        NotAWorkspace,
        Corrupt,
        TooNew,
        TooOld,
        Migration,
        Query,
        // A team's database server cannot be reached (unknown host, no server, timeout, or
        // the connection was lost); trying again later may work.
        Unreachable,
        // The server refused the login: wrong or missing password, unknown user.
        LoginRefused,
    };
    Kind kind = Kind::Query;
    QString message;
};

template <typename T>
using StoreResult = tl::expected<T, StoreError>;

inline tl::unexpected<StoreError> storeError(StoreError::Kind kind, QString message)
{
    return tl::unexpected(StoreError{kind, std::move(message)});
}

// The one wording for a workspace SQLite finds damaged, whether opening or reading found it.
inline StoreError damagedWorkspace(const QString& path, const QString& detail)
{
    return StoreError{StoreError::Kind::Corrupt,
                      QStringLiteral("The workspace %1 is damaged and cannot be used (%2). Hearken "
                                     "stopped without writing to it; restore it from a backup.")
                          .arg(path, detail)};
}

} // namespace hearken
