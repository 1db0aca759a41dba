// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/dpop_key.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace hearken::bluesky {

// What signing in to a Bluesky account yields. The tokens, the app password and the DPoP key
// are secrets: they live in this object and in the vault, nowhere else.
struct SessionGrant {
    enum class Kind {
        // AT Protocol OAuth: DPoP-bound tokens from the account's authorization server.
        OAuth,
        // The fallback: an app password traded for bearer tokens (createSession).
        AppPassword,
    };
    Kind kind = Kind::AppPassword;
    QString did;
    QString handle;
    QUrl pds;
    QString accessToken;
    QString refreshToken;
    // OAuth only.
    QUrl issuer;
    QUrl tokenEndpoint;
    QString clientId;
    std::optional<DpopKey> dpopKey;
};

} // namespace hearken::bluesky
