// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <tl/expected.hpp>

#include <optional>

namespace hearken {

// What the network answered for a delivered reply or like.
struct DeliveryReceipt {
    QString remoteId;
    QString url;
    qint64 at = 0;
};

// Why a delivery did not go through, and whether trying again can help.
struct DeliveryFailure {
    enum class Kind {
        // The network could not be reached or failed on its side: try again later.
        Temporary,
        // The network asked us to wait until retryAt.
        RateLimited,
        // The account's sign-in expired or was revoked: nothing goes out until it signs in.
        SignInNeeded,
        // The network refused this entry (too long, target deleted ...): a person must act.
        Rejected,
    };
    Kind kind = Kind::Temporary;
    QString message;
    std::optional<qint64> retryAt;
};

using DeliveryOutcome = tl::expected<DeliveryReceipt, DeliveryFailure>;

} // namespace hearken
