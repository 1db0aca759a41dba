// SPDX-License-Identifier: GPL-3.0-or-later
// `hearken serve` processes sharing one key file (the desk's sign-in seals the account's token
// to its published key; the services open it), run on one team workspace in a
// throwaway PostgreSQL, a signed-in account on the Mastodon test server, and this process as
// the desk that queues replies. One service syncs the account while the others pass it over;
// every reply reaches the server once; a service killed with SIGKILL in the middle of a
// delivery leaves its reply to another service, which sends it with the same key after the
// claim runs out; SIGTERM stops a service cleanly and another takes its account over.
#include "auth/sealed_box.h"
#include "auth/service_key.h"
#include "store/approval_repository.h"
#include "store/sealed_key_repository.h"
#include "store/workspace.h"
#include "support/node_peer.h"
#include "support/postgres_environment.h"
#include "support/serve_process.h"
#include "support/wait_for.h"

#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace hearken;
using namespace hearken::testing;

namespace {

class TeamService : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(peer.isUp());
        uri = postgresEnvironment().freshWorkspaceDatabase();
        ASSERT_FALSE(uri.isEmpty());
        ASSERT_TRUE(auth::startSealing());
        auto opened = Workspace::open(uri);
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        desk = std::move(*opened);
        // The key the services will load, published as the first of them would publish it.
        const auto key = auth::ServiceKey::loadOrCreate(keyFile());
        ASSERT_TRUE(key) << key.error().toStdString();
        ASSERT_TRUE(SealedKeyRepository(desk->database()).publish(*key, KeyReplacement::Refuse));
        QString err;
        ASSERT_EQ(runHearken({QStringLiteral("accounts"), QStringLiteral("add"),
                              QStringLiteral("mastodon"), QStringLiteral("--server"),
                              peer.url().toString(), QStringLiteral("--workspace"), uri},
                             &err),
                  0)
            << err.toStdString();
    }

    QString keyFile() const { return keys.filePath(QStringLiteral("service.key")); }

    qint64 count(const QString& sql)
    {
        QSqlQuery query(desk->database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    // Queues a reply to each of `count` items no reply went to yet, as a desk does.
    QList<OutboxEntry> queueReplies(int howMany, const QString& prefix)
    {
        QList<OutboxEntry> queued;
        QSqlQuery items(desk->database().connection());
        EXPECT_TRUE(items.exec(
            QStringLiteral("SELECT q.post_id, q.account_id FROM queue q WHERE NOT EXISTS (SELECT 1 "
                           "FROM outbox o "
                           "WHERE o.target_post_id = q.post_id) ORDER BY q.post_id LIMIT %1")
                .arg(howMany)));
        QList<std::pair<qint64, qint64>> targets;
        while (items.next())
            targets.append({items.value(0).toLongLong(), items.value(1).toLongLong()});
        EXPECT_EQ(targets.size(), howMany);
        for (const auto& [postId, accountId] : targets) {
            const QString text = prefix + QString::number(postId);
            auto entry = desk->outbox().enqueue({accountId,
                                                 postId,
                                                 OutboxKind::Reply,
                                                 text,
                                                 {},
                                                 QStringLiteral("Sam"),
                                                 std::nullopt},
                                                QDateTime::currentSecsSinceEpoch());
            EXPECT_TRUE(entry) << entry.error().message.toStdString();
            if (entry)
                queued.append(*entry);
        }
        return queued;
    }

    bool allSent(const QList<OutboxEntry>& entries, int timeoutMs = 40'000)
    {
        return spinUntil(
            [&] {
                for (const OutboxEntry& queued : entries) {
                    const auto now = desk->outbox().entry(queued.id);
                    if (!now || !*now || (*now)->state != OutboxState::Sent)
                        return false;
                }
                return true;
            },
            timeoutMs);
    }

    int statusesWithText(const QString& text)
    {
        return peer.control(QStringLiteral("/state"), {{QStringLiteral("text"), text}})
            .value(QLatin1String("statusesWithText"))
            .toInt();
    }

    int statusPosts()
    {
        const QJsonArray log =
            peer.control(QStringLiteral("/state"), {{QStringLiteral("log"), QStringLiteral("1")}})
                .value(QLatin1String("requestLog"))
                .toArray();
        return int(std::count_if(log.begin(), log.end(), [](const QJsonValue& request) {
            return request.toString() == u"POST /api/v1/statuses";
        }));
    }

    NodePeer peer{QStringLiteral(HEARKEN_PEERS_DIR "/mastodon/server.js"),
                  {QStringLiteral("--mentions=12")}};
    QTemporaryDir keys;
    QString uri;
    std::unique_ptr<Workspace> desk;
};

TEST_F(TeamService, TwoServicesSyncEachAccountOnceAndSendEveryReplyOnce)
{
    Service first(uri, keyFile());
    ASSERT_TRUE(first.logs(u"synced, 12 new items"_qs)) << first.log().toStdString();
    Service second(uri, keyFile());
    ASSERT_TRUE(second.logs(u"another service syncs it"_qs)) << second.log().toStdString();
    EXPECT_EQ(count(u"SELECT count(*) FROM queue"_qs), 12);

    const QList<OutboxEntry> replies = queueReplies(8, u"Thanks for writing, item "_qs);
    ASSERT_TRUE(allSent(replies)) << first.log().toStdString() << second.log().toStdString();
    for (const OutboxEntry& reply : replies)
        EXPECT_EQ(statusesWithText(reply.text), 1) << reply.text.toStdString();
    EXPECT_EQ(statusPosts(), 8) << "no reply was posted twice, not even with the same key";
    // Each entry was sent by one service, once.
    const QString lastLine = u"Outbox entry %1 sent"_qs.arg(replies.last().id);
    spinUntil([&] { return QString(first.log() + second.log()).contains(lastLine); }, 5000);
    const QString logs = first.log() + second.log();
    for (const OutboxEntry& reply : replies)
        EXPECT_EQ(logs.count(u"Outbox entry %1 sent"_qs.arg(reply.id)), 1) << reply.id;
    EXPECT_FALSE(second.log().contains(u"synced,"_qs)) << "only the first service syncs";

    // A clean stop lets go of the account: the second service syncs it from then on.
    first.terminate();
    ASSERT_TRUE(first.finished());
    EXPECT_EQ(first.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(first.exitCode(), 0) << first.log().toStdString();
    EXPECT_TRUE(first.log().contains(u"Stopping on SIGTERM.\n"_qs)) << first.log().toStdString();
    EXPECT_TRUE(first.log().endsWith(u"Stopped.\n"_qs)) << first.log().toStdString();
    peer.control(QStringLiteral("/seed"), {{QStringLiteral("count"), QStringLiteral("2")}});
    EXPECT_TRUE(second.logs(u"synced,"_qs)) << second.log().toStdString();
    EXPECT_TRUE(spinUntil([&] { return count(u"SELECT count(*) FROM queue"_qs) == 14; }, 30'000));
}

TEST_F(TeamService, AServiceKilledMidDeliveryLeavesItsReplyToAnotherThatSendsItOnce)
{
    Service first(uri, keyFile());
    ASSERT_TRUE(first.logs(u"synced, 12 new items"_qs)) << first.log().toStdString();
    Service second(uri, keyFile());
    ASSERT_TRUE(second.logs(u"another service syncs it"_qs)) << second.log().toStdString();

    // The server applies the next post and never answers it.
    peer.control(QStringLiteral("/fault"),
                 {{QStringLiteral("match"), u"/api/v1/statuses"_qs},
                  {QStringLiteral("method"), QStringLiteral("POST")},
                  {QStringLiteral("kind"), QStringLiteral("hang-after")}});
    const QList<OutboxEntry> reply = queueReplies(1, u"We fixed it, item "_qs);
    ASSERT_EQ(reply.size(), 1);
    ASSERT_TRUE(spinUntil([&] { return statusesWithText(reply[0].text) == 1; }, 20'000));

    // Whoever claimed it dies without a word.
    QSqlQuery claim(desk->database().connection());
    ASSERT_TRUE(claim.exec(u"SELECT claimed_by FROM outbox WHERE id = %1"_qs.arg(reply[0].id)));
    ASSERT_TRUE(claim.next());
    const QString claimant = claim.value(0).toString();
    Service& holder = claimant.contains(u" pid %1 "_qs.arg(first.pid())) ? first : second;
    Service& other = &holder == &first ? second : first;
    ASSERT_TRUE(claimant.contains(u" pid %1 "_qs.arg(holder.pid()))) << claimant.toStdString();
    holder.killHard();
    ASSERT_TRUE(holder.finished());
    EXPECT_EQ(holder.exitStatus(), QProcess::CrashExit);

    ASSERT_TRUE(allSent(reply)) << other.log().toStdString();
    EXPECT_EQ(statusesWithText(reply[0].text), 1) << "sent again with the same key";
    EXPECT_EQ(statusPosts(), 2) << "the killed service's post and the other's, one status";
    const auto sent = desk->outbox().entry(reply[0].id).value();
    EXPECT_EQ(sent->attempts, 2);
    EXPECT_TRUE(other.logs(u"Outbox entry %1 sent"_qs.arg(reply[0].id), 5000))
        << other.log().toStdString();

    other.terminate();
    ASSERT_TRUE(other.finished());
    EXPECT_EQ(other.exitCode(), 0) << other.log().toStdString();
}

TEST_F(TeamService, AReplyWaitingForApprovalGoesOutOnlyAfterApprovalAndOnce)
{
    Service service(uri, keyFile());
    ASSERT_TRUE(service.logs(u"synced, 12 new items"_qs)) << service.log().toStdString();
    const qint64 account = count(u"SELECT min(id) FROM accounts"_qs);
    ASSERT_TRUE(ApprovalRepository(desk->database(), desk->changes())
                    .setAccountRule(account, true, u"admin"_qs, 0));
    const QList<OutboxEntry> waiting = queueReplies(1, u"Needs a look first, item "_qs);
    ASSERT_EQ(waiting.size(), 1);
    // A reply queued after it, free of the rule, goes out: the service had its chance at both.
    ASSERT_TRUE(ApprovalRepository(desk->database(), desk->changes())
                    .setAccountRule(account, false, u"admin"_qs, 0));
    const QList<OutboxEntry> free = queueReplies(1, u"Free to go, item "_qs);
    ASSERT_TRUE(allSent(free)) << service.log().toStdString();
    QString err;
    runHearken({QStringLiteral("sync"), QStringLiteral("--workspace"), uri}, &err);
    EXPECT_EQ(statusesWithText(waiting[0].text), 0) << err.toStdString();
    EXPECT_EQ(desk->outbox().entry(waiting[0].id).value()->state, OutboxState::Queued);

    ASSERT_EQ(runHearken({QStringLiteral("approvals"), QStringLiteral("approve"),
                          QString::number(waiting[0].id), QStringLiteral("--workspace"), uri},
                         &err),
              0)
        << err.toStdString();
    ASSERT_TRUE(allSent(waiting)) << service.log().toStdString();
    EXPECT_EQ(statusesWithText(waiting[0].text), 1);
    EXPECT_EQ(statusPosts(), 2) << "the free reply and the approved one, each once";
}

TEST(TeamServiceRefuses, AWorkspaceFileWithAClearMessage)
{
    QString err;
    EXPECT_EQ(runHearken({QStringLiteral("serve"), QStringLiteral("--workspace"),
                          QStringLiteral("/tmp/nowhere.hearken")},
                         &err),
              2);
    EXPECT_TRUE(err.contains(u"hearken serve runs a team workspace"_qs)) << err.toStdString();
}

} // namespace
