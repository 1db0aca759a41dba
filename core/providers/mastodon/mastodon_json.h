// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace hearken::mastodon {

inline const QString network = QStringLiteral("mastodon");

// Status and account ids are only unique on their server, so Hearken's remote ids carry the
// host: "<id>@<host>".
QString qualifiedId(const QString& id, const QUrl& server);
// The server's own id back from a qualified id, when it belongs to `server`.
std::optional<QString> localId(const QString& qualified, const QUrl& server);

// Whose view the JSON is read from: our account on its server.
struct Viewpoint {
    qint64 accountId = 0;
    QUrl server;
    // Our account's id on the server (unqualified).
    QString ownAccountId;
};

// A status as Hearken needs it.
struct Status {
    Post post;
    QString localId;
    QString visibility;
    bool favourited = false;
    bool edited = false;
    // The post it quotes (Mastodon 4.4+, `quote.quoted_status`), when the server shows it.
    std::optional<Post> quoted;
};

struct Notification {
    QString id;
    QString type;
    std::optional<Status> status;
    // Held back by the account's notification policy (Mastodon 4.3+, `"filtered": true`).
    bool filtered = false;
};

// A status, or nothing when the JSON lacks what a status must have (id, account, content).
std::optional<Status> readStatus(const QJsonObject& json, const Viewpoint& viewpoint);
std::optional<Notification> readNotification(const QJsonObject& json, const Viewpoint& viewpoint);

// Entries that are not readable are skipped and counted in `skipped`.
QList<Status> readStatuses(const QJsonArray& json, const Viewpoint& viewpoint, int* skipped);
QList<Notification> readNotifications(const QJsonArray& json, const Viewpoint& viewpoint,
                                      int* skipped);

struct Context {
    QList<Status> ancestors;
    QList<Status> descendants;
};
Context readContext(const QJsonObject& json, const Viewpoint& viewpoint, int* skipped);

} // namespace hearken::mastodon
