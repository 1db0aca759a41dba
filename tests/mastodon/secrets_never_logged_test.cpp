// SPDX-License-Identifier: GPL-3.0-or-later
// With every hearken.* category at debug, a real Mastodon sign-in and delivery and a Bluesky
// app-password sign-in show their requests, steps and attempts in the log, and no secret the
// servers issued or the user typed appears in any message.
#include "mastodon_fixture.h"
#include "outbox/delivery_engine.h"
#include "providers/bluesky/bluesky_account_adder.h"
#include "support/scripted_http_server.h"
#include "sync/workspace_account_keeper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>

using namespace hearken;
using namespace hearken::testing;

namespace {

// Collects every message while it lives, with all of Hearken's categories at debug.
class LogCapture {
public:
    LogCapture()
    {
        instance = this;
        QLoggingCategory::setFilterRules(QStringLiteral("hearken.*.debug=true"));
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
        instance = nullptr;
    }

    QStringList messages() const
    {
        QMutexLocker lock(&m_mutex);
        return m_messages;
    }
    QStringList containing(const QString& words) const { return messages().filter(words); }

private:
    static void handle(QtMsgType, const QMessageLogContext& context, const QString& message)
    {
        QMutexLocker lock(&instance->m_mutex);
        instance->m_messages.append(QString::fromLatin1(context.category) + u": " + message);
    }

    static inline LogCapture* instance = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_messages;
};

QStringList strings(const QJsonValue& array)
{
    QStringList all;
    for (const QJsonValue& value : array.toArray())
        all.append(value.isObject() ? value.toObject().value(QLatin1String("value")).toString()
                                    : value.toString());
    return all;
}

// Each secret, and its halves: a log that cut one in two would still give it away.
void expectNowhere(const QStringList& messages, const QStringList& secrets)
{
    for (const QString& secret : secrets) {
        ASSERT_GE(secret.size(), 8) << "a secret this short proves nothing";
        for (const QString& part :
             {secret, secret.left(secret.size() / 2), secret.mid(secret.size() / 2)}) {
            for (const QString& message : messages)
                EXPECT_FALSE(message.contains(part))
                    << "a secret appears in: " << message.toStdString();
        }
    }
}

using SecretsNeverLogged = MastodonFixture;

} // namespace

TEST_F(SecretsNeverLogged, AMastodonSignInAndDeliveryLogTheirStepsAndNoSecret)
{
    ASSERT_TRUE(peer.isUp());
    LogCapture log;
    const Account account = signedIn();
    auto sync = engine();
    syncOnce(*sync);
    const QString target = mentionWith(QStringLiteral("crashed again"));
    ASSERT_FALSE(target.isEmpty());
    const qint64 postId =
        value(QStringLiteral("SELECT id FROM posts WHERE remote_id = ?"), {target}).toLongLong();
    mastodon::Deliverer deliverer(http, QUrl(account.serverUrl),
                                  storedSecret(auth::accessTokenKey(account.id)));
    DeliveryEngine outbox(
        *workspace, [&](const Account&) -> Deliverer* { return &deliverer; }, now);
    const auto queued = outbox.send({account.id,
                                     postId,
                                     OutboxKind::Reply,
                                     QStringLiteral("@alice Thanks, a fix ships today."),
                                     {},
                                     QStringLiteral("ana"),
                                     std::nullopt});
    ASSERT_TRUE(queued) << queued.error().message.toStdString();
    ASSERT_TRUE(spinUntil([&] { return outbox.pendingCount() == 0; }, 15000));

    const QJsonObject state = peer.control(QStringLiteral("/state"));
    QStringList issued = strings(state.value(QLatin1String("tokens")));
    issued += strings(state.value(QLatin1String("clientSecrets")));
    issued += strings(state.value(QLatin1String("codes")));
    ASSERT_EQ(issued.size(), 3) << "one token, one client secret, one code";
    expectNowhere(log.messages(), issued);

    // What happened is there to read: the requests with their answers, the steps, the attempt.
    const QString server = peer.url().toString();
    EXPECT_FALSE(log.containing(u"hearken.http: POST " + server + u"/api/v1/apps").isEmpty());
    EXPECT_FALSE(log.containing(u"hearken.http: POST " + server + u"/oauth/token").isEmpty());
    EXPECT_FALSE(
        log.containing(u"GET " + server + u"/api/v1/accounts/verify_credentials -> 200").isEmpty());
    EXPECT_FALSE(log.containing(QStringLiteral("Authorization: [redacted]")).isEmpty());
    EXPECT_FALSE(log.containing(QStringLiteral("hearken.auth: Opened the browser at")).isEmpty());
    EXPECT_FALSE(log.containing(QStringLiteral("hearken.auth: Mastodon sign-in added")).isEmpty());
    EXPECT_FALSE(
        log.containing(QStringLiteral("hearken.outbox: Delivering outbox entry")).isEmpty());
    EXPECT_FALSE(log.containing(QStringLiteral("sent as")).isEmpty());
}

TEST_F(SecretsNeverLogged, ABlueskyAppPasswordSignInLogsItsStepsAndNoSecret)
{
    const QString password = QStringLiteral("abcd-2345-efgh-6777");
    const QString accessJwt = QStringLiteral("eyJhY2Nlc3MiOiJ0b2tlbi1zZWNyZXQtMTIzIn0.access");
    const QString refreshJwt = QStringLiteral("eyJyZWZyZXNoIjoidG9rZW4tc2VjcmV0LTQ1NiJ9.refresh");
    QByteArray sentBody;
    ScriptedHttpServer pds([&](const ScriptedRequest& request) {
        ScriptedReply reply;
        if (!request.target.endsWith("com.atproto.server.createSession")) {
            reply.status = 404;
            return reply;
        }
        sentBody = request.body;
        reply.headers.emplaceBack("Content-Type", "application/json");
        reply.body =
            QJsonDocument(QJsonObject{{QStringLiteral("did"),
                                       QStringLiteral("did:plc:alice0000000000000000")},
                                      {QStringLiteral("handle"), QStringLiteral("alice.test")},
                                      {QStringLiteral("accessJwt"), accessJwt},
                                      {QStringLiteral("refreshJwt"), refreshJwt}})
                .toJson(QJsonDocument::Compact);
        return reply;
    });
    LogCapture log;
    WorkspaceAccountKeeper keeper(*workspace, [] { return qint64(1); });
    DpopNonces nonces;
    bluesky::AccountAdder adder({http, nullptr, *secrets, keeper, nonces});
    bluesky::AccountAdder::Request request;
    request.handle = QStringLiteral("alice.test");
    request.appPassword = password;
    request.pds = pds.url(QString());
    const auto added = waitFor<auth::AuthResult<bluesky::AccountAdder::Added>>(
        [&](auto done) { adder.start(request, done); });
    ASSERT_TRUE(added && *added) << (added ? added->error().message.toStdString() : "");
    ASSERT_TRUE(sentBody.contains(password.toUtf8())) << "the password went to the PDS";

    expectNowhere(log.messages(), {password, accessJwt, refreshJwt});
    EXPECT_FALSE(log.containing(u"hearken.http: POST " + pds.url(QString()).toString() +
                                u"/xrpc/com.atproto.server.createSession")
                     .isEmpty());
    EXPECT_FALSE(log.containing(QStringLiteral("-> 200")).isEmpty());
    EXPECT_FALSE(log.containing(QStringLiteral("hearken.auth: Bluesky sign-in:")).isEmpty());
    EXPECT_FALSE(log.containing(QStringLiteral("hearken.auth: Bluesky sign-in added")).isEmpty());
}

TEST(StoreLog, OpeningAWorkspaceSaysWhichAndEachSchemaStep)
{
    QTemporaryDir dir;
    LogCapture log;
    const QString path = dir.filePath(QStringLiteral("logged.hearken"));
    ASSERT_TRUE(Workspace::open(path));
    EXPECT_EQ(log.containing(u"hearken.store: Opening the workspace \"" + path).size(), 1);
    EXPECT_FALSE(
        log.containing(QStringLiteral("hearken.store: Upgrading the workspace to schema 1 "))
            .isEmpty());
}
