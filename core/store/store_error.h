// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <tl/expected.hpp>

namespace hearken {

// Why a store operation failed, in words a user can act on.
struct StoreError {
    enum class Kind { CannotOpen, ReadOnly, NotAWorkspace, Corrupt, TooNew, Migration, Query };
    Kind kind = Kind::Query;
    QString message;
};

template <typename T>
using StoreResult = tl::expected<T, StoreError>;

inline tl::unexpected<StoreError> storeError(StoreError::Kind kind, QString message)
{
    return tl::unexpected(StoreError{kind, std::move(message)});
}

} // namespace hearken
