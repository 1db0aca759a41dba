// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/bluesky_chain_fetcher.h"

#include "providers/bluesky/bluesky_mapping.h"

#include <QCoreApplication>
#include <QPointer>

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

void ChainFetcher::fetch(const Account& account, const Post& post, Fetched done)
{
    QCoro::connect(postsAbove(account, post), &m_context, std::move(done));
}

QCoro::Task<tl::expected<QList<Post>, QString>> ChainFetcher::postsAbove(Account account, Post post)
{
    const QPointer<QObject> alive(&m_context);
    AtprotoSession* session = m_sessions.value(account.id).get();
    if (!session) {
        auto opened = co_await openSession(m_services, account, &m_context);
        if (!alive)
            co_return tl::unexpected(QString());
        if (!opened)
            co_return tl::unexpected(opened.error());
        session = opened->get();
        m_sessions.insert(account.id, std::move(*opened));
    }
    const QUrlQuery query{{QStringLiteral("uri"), post.remoteId},
                          {QStringLiteral("depth"), QStringLiteral("0")},
                          {QStringLiteral("parentHeight"), QStringLiteral("1000")}};
    // The session ends the query when it goes (with this fetcher, or forgotten below).
    const XrpcResult result =
        co_await session->query(QStringLiteral("app.bsky.feed.getPostThread"), query);
    if (!alive)
        co_return tl::unexpected(QString());
    if (!result) {
        if (result.error().kind == XrpcError::Kind::SignInNeeded)
            m_sessions.remove(account.id);
        co_return tl::unexpected(result.error().message);
    }
    QList<Post> above;
    for (const Post& inThread : bluesky::threadPosts(*result, account)) {
        if (inThread.remoteId == post.remoteId)
            break; // parents come first, then the post and its replies
        above.append(inThread);
    }
    if (above.isEmpty())
        co_return tl::unexpected(Text::tr("Bluesky no longer shows the posts above this one."));
    co_return above;
}

} // namespace hearken::bluesky
