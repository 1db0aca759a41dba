// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/mastodon/mastodon_notification_policy.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrl>

namespace hearken::mastodon {

namespace {

// The policy's fields, in the order the documentation lists them.
const QLatin1String fields[] = {
    QLatin1String("for_not_following"),    QLatin1String("for_not_followers"),
    QLatin1String("for_new_accounts"),     QLatin1String("for_private_mentions"),
    QLatin1String("for_limited_accounts"),
};

QString actionName(NotificationPolicy::Action action)
{
    switch (action) {
    case NotificationPolicy::Action::Accept:
        return QStringLiteral("accept");
    case NotificationPolicy::Action::Filter:
        return QStringLiteral("filter");
    case NotificationPolicy::Action::Drop:
        return QStringLiteral("drop");
    }
    return {};
}

std::optional<NotificationPolicy::Action> actionFromName(const QString& name)
{
    for (auto action : {NotificationPolicy::Action::Accept, NotificationPolicy::Action::Filter,
                        NotificationPolicy::Action::Drop}) {
        if (name == actionName(action))
            return action;
    }
    return std::nullopt;
}

QString whose(const QString& field)
{
    if (field == u"for_not_following")
        return QCoreApplication::translate("NotificationPolicy",
                                           "mentions from people the account does not follow");
    if (field == u"for_not_followers")
        return QCoreApplication::translate("NotificationPolicy",
                                           "mentions from people who do not follow the account");
    if (field == u"for_new_accounts")
        return QCoreApplication::translate("NotificationPolicy",
                                           "mentions from accounts younger than 30 days");
    if (field == u"for_private_mentions")
        return QCoreApplication::translate("NotificationPolicy",
                                           "private mentions from people the account does not "
                                           "follow");
    return QCoreApplication::translate("NotificationPolicy",
                                       "mentions from accounts the server's moderators limited");
}

QString listOf(const NotificationPolicy& policy, NotificationPolicy::Action action)
{
    QStringList parts;
    for (const NotificationPolicy::Rule& rule : policy.rules) {
        if (rule.action == action)
            parts.append(whose(rule.field));
    }
    return parts.join(QCoreApplication::translate("NotificationPolicy", " and "));
}

} // namespace

std::optional<NotificationPolicy> readNotificationPolicy(const QJsonObject& json)
{
    NotificationPolicy policy;
    for (const QLatin1String field : fields) {
        // A field this version lacks (or one that says something else) is one that accepts.
        const auto action = actionFromName(json.value(field).toString());
        if (action)
            policy.rules.append({field, *action});
    }
    if (policy.rules.isEmpty())
        return std::nullopt;
    const QJsonObject summary = json.value(QLatin1String("summary")).toObject();
    policy.pendingRequests =
        std::max(0, summary.value(QLatin1String("pending_requests_count")).toInt());
    policy.pendingNotifications =
        std::max(0, summary.value(QLatin1String("pending_notifications_count")).toInt());
    return policy;
}

QString encodeNotificationPolicy(const NotificationPolicy& policy)
{
    QJsonObject json;
    for (const NotificationPolicy::Rule& rule : policy.rules)
        json.insert(rule.field, actionName(rule.action));
    json.insert(
        QLatin1String("summary"),
        QJsonObject{{QLatin1String("pending_requests_count"), policy.pendingRequests},
                    {QLatin1String("pending_notifications_count"), policy.pendingNotifications}});
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

std::optional<NotificationPolicy> decodeNotificationPolicy(const QString& text)
{
    return readNotificationPolicy(QJsonDocument::fromJson(text.toUtf8()).object());
}

QString heldBackNotice(const NotificationPolicy& policy, const QString& server)
{
    QStringList lines;
    const QString filtered = listOf(policy, NotificationPolicy::Action::Filter);
    if (!filtered.isEmpty() && policy.pendingNotifications > 0)
        lines.append(QCoreApplication::translate(
                         "NotificationPolicy",
                         "%1 holds back %2 (%n waiting there). Hearken shows them in the queue "
                         "marked “held back”. To let them through, change “Filter notifications "
                         "from…” in the notification settings on %1.",
                         nullptr, policy.pendingNotifications)
                         .arg(server, filtered));
    const QString dropped = listOf(policy, NotificationPolicy::Action::Drop);
    if (!dropped.isEmpty())
        lines.append(QCoreApplication::translate(
                         "NotificationPolicy",
                         "%1 discards %2, so that no app, Hearken included, can see them. To "
                         "receive them, set them to accept or filter in the notification settings "
                         "on %1.")
                         .arg(server, dropped));
    return lines.join(u'\n');
}

QString heldBackNotice(const Account& account, const QHash<QString, QString>& cursors)
{
    const auto policy = decodeNotificationPolicy(cursors.value(notificationPolicyCursor));
    return policy ? heldBackNotice(*policy, QUrl(account.serverUrl).host()) : QString();
}

} // namespace hearken::mastodon
