// SPDX-License-Identifier: GPL-3.0-or-later
// A real process delivers a reply to the Mastodon test server and is killed (SIGKILL) after the
// server made the status but before its answer arrived; started again, it sends the entry
// again with the same Idempotency-Key, and the server holds exactly one status.
#include "auth/vault_keys.h"
#include "mastodon_fixture.h"
#include "store/outbox_repository.h"

#include <QProcess>

using namespace hearken;
using namespace hearken::testing;

namespace {

class MastodonOutboxCrash : public MastodonFixture {
protected:
    void startChild(QProcess& child, const QString& token)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HEARKEN_TEST_MASTODON_TOKEN"_qs, token);
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(MASTODON_OUTBOX_CHILD),
                    {dir.filePath(QStringLiteral("w.hearken"))});
        ASSERT_TRUE(child.waitForStarted());
    }

    int statusesWith(const QString& text)
    {
        return peer.control(QStringLiteral("/state"), {{QStringLiteral("text"), text}})
            .value(QLatin1String("statusesWithText"))
            .toInt();
    }
};

} // namespace

TEST_F(MastodonOutboxCrash, AKillAfterTheServerMadeTheStatusStillEndsWithExactlyOne)
{
    auto account = signIn(peer.url());
    ASSERT_TRUE(account) << account.error().message.toStdString();
    auto sync = engine();
    syncOnce(*sync);
    const qint64 item =
        value(QStringLiteral("SELECT post_id FROM queue WHERE account_id = ? LIMIT 1"),
              {account->id})
            .toLongLong();
    ASSERT_GT(item, 0);
    const QString text = QStringLiteral("Sorry about that, it ships tomorrow.");
    auto queued = workspace->outbox().enqueue(
        {account->id, item, OutboxKind::Reply, text, {}, QStringLiteral("sam"), std::nullopt},
        now());
    ASSERT_TRUE(queued);
    const QString token = storedSecret(auth::accessTokenKey(account->id));

    peer.control(QStringLiteral("/fault"),
                 {{QStringLiteral("match"), QStringLiteral("/api/v1/statuses")},
                  {QStringLiteral("method"), QStringLiteral("POST")},
                  {QStringLiteral("kind"), QStringLiteral("hang-after")}});
    {
        QProcess child;
        startChild(child, token);
        ASSERT_TRUE(spinUntil([&] { return statusesWith(text) == 1; }, 20'000));
        child.kill();
        ASSERT_TRUE(child.waitForFinished());
        EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);
    }
    auto interrupted = workspace->outbox().entry(queued->id);
    ASSERT_TRUE(interrupted && interrupted->has_value());
    EXPECT_EQ((*interrupted)->state, OutboxState::Sending) << "killed before the answer came";

    QProcess again;
    startChild(again, token);
    ASSERT_TRUE(spinUntil([&] { return again.state() == QProcess::NotRunning; }, 30'000));
    EXPECT_EQ(again.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(again.exitCode(), 0);

    EXPECT_EQ(statusesWith(text), 1);
    auto sent = workspace->outbox().entry(queued->id);
    ASSERT_TRUE(sent && sent->has_value());
    EXPECT_EQ((*sent)->state, OutboxState::Sent);
    EXPECT_EQ((*sent)->idempotencyKey, queued->idempotencyKey);
    EXPECT_FALSE(
        value(QStringLiteral("SELECT answered_at FROM queue WHERE post_id = ?"), {item}).isNull());
}
