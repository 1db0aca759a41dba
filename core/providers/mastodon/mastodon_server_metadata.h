// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <tl/expected.hpp>

namespace hearken::mastodon {

// Where a server signs Hearken in, and what its OAuth supports.
struct ServerAuth {
    QUrl server;
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QUrl revokeUrl;
    bool pkce = false;
    bool profileScope = false;
};

// How the server is named in the workspace: the account's server and its app registration.
QString serverKey(const QUrl& server);

// The documents a server answers while Hearken signs in to it, each read on its own; an error
// is the sentence the user sees.

// /.well-known/oauth-authorization-server: the authorization and token endpoints must be on
// `server`'s host and pass the URL policy; a revocation endpoint that does not is left out.
tl::expected<ServerAuth, QString> readAuthorizationServerMetadata(const QJsonObject& metadata,
                                                                  const QUrl& server);

// /api/v1/instance, for servers without metadata (before Mastodon 4.3): it proves the server
// is Mastodon, whose OAuth paths are then the fixed ones.
tl::expected<ServerAuth, QString> readInstance(const QJsonObject& instance, const QUrl& server);

// /api/v1/accounts/verify_credentials: the account that signed in.
tl::expected<Account, QString> readVerifiedAccount(const QJsonObject& account, const QUrl& server);

} // namespace hearken::mastodon
