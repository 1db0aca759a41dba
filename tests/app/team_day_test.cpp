// SPDX-License-Identifier: GPL-3.0-or-later
// A team's day on one team workspace: a real PostgreSQL that asks every person for their
// password, `hearken serve` as the team's service, the Mastodon test server, and three desk
// processes (two managers, ana and bo, and a supervisor, cleo) acting as the window acts.
// Cleo signs the brand's account in from her desk (again when the network revoked it), and
// the service syncs it. They triage at once, two of them start answering one person (the second is
// warned and refused), a reply goes through a supervisor's approval and back, a desk dies while it
// writes, and the service dies in the middle of a delivery. Afterwards every reply went out
// exactly once, every action is in the history in its person's name, and no item is lost or
// doubled.
#include "support/node_peer.h"
#include "support/postgres_cluster.h"
#include "support/serve_process.h"
#include "support/wait_for.h"

#include <QDateTime>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <gtest/gtest.h>

#include <memory>

using namespace hearken;
using namespace hearken::testing;

namespace {

// One person's desk: tests/app/team_desk.cpp in a process of its own.
class Desk {
public:
    explicit Desk(const QString& uri)
    {
        m_process.start(QStringLiteral(TEAM_DESK), {uri});
        m_ready = m_process.waitForStarted(5000) && line().startsWith(u"ready ");
    }
    ~Desk()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }

    bool isReady() const { return m_ready; }
    // Sends one command; its answer.
    QString operator()(const QString& command)
    {
        m_process.write(command.toUtf8() + '\n');
        return line();
    }
    // "ok" and nothing else, or fails the test with the answer.
    void must(const QString& command)
    {
        const QString answer = (*this)(command);
        EXPECT_TRUE(answer.startsWith(u"ok"))
            << command.toStdString() << ": " << answer.toStdString();
    }
    // The outbox id a "send" answered with; 0 when it was refused.
    qint64 send(qint64 item, const QString& text, bool anyway = false)
    {
        const QString answer = (*this)(
            QStringLiteral("%1 %2 %3").arg(anyway ? u"send-anyway" : u"send").arg(item).arg(text));
        return answer.startsWith(u"ok ") ? answer.mid(3).toLongLong() : 0;
    }
    void killHard()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

private:
    QString line()
    {
        while (!m_process.canReadLine())
            if (!m_process.waitForReadyRead(20'000))
                return QStringLiteral("error no answer: ") +
                       QString::fromUtf8(m_process.readAllStandardError());
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }

    QProcess m_process;
    bool m_ready = false;
};

class TeamDay : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(peer.isUp());
        QString error;
        cluster = PostgresCluster::start(error, PostgresCluster::Authentication::Password);
        ASSERT_TRUE(cluster) << error.toStdString();
        ASSERT_TRUE(cluster->run(QStringLiteral("CREATE DATABASE brand"), error))
            << error.toStdString();
        QString err;
        ASSERT_EQ(
            runHearken({QStringLiteral("team"), QStringLiteral("init"), cluster->uri(u"brand"_qs)},
                       &err),
            0)
            << err.toStdString();
        ana = addPerson(u"ana"_qs, u"manager"_qs);
        bo = addPerson(u"bo"_qs, u"manager"_qs);
        cleo = addPerson(u"cleo"_qs, u"supervisor"_qs);
        service = addPerson(u"hearken"_qs, u"service"_qs);
        admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("team-day"));
        const QUrl at(cluster->uri(u"brand"_qs));
        admin.setHostName(at.host());
        admin.setPort(at.port());
        admin.setUserName(at.userName());
        admin.setDatabaseName(u"brand"_qs);
        ASSERT_TRUE(admin.open()) << admin.lastError().text().toStdString();
    }
    void TearDown() override
    {
        admin.close();
        admin = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("team-day"));
    }

    QString addPerson(const QString& name, const QString& role)
    {
        QString err;
        QString out;
        EXPECT_EQ(runHearken({QStringLiteral("team"), QStringLiteral("add-person"), name,
                              QStringLiteral("--role"), role, QStringLiteral("--generate-password"),
                              QStringLiteral("--workspace"), cluster->uri(u"brand"_qs)},
                             &err, &out),
                  0)
            << err.toStdString();
        static const QRegularExpression shown(QStringLiteral("shown only this once: (\\S+)"));
        return cluster->uri(u"brand"_qs, name, shown.match(out).captured(1));
    }

    // Signs the brand's account on the Mastodon test server in from `as`'s desk through the
    // command line; its standard error, empty when it worked.
    QString signIn(const QString& as)
    {
        QString err;
        const int exitCode = runHearken({QStringLiteral("accounts"), QStringLiteral("add"),
                                         QStringLiteral("mastodon"), QStringLiteral("--server"),
                                         peer.url().toString(), QStringLiteral("--workspace"), as},
                                        &err);
        return exitCode == 0 ? QString() : u"exit code %1: "_qs.arg(exitCode) + err;
    }

    qint64 number(const QString& sql)
    {
        QSqlQuery query(admin);
        EXPECT_TRUE(query.exec(sql)) << sql.toStdString() << query.lastError().text().toStdString();
        return query.next() ? query.value(0).toLongLong() : -1;
    }
    QStringList texts(const QString& sql)
    {
        QSqlQuery query(admin);
        EXPECT_TRUE(query.exec(sql)) << sql.toStdString();
        QStringList values;
        while (query.next())
            values.append(query.value(0).toString());
        return values;
    }
    // The open items, oldest first.
    QList<qint64> openItems()
    {
        QList<qint64> items;
        for (const QString& id :
             texts(u"SELECT post_id FROM queue WHERE state = 'open' ORDER BY post_id"_qs))
            items.append(id.toLongLong());
        return items;
    }
    QString outboxState(qint64 id)
    {
        return texts(u"SELECT state || '/' || approval FROM outbox WHERE id = %1"_qs.arg(id))
            .value(0);
    }
    bool sent(qint64 id, int timeoutMs = 40'000)
    {
        return spinUntil([&] { return outboxState(id).startsWith(u"sent/"); }, timeoutMs);
    }
    int statusesWithText(const QString& text)
    {
        return peer.control(QStringLiteral("/state"), {{QStringLiteral("text"), text}})
            .value(QLatin1String("statusesWithText"))
            .toInt();
    }
    // Waits until `desk` sees `others` on `item` ("ana:replying"; empty: nobody).
    static bool sees(Desk& desk, qint64 item, const QString& others)
    {
        return spinUntil(
            [&] {
                return desk(QStringLiteral("others %1").arg(item)) ==
                       QString(u"ok " + others).trimmed();
            },
            15'000);
    }
    QString keyFile() const { return keys.filePath(QStringLiteral("service.key")); }

    NodePeer peer{QStringLiteral(HEARKEN_PEERS_DIR "/mastodon/server.js"),
                  {QStringLiteral("--mentions=12")}};
    std::unique_ptr<PostgresCluster> cluster;
    QSqlDatabase admin;
    QTemporaryDir keys;
    QString ana, bo, cleo, service;
};

TEST_F(TeamDay, EveryReplyGoesOutOnceEveryActionHasItsPersonAndNoItemIsLostOrDoubled)
{
    // Morning: the service starts and publishes its key; the supervisor signs the brand in.
    auto serve = std::make_unique<Service>(service, keyFile());
    ASSERT_TRUE(serve->logs(u"Serving "_qs, 20'000)) << serve->log().toStdString();
    ASSERT_EQ(signIn(cleo), QString());
    ASSERT_TRUE(serve->logs(u"synced, 12 new items"_qs)) << serve->log().toStdString();

    Desk anaDesk(ana), boDesk(bo), cleoDesk(cleo);
    ASSERT_TRUE(anaDesk.isReady() && boDesk.isReady() && cleoDesk.isReady());
    QList<qint64> items = openItems();
    ASSERT_EQ(items.size(), 12);

    // Both managers triage at once: each takes three items and closes them.
    for (int i = 0; i < 3; ++i) {
        anaDesk.must(QStringLiteral("take %1").arg(items[i]));
        boDesk.must(QStringLiteral("take %1").arg(items[3 + i]));
        anaDesk.must(QStringLiteral("done %1").arg(items[i]));
        boDesk.must(QStringLiteral("done %1").arg(items[3 + i]));
    }
    EXPECT_EQ(number(u"SELECT count(*) FROM queue WHERE state = 'done'"_qs), 6);
    EXPECT_EQ(number(u"SELECT count(*) FROM events WHERE kind = 'taken' AND actor = 'ana'"_qs), 3);
    EXPECT_EQ(number(u"SELECT count(*) FROM events WHERE kind = 'taken' AND actor = 'bo'"_qs), 3);

    // A collision: ana starts answering, bo sees it and is warned; ana's goes first, so bo's
    // is refused and he lets it be.
    const qint64 shared = items[6];
    anaDesk.must(QStringLiteral("compose %1").arg(shared));
    ASSERT_TRUE(sees(boDesk, shared, u"ana:replying"_qs));
    boDesk.must(QStringLiteral("compose %1").arg(shared));
    QThread::sleep(1);
    const qint64 anasAnswer = anaDesk.send(shared, u"Ana answers the shared item"_qs);
    ASSERT_GT(anasAnswer, 0);
    EXPECT_EQ(boDesk.send(shared, u"Bo answers the shared item too"_qs), 0)
        << "the second answer is refused until bo chooses it";

    // An approval round trip: bo's replies need cleo's approval; she sends one back, he
    // revises it, she approves, and only the approved words go out.
    cleoDesk.must(u"approval-rule bo on"_qs);
    const qint64 needsLook = items[7];
    boDesk.must(QStringLiteral("compose %1").arg(needsLook));
    const qint64 draft = boDesk.send(needsLook, u"Bo first draft"_qs);
    ASSERT_GT(draft, 0);
    EXPECT_EQ(outboxState(draft), u"queued/waiting");
    cleoDesk.must(QStringLiteral("return %1 Say sorry first").arg(draft));
    EXPECT_EQ(outboxState(draft), u"queued/returned");
    boDesk.must(QStringLiteral("revise %1 Sorry, Bo revised it").arg(draft));
    EXPECT_EQ(outboxState(draft), u"queued/waiting");
    cleoDesk.must(QStringLiteral("approve %1").arg(draft));
    cleoDesk.must(u"approval-rule bo off"_qs);

    // A desk dies while its person writes: its presence goes by itself, and bo answers.
    const qint64 orphaned = items[8];
    anaDesk.must(QStringLiteral("compose %1").arg(orphaned));
    ASSERT_TRUE(sees(boDesk, orphaned, u"ana:replying"_qs));
    anaDesk.killHard();
    ASSERT_TRUE(sees(boDesk, orphaned, QString())) << "a killed desk's presence expires";
    boDesk.must(QStringLiteral("compose %1").arg(orphaned));
    const qint64 afterAna = boDesk.send(orphaned, u"Bo picks up what Ana left"_qs);
    ASSERT_GT(afterAna, 0);
    Desk anaAgain(ana);
    ASSERT_TRUE(anaAgain.isReady());

    ASSERT_TRUE(sent(anasAnswer) && sent(draft) && sent(afterAna)) << serve->log().toStdString();

    // The service dies in the middle of a delivery: the server applied the post and never
    // answered. Another service sends it again with the same key after the claim runs out.
    peer.control(QStringLiteral("/fault"),
                 {{QStringLiteral("match"), u"/api/v1/statuses"_qs},
                  {QStringLiteral("method"), QStringLiteral("POST")},
                  {QStringLiteral("kind"), QStringLiteral("hang-after")}});
    anaAgain.must(QStringLiteral("compose %1").arg(items[9]));
    const qint64 interrupted = anaAgain.send(items[9], u"Ana while the service falls"_qs);
    ASSERT_GT(interrupted, 0);
    ASSERT_TRUE(spinUntil([&] { return statusesWithText(u"Ana while the service falls"_qs) == 1; },
                          20'000));
    serve->killHard();
    serve = std::make_unique<Service>(service, keyFile());
    ASSERT_TRUE(sent(interrupted)) << serve->log().toStdString();

    // Every reply went out exactly once; the refused and the first draft never did.
    for (const QString& text : {u"Ana answers the shared item"_qs, u"Sorry, Bo revised it"_qs,
                                u"Bo picks up what Ana left"_qs, u"Ana while the service falls"_qs})
        EXPECT_EQ(statusesWithText(text), 1) << text.toStdString();
    EXPECT_EQ(statusesWithText(u"Bo answers the shared item too"_qs), 0);
    EXPECT_EQ(statusesWithText(u"Bo first draft"_qs), 0);
    EXPECT_EQ(number(u"SELECT count(*) FROM outbox"_qs), 4);
    EXPECT_EQ(number(u"SELECT count(*) FROM outbox WHERE state <> 'sent'"_qs), 0);

    // Every action is in the history in the name of who did it.
    const QStringList actors = texts(
        u"SELECT DISTINCT actor FROM events WHERE kind IN ('state', 'taken', 'queued', "
        u"'edited', 'approval-requested', 'approval-returned', 'approved') ORDER BY actor"_qs);
    EXPECT_EQ(actors, (QStringList{u"ana"_qs, u"bo"_qs, u"cleo"_qs}));
    EXPECT_EQ(number(u"SELECT count(*) FROM events WHERE kind = 'state' AND actor = 'ana'"_qs), 3);
    EXPECT_EQ(number(u"SELECT count(*) FROM events WHERE kind = 'state' AND actor = 'bo'"_qs), 3);
    EXPECT_EQ(number(u"SELECT count(*) FROM events WHERE kind = 'approval-returned' AND actor = "
                     u"'cleo'"_qs),
              1);
    EXPECT_EQ(number(u"SELECT count(*) FROM events WHERE kind = 'approved' AND actor = 'cleo'"_qs),
              1);
    EXPECT_EQ(number(u"SELECT count(*) FROM outbox WHERE actor = 'bo'"_qs), 2);

    // No item lost or doubled.
    EXPECT_EQ(number(u"SELECT count(*) FROM queue"_qs), 12);
    EXPECT_EQ(number(u"SELECT count(*) - count(DISTINCT remote_id) FROM posts"_qs), 0);
}

TEST_F(TeamDay, ASupervisorsDeskSignsTheBrandInAndAgainAfterARevocationAndTheServiceSyncsIt)
{
    Service serve(service, keyFile());
    ASSERT_TRUE(serve.logs(u"Serving "_qs, 20'000)) << serve.log().toStdString();
    ASSERT_EQ(signIn(cleo), QString());
    ASSERT_TRUE(serve.logs(u"synced, 12 new items"_qs)) << serve.log().toStdString();
    EXPECT_EQ(number(u"SELECT count(*) FROM queue"_qs), 12);
    // The token is in the database only sealed to the service, and the sync state is the
    // service's own: it wrote the server's traits that the desk could not.
    EXPECT_EQ(number(u"SELECT count(*) FROM sealed_secrets s JOIN accounts a ON s.key LIKE "
                     u"'%account/' || a.id || '/access-token'"_qs),
              1);
    EXPECT_GT(number(u"SELECT count(*) FROM cursors"_qs), 0);
    EXPECT_EQ(texts(u"SELECT sync_status FROM accounts"_qs), QStringList{u"ok"_qs});

    // The network revokes the sign-in: the service waits for a new one, which the supervisor
    // gives, and then syncs what came meanwhile.
    peer.control(QStringLiteral("/revoke-tokens"));
    ASSERT_TRUE(spinUntil(
        [&] { return texts(u"SELECT sync_status FROM accounts"_qs) == QStringList{u"sign_in"_qs}; },
        20'000))
        << serve.log().toStdString();
    peer.control(QStringLiteral("/seed"), {{QStringLiteral("count"), QStringLiteral("2")}});
    ASSERT_EQ(signIn(cleo), QString());
    EXPECT_TRUE(spinUntil([&] { return number(u"SELECT count(*) FROM queue"_qs) == 14; }, 20'000))
        << serve.log().toStdString();
    EXPECT_EQ(texts(u"SELECT sync_status || '/' || last_error FROM accounts"_qs),
              QStringList{u"ok/"_qs});
    EXPECT_EQ(number(u"SELECT count(*) FROM accounts"_qs), 1);
}

} // namespace
