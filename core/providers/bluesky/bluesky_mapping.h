// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
#include "store/ingest_writer.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace hearken {

// One page of app.bsky.notification.listNotifications as queue items.
struct NotificationPage {
    QList<InboundItem> items;
    // Where the next (older) page starts; empty on the last page.
    QString cursor;
    // The newest indexedAt on the page (ISO 8601): what incremental sync stops at next time.
    QString newestIndexedAt;
    // True when the page reached notifications at or before `seenUntil`.
    bool reachedSeen = false;
    // Entries that were malformed and left out.
    int skipped = 0;
};

// Maps AppView JSON (notifications, post views, threads, feeds, like records) to domain
// values. Pure functions of their input: no I/O.
namespace bluesky {

inline constexpr auto network = "bluesky";

qint64 parseTime(const QString& iso);
Person personFromProfile(const QJsonObject& profile);
QString webUrl(const QString& handle, const QString& postUri);

// A post view (or a notification, which has the same fields) as a Post of the given kind.
std::optional<Post> postFromView(const QJsonObject& view, const Account& account, PostKind kind);

// Mentions, replies and quotes become items; likes, follows and reposts are not for the queue.
// Notifications indexed at or before seenUntil (ISO 8601) are left out.
NotificationPage notificationPage(const QJsonObject& response, const Account& account,
                                  const QString& seenUntil = {});

// Every post of a getPostThread answer, parents first; the account's own are PostKind::Own.
QList<Post> threadPosts(const QJsonObject& response, const Account& account);

// The account's replies in a getAuthorFeed answer (filter posts_with_replies).
QList<OwnReply> ownReplies(const QJsonObject& response, const Account& account);

// The account's like records in a com.atproto.repo.listRecords answer.
QList<OwnLike> ownLikes(const QJsonObject& response, const Account& account);

} // namespace bluesky
} // namespace hearken
