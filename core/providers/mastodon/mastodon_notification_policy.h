// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace hearken::mastodon {

// What an account's notification policy does with one kind of notification (Mastodon 4.3+,
// GET /api/v2/notifications/policy): `filter` holds it back from the account's apps (Hearken
// still fetches it, with `include_filtered`), `drop` never creates it.
struct NotificationPolicy {
    enum class Action { Accept, Filter, Drop };
    struct Rule {
        // The policy's field: "for_not_following", "for_private_mentions" ...
        QString field;
        Action action = Action::Accept;
    };
    QList<Rule> rules;
    int pendingRequests = 0;
    int pendingNotifications = 0;

    friend bool operator==(const NotificationPolicy&, const NotificationPolicy&) = default;
    friend bool operator==(const Rule& a, const Rule& b)
    {
        return a.field == b.field && a.action == b.action;
    }
};

// The policy as the server answers it; nothing when the JSON is not a policy.
std::optional<NotificationPolicy> readNotificationPolicy(const QJsonObject& json);
// The cursor stream the account's policy is kept in, as the last sync read it.
inline const QString notificationPolicyCursor = QStringLiteral("notifications.policy");

// The policy as Hearken keeps it (a cursor value) and back.
QString encodeNotificationPolicy(const NotificationPolicy& policy);
std::optional<NotificationPolicy> decodeNotificationPolicy(const QString& text);

// For the user, when the server holds mentions back now or drops some: which rule does what,
// and how to change it on `server` (its host). Empty when nothing is held back or dropped.
QString heldBackNotice(const NotificationPolicy& policy, const QString& server);
// The same for a Mastodon account, from its cursors (as the last sync left them).
QString heldBackNotice(const Account& account, const QHash<QString, QString>& cursors);

} // namespace hearken::mastodon
