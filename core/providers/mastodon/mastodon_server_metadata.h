// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
#include "domain/ingest_batch.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <tl/expected.hpp>

#include <optional>

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

// What a server's instance document says that sync and the composer follow. Servers differ:
// Mastodon has configuration.statuses (v2, and v1 since 3.4.2), Akkoma and Pleroma
// max_toot_chars in v1, GoToSocial both.
struct ServerTraits {
    std::optional<int> maxCharacters;
    std::optional<int> charactersPerUrl;
    // The query parameter of GET /api/v1/statuses that fetches many statuses at once: "id"
    // (Mastodon 4.3) unless the server says it is Akkoma's or Pleroma's "multifetch" ("ids").
    QString batchStatusesParameter = QStringLiteral("id");
};
// /api/v2/instance or /api/v1/instance.
ServerTraits readServerTraits(const QJsonObject& instance);

// Where an account's sync state keeps the traits (with reply_length's limit keys), and the
// cursor updates that store them as of `now` (seconds).
inline const QString batchStatusesKey = QStringLiteral("server.batch_statuses");
inline const QString traitsCheckedAtKey = QStringLiteral("server.checked_at");
// The value of batchStatusesKey for a server found to have no batch endpoint.
inline const QString noBatchStatuses = QStringLiteral("none");
QList<CursorUpdate> traitCursors(qint64 accountId, const ServerTraits& traits, qint64 now);

// /api/v1/accounts/verify_credentials: the account that signed in.
tl::expected<Account, QString> readVerifiedAccount(const QJsonObject& account, const QUrl& server);

} // namespace hearken::mastodon
