// SPDX-License-Identifier: GPL-3.0-or-later
// Presence on a team workspace: each person writes only their own rows, and a desk that is
// killed leaves rows that expire by themselves while one that closes takes them away.
#include "store/workspace.h"
#include "support/wait_for.h"
#include "support/workspace_fixture.h"
#include "team_fixture.h"

#include <QDateTime>
#include <QProcess>
#include <QThread>

using namespace hearken;

namespace {

class TeamPresence : public hearken::testing::TeamFixture {
protected:
    void SetUp() override
    {
        TeamFixture::SetUp();
        if (HasFatalFailure())
            return;
        const auto admin = sampleTeamWorkspace(5);
        ASSERT_TRUE(admin);
        auto query = sql::exec(admin->database().connection(),
                               QStringLiteral("SELECT min(post_id) FROM queue"));
        ASSERT_TRUE(query);
        item = sql::firstValue(*query, qint64(0)).value_or(0);
        anaUri = addPerson(QStringLiteral("ana"), QStringLiteral("manager"));
        samUri = addPerson(QStringLiteral("sam"), QStringLiteral("supervisor"));
    }

    static qint64 now() { return QDateTime::currentSecsSinceEpoch(); }

    static QList<Presence> seenBy(Workspace& ws, const QString& person)
    {
        auto others = ws.presence().others(person, now());
        EXPECT_TRUE(others.has_value()) << others.error().message.toStdString();
        return others.value_or(QList<Presence>());
    }

    // A desk of ana's in its own process, replying to the item.
    std::unique_ptr<QProcess> startDesk()
    {
        auto desk = std::make_unique<QProcess>();
        desk->start(QStringLiteral(TEAM_DESK), {anaUri});
        EXPECT_TRUE(desk->waitForStarted());
        EXPECT_EQ(answer(*desk), QByteArray("ready ana"));
        desk->write(QByteArray("compose ") + QByteArray::number(item) + '\n');
        EXPECT_EQ(answer(*desk), QByteArray("ok"));
        return desk;
    }
    static QByteArray answer(QProcess& desk)
    {
        while (!desk.canReadLine())
            if (!desk.waitForReadyRead(20000))
                return desk.readAllStandardError();
        return desk.readLine().trimmed();
    }

    qint64 item = 0;
    QString anaUri;
    QString samUri;
};

const QString anaReplying = QStringLiteral(
    "INSERT INTO presence (person, post_id, activity, since, expires_at) VALUES ('ana', %1, "
    "'replying', 0, 9999999999)");

} // namespace

TEST_F(TeamPresence, EachPersonWritesOnlyTheirOwnPresence)
{
    auto ana = hearken::testing::openWorkspace(anaUri);
    auto sam = hearken::testing::openWorkspace(samUri);
    ASSERT_TRUE(ana && sam);
    ASSERT_TRUE(
        ana->presence().announce(u"ana"_qs, item, PresenceActivity::Viewing, now(), now() + 30));
    EXPECT_FALSE(
        ana->presence().announce(u"sam"_qs, item, PresenceActivity::Replying, now(), now() + 30))
        << "a manager cannot say someone else is replying";
    EXPECT_FALSE(refusal(sam->database(), anaReplying.arg(item)).isEmpty())
        << "nor can a supervisor";
    ASSERT_TRUE(sql::exec(sam->database().connection(),
                          u"UPDATE presence SET activity = 'replying' WHERE person = 'ana'"_qs));
    ASSERT_TRUE(
        sql::exec(sam->database().connection(), u"DELETE FROM presence WHERE person = 'ana'"_qs));
    const QList<Presence> seen = seenBy(*sam, u"sam"_qs);
    ASSERT_EQ(seen.size(), 1) << "a supervisor cannot take someone's presence away";
    EXPECT_EQ(seen[0].activity, PresenceActivity::Viewing) << "nor change it";
    ASSERT_TRUE(
        sam->presence().announce(u"sam"_qs, item, PresenceActivity::Replying, now(), now() + 30));
    EXPECT_EQ(seenBy(*ana, u"ana"_qs).size(), 1);
}

TEST_F(TeamPresence, AKilledDesksPresenceExpiresAndAClosedDeskTakesItAway)
{
    auto sam = hearken::testing::openWorkspace(samUri);
    ASSERT_TRUE(sam);
    std::unique_ptr<QProcess> desk = startDesk();
    ASSERT_EQ(seenBy(*sam, u"sam"_qs).size(), 1);
    EXPECT_EQ(seenBy(*sam, u"sam"_qs).value(0).activity, PresenceActivity::Replying);
    QThread::sleep(3);
    EXPECT_EQ(seenBy(*sam, u"sam"_qs).size(), 1) << "the heartbeat keeps it past its expiry";

    desk->kill();
    ASSERT_TRUE(desk->waitForFinished());
    EXPECT_EQ(seenBy(*sam, u"sam"_qs).size(), 1) << "a killed desk removes nothing";
    EXPECT_TRUE(
        hearken::testing::spinUntil([&] { return seenBy(*sam, u"sam"_qs).isEmpty(); }, 5000))
        << "its row expires";

    desk = startDesk();
    ASSERT_EQ(seenBy(*sam, u"sam"_qs).size(), 1);
    desk->closeWriteChannel();
    ASSERT_TRUE(desk->waitForFinished());
    EXPECT_EQ(desk->exitCode(), 0) << desk->readAllStandardError().toStdString();
    EXPECT_TRUE(seenBy(*sam, u"sam"_qs).isEmpty()) << "a desk that closes leaves at once";
}
