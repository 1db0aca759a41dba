// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/bluesky_mapping.h"

#include "domain/safe_text.h"
#include "providers/bluesky/at_uri.h"
#include "providers/bluesky/rich_text.h"

#include <QDateTime>
#include <QJsonArray>

namespace hearken::bluesky {

namespace {

QString str(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonObject obj(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toObject();
}

std::optional<PostKind> kindForReason(const QString& reason)
{
    if (reason == QLatin1String("mention"))
        return PostKind::Mention;
    if (reason == QLatin1String("reply"))
        return PostKind::Reply;
    if (reason == QLatin1String("quote"))
        return PostKind::Quote;
    return std::nullopt;
}

// Whether the record at `uri` is in the account's repository.
bool isOurs(const QString& uri, const Account& account)
{
    const auto parsed = AtUri::parse(uri);
    return parsed && parsed->repo == account.remoteId;
}

// The post an embed quotes: app.bsky.embed.record, or the record of recordWithMedia.
QString quotedUri(const QJsonObject& embed)
{
    const QString type = str(embed, "$type");
    if (type == QLatin1String("app.bsky.embed.record"))
        return str(obj(embed, "record"), "uri");
    if (type == QLatin1String("app.bsky.embed.recordWithMedia"))
        return str(obj(obj(embed, "record"), "record"), "uri");
    return {};
}

std::optional<Post> threadNodePost(const QJsonObject& node, const Account& account)
{
    if (str(node, "$type") != QLatin1String("app.bsky.feed.defs#threadViewPost"))
        return std::nullopt; // notFoundPost, blockedPost
    const QJsonObject view = obj(node, "post");
    const bool own = str(obj(view, "author"), "did") == account.remoteId;
    return postFromView(view, account,
                        own ? PostKind::Own
                            : inboundKind(obj(view, "record"), account, PostKind::Reply));
}

void collectParents(const QJsonObject& node, const Account& account, QList<Post>& posts)
{
    const QJsonObject parent = obj(node, "parent");
    if (parent.isEmpty())
        return;
    collectParents(parent, account, posts);
    if (auto post = threadNodePost(parent, account))
        posts.append(*post);
}

void collectReplies(const QJsonObject& node, const Account& account, QList<Post>& posts)
{
    for (const QJsonValue& reply : node.value(QLatin1String("replies")).toArray()) {
        if (auto post = threadNodePost(reply.toObject(), account)) {
            posts.append(*post);
            collectReplies(reply.toObject(), account, posts);
        }
    }
}

} // namespace

qint64 parseTime(const QString& iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? time.toSecsSinceEpoch() : 0;
}

Person personFromProfile(const QJsonObject& profile)
{
    Person person;
    person.network = QLatin1String(network);
    person.remoteId = str(profile, "did");
    person.handle = safeText(str(profile, "handle"));
    person.displayName = safeText(str(profile, "displayName"));
    person.profileUrl = QStringLiteral("https://bsky.app/profile/") + person.handle;
    person.bio = safeText(str(profile, "description"));
    if (profile.contains(QLatin1String("followersCount")))
        person.followers = profile.value(QLatin1String("followersCount")).toInteger();
    return person;
}

QString webUrl(const QString& handle, const QString& postUri)
{
    const auto uri = AtUri::parse(postUri);
    if (!uri)
        return {};
    return QStringLiteral("https://bsky.app/profile/%1/post/%2").arg(handle, uri->rkey);
}

std::optional<Post> postFromView(const QJsonObject& view, const Account& account, PostKind kind)
{
    const QJsonObject record = obj(view, "record");
    const QJsonObject author = obj(view, "author");
    const QString uri = str(view, "uri");
    if (!AtUri::parse(uri) || str(author, "did").isEmpty() ||
        str(record, "$type") != QLatin1String("app.bsky.feed.post"))
        return std::nullopt;
    Post post;
    post.accountId = account.id;
    post.network = QLatin1String(network);
    post.remoteId = uri;
    post.kind = kind;
    post.author = personFromProfile(author);
    post.text = safeText(readableText(record, obj(view, "embed")));
    post.url = webUrl(post.author.handle, uri);
    const QJsonObject reply = obj(record, "reply");
    post.replyToRemoteId = str(obj(reply, "parent"), "uri");
    post.rootRemoteId = str(obj(reply, "root"), "uri");
    post.createdAt = parseTime(str(record, "createdAt"));
    if (post.createdAt == 0)
        post.createdAt = parseTime(str(view, "indexedAt"));
    return post;
}

PostKind inboundKind(const QJsonObject& record, const Account& account, PostKind otherwise)
{
    const QJsonObject reply = obj(record, "reply");
    if (isOurs(str(obj(reply, "parent"), "uri"), account) ||
        isOurs(str(obj(reply, "root"), "uri"), account))
        return PostKind::Reply;
    if (isOurs(quotedUri(obj(record, "embed")), account))
        return PostKind::Quote;
    return otherwise;
}

NotificationPage notificationPage(const QJsonObject& response, const Account& account)
{
    NotificationPage page;
    page.cursor = str(response, "cursor");
    for (const QJsonValue& value : response.value(QLatin1String("notifications")).toArray()) {
        const QJsonObject notification = value.toObject();
        const QString indexedAt = str(notification, "indexedAt");
        if (!indexedAt.isEmpty()) {
            if (indexedAt > page.newestIndexedAt)
                page.newestIndexedAt = indexedAt;
            if (page.oldestIndexedAt.isEmpty() || indexedAt < page.oldestIndexedAt)
                page.oldestIndexedAt = indexedAt;
        }
        const auto reasonKind = kindForReason(str(notification, "reason"));
        if (!reasonKind)
            continue;
        const PostKind kind = inboundKind(obj(notification, "record"), account, *reasonKind);
        auto post = postFromView(notification, account, kind);
        if (!post) {
            ++page.skipped;
            continue;
        }
        InboundItem item;
        item.post = *post;
        page.items.append(item);
    }
    return page;
}

QList<Post> threadPosts(const QJsonObject& response, const Account& account)
{
    QList<Post> posts;
    const QJsonObject thread = obj(response, "thread");
    collectParents(thread, account, posts);
    if (auto post = threadNodePost(thread, account))
        posts.append(*post);
    collectReplies(thread, account, posts);
    return posts;
}

QList<OwnReply> ownReplies(const QJsonObject& response, const Account& account)
{
    QList<OwnReply> replies;
    for (const QJsonValue& value : response.value(QLatin1String("feed")).toArray()) {
        const QJsonObject view = obj(value.toObject(), "post");
        if (str(obj(view, "author"), "did") != account.remoteId)
            continue; // a repost of someone else's post
        auto post = postFromView(view, account, PostKind::Own);
        if (post && !post->replyToRemoteId.isEmpty())
            replies.append(OwnReply{*post, false});
    }
    return replies;
}

QList<OwnLike> ownLikes(const QJsonObject& response, const Account& account)
{
    QList<OwnLike> likes;
    for (const QJsonValue& value : response.value(QLatin1String("records")).toArray()) {
        const QJsonObject like = obj(value.toObject(), "value");
        const QString subject = str(obj(like, "subject"), "uri");
        if (!AtUri::parse(subject))
            continue;
        likes.append(OwnLike{QLatin1String(network), subject, account.handle,
                             parseTime(str(like, "createdAt")), false});
    }
    return likes;
}

} // namespace hearken::bluesky
