// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/bluesky_deletion_check.h"

#include "providers/bluesky/at_uri.h"
#include "providers/bluesky/xrpc_answer.h"

#include <QJsonArray>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>

namespace hearken::bluesky {

DeletionCheck::DeletionCheck(AtprotoSession& session, std::function<qint64()> now, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_now(std::move(now))
{}

DeletionCheck::~DeletionCheck()
{
    *m_alive = false;
}

QCoro::Task<DeletionCheckOutcome> DeletionCheck::check(QStringList uris)
{
    m_cancelled = false;
    const std::shared_ptr<bool> alive = m_alive;
    QStringList posts;
    for (const QString& uri : std::as_const(uris)) {
        if (posts.size() == postsPerCheck)
            break;
        const auto parsed = AtUri::parse(uri);
        if (parsed && parsed->collection == u"app.bsky.feed.post" && !posts.contains(uri))
            posts.append(uri);
    }
    DeletionCheckOutcome outcome;
    for (qsizetype next = 0; next < posts.size() && !m_cancelled;) {
        const QStringList asked = posts.mid(next, urisPerCall);
        next += asked.size();
        QUrlQuery query;
        for (const QString& uri : asked)
            query.addQueryItem(QStringLiteral("uris"), uri);
        const XrpcResult result =
            co_await bluesky::ask(m_session, this, QStringLiteral("app.bsky.feed.getPosts"), query);
        if (!*alive)
            co_return outcome;
        if (!result || !result->value(QLatin1String("posts")).isArray()) {
            outcome.error = result
                                ? XrpcError::malformed(QStringLiteral(
                                      "The AppView answered app.bsky.feed.getPosts without posts."))
                                : result.error();
            co_return outcome;
        }
        QSet<QString> present;
        for (const QJsonValue& post : result->value(QLatin1String("posts")).toArray())
            present.insert(post.toObject().value(QLatin1String("uri")).toString());
        // An answer about other posts than those asked for proves nothing.
        if (!std::all_of(present.cbegin(), present.cend(),
                         [&asked](const QString& uri) { return asked.contains(uri); })) {
            outcome.error = XrpcError::malformed(
                QStringLiteral("The AppView answered app.bsky.feed.getPosts with posts that "
                               "were not asked for."));
            co_return outcome;
        }
        for (const QString& uri : asked) {
            if (!present.contains(uri))
                outcome.deleted.append({QStringLiteral("bluesky"), uri, m_now()});
        }
    }
    outcome.cancelled = m_cancelled;
    co_return outcome;
}

} // namespace hearken::bluesky
