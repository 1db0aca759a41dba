// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Bluesky network tests' fixture: the running reference network, sign-in and XRPC calls.
#include "atproto_network.h"
#include "providers/bluesky/app_password_sign_in.h"
#include "providers/bluesky/atproto_session.h"
#include "providers/bluesky/bluesky_sync.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QUrlQuery>

#include <gtest/gtest.h>

namespace hearken::testing {

using GrantResult = tl::expected<bluesky::SessionGrant, bluesky::XrpcError>;
using SyncResult = tl::expected<bluesky::FetchOutcome, bluesky::XrpcError>;

inline qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

class BlueskyNetwork : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto found = testing::AtprotoNetwork::fromEnvironment();
        ASSERT_TRUE(found.has_value());
        net = *found;
    }

    bluesky::SessionGrant signIn(const char* who, const QUrl& pds = {})
    {
        const auto grant = testing::await<GrantResult>([&](auto done) {
            bluesky::signInWithAppPassword(transport, pds.isEmpty() ? net.pds : pds,
                                           net.handle(who), net.password(who))
                .then(done);
        });
        EXPECT_TRUE(grant.has_value()) << grant.error().message.toStdString();
        return grant.value_or(bluesky::SessionGrant{});
    }

    Account accountFor(const bluesky::SessionGrant& grant, qint64 id = 1) const
    {
        Account account;
        account.id = id;
        account.network = QStringLiteral("bluesky");
        account.remoteId = grant.did;
        account.handle = grant.handle;
        account.serverUrl = grant.pds.toString();
        account.authKind = QStringLiteral("app-password");
        return account;
    }

    bluesky::XrpcResult call(bluesky::AtprotoSession& session, const QString& nsid,
                             const QUrlQuery& query)
    {
        return testing::await<bluesky::XrpcResult>(
            [&](auto done) { session.query(nsid, query).then(done); });
    }

    bluesky::XrpcResult post(bluesky::AtprotoSession& session, const QString& nsid,
                             const QJsonObject& input)
    {
        return testing::await<bluesky::XrpcResult>(
            [&](auto done) { session.procedure(nsid, input).then(done); });
    }

    // How many replies under `parentUri` the AppView shows with this text.
    int repliesWithText(bluesky::AtprotoSession& session, const QString& parentUri,
                        const QString& text)
    {
        const auto thread = call(session, QStringLiteral("app.bsky.feed.getPostThread"),
                                 QUrlQuery{{QStringLiteral("uri"), parentUri}});
        if (!thread)
            return -1;
        int count = 0;
        const QJsonArray replies = thread->value(QLatin1String("thread"))
                                       .toObject()
                                       .value(QLatin1String("replies"))
                                       .toArray();
        for (const QJsonValue& reply : replies) {
            const QJsonObject record = reply.toObject()
                                           .value(QLatin1String("post"))
                                           .toObject()
                                           .value(QLatin1String("record"))
                                           .toObject();
            count += record.value(QLatin1String("text")).toString() == text ? 1 : 0;
        }
        return count;
    }

    testing::AtprotoNetwork net;
    QNetworkAccessManager network;
    net::HttpClient transport{network, {10'000, 3, 100, 1'000}};
    DpopNonces nonces;
};

} // namespace hearken::testing
