// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
#include "domain/ingest_batch.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace hearken::bluesky {

// One page of app.bsky.notification.listNotifications as queue items. The AppView lists
// notifications newest first by the post's sortAt, the earlier of its own createdAt and the
// time it was indexed, and sends that as the notification's indexedAt.
struct NotificationPage {
    QList<InboundItem> items;
    // Where the next (older) page starts; empty on the last page.
    QString cursor;
    // The newest and oldest indexedAt (sortAt) on the page, ISO 8601; empty on an empty page.
    QString newestIndexedAt;
    QString oldestIndexedAt;
    // Entries that were malformed and left out.
    int skipped = 0;
};

// Maps AppView JSON (notifications, post views, threads, feeds, like records) to domain
// values. Pure functions of their input: no I/O.

inline constexpr auto network = "bluesky";

qint64 parseTime(const QString& iso);
Person personFromProfile(const QJsonObject& profile);
QString webUrl(const QString& handle, const QString& postUri);

// A post view (or a notification, which has the same fields) as a Post of the given kind.
std::optional<Post> postFromView(const QJsonObject& view, const Account& account, PostKind kind);

// Mentions, replies and quotes become items; likes, follows and reposts are not for the queue.
// What kind of item it is follows the post, not the notification's reason: the AppView sends
// one notification per person and post, "mention" first, so a reply to one of the account's
// posts (or a quote of one) that also names the account is still a reply (or a quote).
NotificationPage notificationPage(const QJsonObject& response, const Account& account);

// The kind of an inbound post record: a reply in a thread of the account's or to one of its
// posts, a quote of one of its posts, or else `otherwise`.
PostKind inboundKind(const QJsonObject& record, const Account& account, PostKind otherwise);

// Every post of a getPostThread answer, parents first; the account's own are PostKind::Own,
// the others are kinded by inboundKind (a reply when nothing else fits).
QList<Post> threadPosts(const QJsonObject& response, const Account& account);

// The account's replies in a getAuthorFeed answer (filter posts_with_replies).
QList<OwnReply> ownReplies(const QJsonObject& response, const Account& account);

// The account's like records in a com.atproto.repo.listRecords answer.
QList<OwnLike> ownLikes(const QJsonObject& response, const Account& account);

} // namespace hearken::bluesky
