// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/bluesky_chain_fetcher.h"

#include "providers/bluesky/bluesky_mapping.h"

#include <QCoreApplication>

namespace hearken::bluesky {

namespace {

// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hearken::ChainFetcher)
};

} // namespace

ChainFetcher::ChainFetcher(bluesky::SessionServices services)
    : m_services(services)
{}

ChainFetcher::~ChainFetcher()
{
    *m_alive = false;
}

void ChainFetcher::fetch(const Account& account, const Post& post, Fetched done)
{
    if (const auto session = m_sessions.value(account.id)) {
        fetchWith(*session, account, post, std::move(done));
        return;
    }
    bluesky::openSession(m_services, account,
                         [this, alive = m_alive, account, post, done = std::move(done)](
                             std::unique_ptr<AtprotoSession> opened, const QString& error) {
                             if (!*alive)
                                 return;
                             if (!opened) {
                                 done(tl::unexpected(error));
                                 return;
                             }
                             std::shared_ptr<AtprotoSession> session = std::move(opened);
                             m_sessions.insert(account.id, session);
                             fetchWith(*session, account, post, done);
                         });
}

void ChainFetcher::fetchWith(AtprotoSession& session, const Account& account, const Post& post,
                             Fetched done)
{
    const QUrlQuery query{{QStringLiteral("uri"), post.remoteId},
                          {QStringLiteral("depth"), QStringLiteral("0")},
                          {QStringLiteral("parentHeight"), QStringLiteral("1000")}};
    session.query(QStringLiteral("app.bsky.feed.getPostThread"), query)
        .then([this, alive = m_alive, account, post,
               done = std::move(done)](const XrpcResult& result) {
            if (!*alive)
                return;
            if (!result) {
                if (result.error().kind == XrpcError::Kind::SignInNeeded)
                    m_sessions.remove(account.id);
                done(tl::unexpected(result.error().message));
                return;
            }
            QList<Post> above;
            for (const Post& inThread : bluesky::threadPosts(*result, account)) {
                if (inThread.remoteId == post.remoteId)
                    break; // parents come first, then the post and its replies
                above.append(inThread);
            }
            if (above.isEmpty()) {
                done(tl::unexpected(Text::tr("Bluesky no longer shows the posts above this one.")));
                return;
            }
            done(std::move(above));
        });
}

} // namespace hearken::bluesky
