// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/bluesky_deletion_check.h"

#include "providers/bluesky/at_uri.h"

#include <QJsonArray>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>

namespace hearken {

struct BlueskyDeletionCheck::Run {
    QStringList uris;
    qsizetype next = 0;
    DeletionCheckOutcome outcome;
    Done done;
};

BlueskyDeletionCheck::BlueskyDeletionCheck(AtprotoSession& session, std::function<qint64()> now,
                                           QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_now(std::move(now))
{}

void BlueskyDeletionCheck::check(const QStringList& uris, Done done)
{
    m_cancelled = false;
    auto run = std::make_shared<Run>();
    for (const QString& uri : uris) {
        if (run->uris.size() == postsPerCheck)
            break;
        const auto parsed = AtUri::parse(uri);
        if (parsed && parsed->collection == u"app.bsky.feed.post" && !run->uris.contains(uri))
            run->uris.append(uri);
    }
    run->done = std::move(done);
    nextCall(run);
}

void BlueskyDeletionCheck::nextCall(std::shared_ptr<Run> run)
{
    run->outcome.cancelled = m_cancelled;
    if (run->next >= run->uris.size() || m_cancelled) {
        run->done(run->outcome);
        return;
    }
    const QStringList asked = run->uris.mid(run->next, urisPerCall);
    run->next += asked.size();
    QUrlQuery query;
    for (const QString& uri : asked)
        query.addQueryItem(QStringLiteral("uris"), uri);
    m_session.query(
        QStringLiteral("app.bsky.feed.getPosts"), query,
        [this, run, asked](const XrpcResult& result) {
            if (!result || !result->value(QLatin1String("posts")).isArray()) {
                run->outcome.error =
                    result ? XrpcError::malformed(QStringLiteral(
                                 "The AppView answered app.bsky.feed.getPosts without posts."))
                           : result.error();
                run->done(run->outcome);
                return;
            }
            QSet<QString> present;
            for (const QJsonValue& post : result->value(QLatin1String("posts")).toArray())
                present.insert(post.toObject().value(QLatin1String("uri")).toString());
            // An answer about other posts than those asked for proves nothing.
            if (!std::all_of(present.cbegin(), present.cend(),
                             [&asked](const QString& uri) { return asked.contains(uri); })) {
                run->outcome.error = XrpcError::malformed(
                    QStringLiteral("The AppView answered app.bsky.feed.getPosts with posts that "
                                   "were not asked for."));
                run->done(run->outcome);
                return;
            }
            for (const QString& uri : asked) {
                if (!present.contains(uri))
                    run->outcome.deleted.append({QStringLiteral("bluesky"), uri, m_now()});
            }
            nextCall(run);
        });
}

} // namespace hearken
