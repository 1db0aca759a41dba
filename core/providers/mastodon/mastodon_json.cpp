// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/mastodon/mastodon_json.h"

#include "domain/safe_text.h"
#include "providers/mastodon/mastodon_html.h"

#include <QDateTime>

namespace hearken::mastodon {

namespace {

constexpr qsizetype maxIdLength = 64;

QString string(const QJsonObject& json, QLatin1String key)
{
    const QJsonValue value = json.value(key);
    // Ids are strings in Mastodon's API, but some servers send numbers: whole ones that fit.
    if (value.isDouble()) {
        const qint64 number = value.toInteger(-1);
        return number < 0 ? QString() : QString::number(number);
    }
    return value.toString();
}

bool plausibleId(const QString& id)
{
    if (id.isEmpty() || id.size() > maxIdLength)
        return false;
    for (const QChar c : id) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            return false;
    }
    return true;
}

qint64 seconds(const QString& iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? at.toSecsSinceEpoch() : 0;
}

QString hostOf(const QUrl& server)
{
    return server.port() > 0 ? server.host() + u':' + QString::number(server.port())
                             : server.host();
}

Person readPerson(const QJsonObject& account, const QUrl& server)
{
    Person person;
    person.network = network;
    QString acct = safeText(string(account, QLatin1String("acct"))).left(300);
    if (!acct.contains(u'@'))
        acct += u'@' + hostOf(server);
    person.remoteId = acct;
    person.handle = u'@' + acct;
    // Plain text (entities/Account.md: display_name is a String, note is HTML).
    person.displayName = safeText(string(account, QLatin1String("display_name"))).left(200);
    if (person.displayName.isEmpty())
        person.displayName = safeText(string(account, QLatin1String("username"))).left(100);
    const QUrl profile(string(account, QLatin1String("url")));
    if (profile.isValid() && (profile.scheme() == u"https" || profile.scheme() == u"http"))
        person.profileUrl = profile.toString();
    person.bio = htmlToText(string(account, QLatin1String("note")), 2000);
    const qint64 followers = account.value(QLatin1String("followers_count")).toInteger(-1);
    if (followers >= 0)
        person.followers = followers;
    return person;
}

} // namespace

QString qualifiedId(const QString& id, const QUrl& server)
{
    return id + u'@' + hostOf(server);
}

std::optional<QString> localId(const QString& qualified, const QUrl& server)
{
    const qsizetype at = qualified.lastIndexOf(u'@');
    if (at <= 0 || qualified.mid(at + 1) != hostOf(server))
        return std::nullopt;
    return qualified.left(at);
}

namespace {

// A status, and the one it quotes when `withQuote`: a quoted status's own quote is only an id.
std::optional<Status> readStatus(const QJsonObject& json, const Viewpoint& viewpoint,
                                 bool withQuote)
{
    const QString id = string(json, QLatin1String("id"));
    const QJsonObject account = json.value(QLatin1String("account")).toObject();
    const QString accountId = string(account, QLatin1String("id"));
    if (!plausibleId(id) || !plausibleId(accountId) ||
        !json.value(QLatin1String("content")).isString())
        return std::nullopt;

    Status status;
    status.localId = id;
    status.visibility = string(json, QLatin1String("visibility"));
    status.favourited = json.value(QLatin1String("favourited")).toBool();
    status.edited = !json.value(QLatin1String("edited_at")).toString().isEmpty();

    Post& post = status.post;
    post.accountId = viewpoint.accountId;
    post.network = network;
    post.remoteId = qualifiedId(id, viewpoint.server);
    post.author = readPerson(account, viewpoint.server);
    const QString inReplyTo = string(json, QLatin1String("in_reply_to_id"));
    if (plausibleId(inReplyTo))
        post.replyToRemoteId = qualifiedId(inReplyTo, viewpoint.server);
    const bool ours = accountId == viewpoint.ownAccountId;
    const bool replyToUs =
        string(json, QLatin1String("in_reply_to_account_id")) == viewpoint.ownAccountId;
    post.kind = ours ? PostKind::Own : replyToUs ? PostKind::Reply : PostKind::Mention;

    const QString body = htmlToText(json.value(QLatin1String("content")).toString());
    // Content warnings are shown, not hidden: the reader decides.
    const QString warning =
        safeText(string(json, QLatin1String("spoiler_text"))).left(500).trimmed();
    post.text = warning.isEmpty() ? body : QStringLiteral("CW: ") + warning + u"\n\n" + body;
    const QUrl url(string(json, QLatin1String("url")));
    if (url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http"))
        post.url = url.toString();
    post.createdAt = seconds(string(json, QLatin1String("created_at")));

    const QJsonValue quoted =
        json.value(QLatin1String("quote")).toObject().value(QLatin1String("quoted_status"));
    if (withQuote && quoted.isObject()) {
        if (auto of = readStatus(quoted.toObject(), viewpoint, false)) {
            status.quoted = of->post;
            // As Bluesky quotes read: what is quoted, in words, after the quote's own text.
            post.text += QStringLiteral("\n[Quoting %1: %2]")
                             .arg(of->post.author.handle, of->post.text.simplified());
            // A quote of our post is a quote, also when it names us; a reply stays a reply.
            if (of->post.isOwn() && post.kind == PostKind::Mention)
                post.kind = PostKind::Quote;
        }
    }
    return status;
}

} // namespace

std::optional<Status> readStatus(const QJsonObject& json, const Viewpoint& viewpoint)
{
    return readStatus(json, viewpoint, true);
}

std::optional<Notification> readNotification(const QJsonObject& json, const Viewpoint& viewpoint)
{
    Notification notification;
    notification.id = string(json, QLatin1String("id"));
    notification.type = string(json, QLatin1String("type")).left(64);
    if (!plausibleId(notification.id) || notification.type.isEmpty())
        return std::nullopt;
    notification.filtered = json.value(QLatin1String("filtered")).toBool();
    const QJsonValue status = json.value(QLatin1String("status"));
    if (status.isObject())
        notification.status = readStatus(status.toObject(), viewpoint);
    return notification;
}

QList<Status> readStatuses(const QJsonArray& json, const Viewpoint& viewpoint, int* skipped)
{
    QList<Status> statuses;
    for (const QJsonValue& value : json) {
        if (auto status = readStatus(value.toObject(), viewpoint))
            statuses.append(std::move(*status));
        else if (skipped)
            ++*skipped;
    }
    return statuses;
}

QList<Notification> readNotifications(const QJsonArray& json, const Viewpoint& viewpoint,
                                      int* skipped)
{
    QList<Notification> notifications;
    for (const QJsonValue& value : json) {
        if (auto notification = readNotification(value.toObject(), viewpoint))
            notifications.append(std::move(*notification));
        else if (skipped)
            ++*skipped;
    }
    return notifications;
}

Context readContext(const QJsonObject& json, const Viewpoint& viewpoint, int* skipped)
{
    return {readStatuses(json.value(QLatin1String("ancestors")).toArray(), viewpoint, skipped),
            readStatuses(json.value(QLatin1String("descendants")).toArray(), viewpoint, skipped)};
}

} // namespace hearken::mastodon
