// SPDX-License-Identifier: GPL-3.0-or-later
// Sign-in, sync, a reply, an edit and a deletion against every server family the Mastodon test
// server speaks as (tests/peers/mastodon/README.md): Mastodon 4.5, 4.2 and 4.0, GoToSocial and
// Akkoma differ in how they match redirect URIs, which discovery documents they have, what
// unknown paths answer, which scopes and batch endpoints exist, what ids look like and how
// long a status may be.
#include "mastodon_fixture.h"
#include "outbox/reply_length.h"
#include "providers/mastodon/mastodon_provider.h"

#include <QJsonArray>

using namespace hearken;
using namespace hearken::testing;

namespace {

struct Family {
    const char* name;
    // More switches for the server.
    QStringList switches;
    // What the server allows, as it says in its instance document.
    int maxCharacters = 500;
    int charactersPerUrl = 23;
    // Whether it fetches many statuses in one request (and Hearken spells it right).
    bool batchStatuses = false;
};

// How often statuses were fetched one by one (GET /api/v1/statuses/:id).
int singleStatusFetches(NodePeer& peer)
{
    static const QRegularExpression single(QStringLiteral("^GET /api/v1/statuses/[^/]+$"));
    int count = 0;
    const QJsonArray log =
        peer.control(QStringLiteral("/state"), {{QStringLiteral("log"), QStringLiteral("1")}})
            .value(QLatin1String("requestLog"))
            .toArray();
    for (const QJsonValue& line : log)
        count += single.match(line.toString()).hasMatch() ? 1 : 0;
    return count;
}

void PrintTo(const Family& family, std::ostream* out)
{
    *out << family.name;
}

class MastodonFamilies : public MastodonFixture, public ::testing::WithParamInterface<Family> {
protected:
    MastodonFamilies()
        : MastodonFixture(
              QStringList{QStringLiteral("--family=") + QLatin1String(GetParam().name)} +
              GetParam().switches)
    {}

    ReplyRules rulesOf(const Account& account)
    {
        return replyRules(
            mastodon::Provider().replyRules(),
            workspace->syncState().cursors(account.id).value_or(QHash<QString, QString>()));
    }

    QString stateOf(const QString& remoteId)
    {
        return value(QStringLiteral("SELECT q.state FROM queue q JOIN posts p ON p.id = "
                                    "q.post_id WHERE p.remote_id = ?"),
                     {remoteId})
            .toString();
    }
};

} // namespace

TEST_P(MastodonFamilies, SignsInOnceAndKeepsWhatTheServerAllows)
{
    ASSERT_TRUE(peer.isUp());
    const Account account = signedIn();
    EXPECT_EQ(account.handle, QStringLiteral("@brand@") + peer.url().authority());
    EXPECT_EQ(peer.control(QStringLiteral("/state")).value(QLatin1String("family")).toString(),
              QLatin1String(GetParam().name));

    // The composer's limit and link length are the server's own.
    const ReplyRules rules = rulesOf(account);
    EXPECT_EQ(rules.limit, GetParam().maxCharacters);
    EXPECT_EQ(rules.linkLength, GetParam().charactersPerUrl);

    // A second sign-in reuses the registration, also where the redirect URI must match
    // exactly, port included.
    ASSERT_TRUE(signIn(peer.url()));
    EXPECT_EQ(peer.control(QStringLiteral("/state")).value(QLatin1String("apps")).toInt(), 1);
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM accounts")).toInt(), 1);
}

TEST_P(MastodonFamilies, SyncsMentionsAndNoticesARepliesEditsAndDeletions)
{
    const Account account = signedIn();
    auto sync = engine({.pageSize = 20, .contexts = 20, .recheck = 40});
    const auto first = syncOnce(*sync);
    ASSERT_EQ(first.size(), 1);
    EXPECT_EQ(first[0].second.kind, SyncOutcome::Kind::Ok) << first[0].second.message.toStdString();
    EXPECT_EQ(queueCount(account.id), 45);
    // Display names are plain text: nothing in this one is markup.
    EXPECT_EQ(value(QStringLiteral("SELECT display_name FROM people WHERE handle LIKE '@bob@%'"))
                  .toString(),
              u"Bob <Support> & Co");

    // A reply as long as the server allows, up to 600 characters (more than Mastodon's
    // default 500 where the server allows more).
    const QString target = mentionWith(QStringLiteral("crashed again"));
    ASSERT_FALSE(target.isEmpty());
    QString text = QStringLiteral("@alice Sorry about that, a fix ships today.");
    while (text.size() + 10 <= std::min(GetParam().maxCharacters, 600))
        text += QStringLiteral(" Thank you");
    const ReplyRules rules = rulesOf(account);
    ASSERT_LE(replyLength(text, rules), *rules.limit);
    const DeliveryOutcome sent = deliver(account, entry(account, target, OutboxKind::Reply, text));
    ASSERT_TRUE(sent) << sent.error().message.toStdString();
    const QJsonArray replies = peer.control(QStringLiteral("/state"),
                                            {{QStringLiteral("in_reply_to_id"), localOf(target)}})
                                   .value(QLatin1String("repliesTo"))
                                   .toArray();
    ASSERT_EQ(replies.size(), 1);
    EXPECT_EQ(replies[0].toObject().value(QLatin1String("text")).toString(), text);

    // Someone edits a mention, deletes another and writes a new one.
    const QString edited = mentionWith(QStringLiteral("broken for three days"));
    const QString deleted = mentionWith(QStringLiteral("webhooks"));
    ASSERT_FALSE(edited.isEmpty());
    ASSERT_FALSE(deleted.isEmpty());
    peer.control(QStringLiteral("/edit"),
                 {{QStringLiteral("id"), localOf(edited)},
                  {QStringLiteral("text"), QStringLiteral("@brand works again, never mind")}});
    peer.control(QStringLiteral("/delete"), {{QStringLiteral("id"), localOf(deleted)}});
    peer.control(QStringLiteral("/seed"),
                 {{QStringLiteral("from"), QStringLiteral("nadia")},
                  {QStringLiteral("text"), QStringLiteral("Where is the changelog?")}});

    const int fetchedBefore = singleStatusFetches(peer);
    const auto second = syncOnce(*sync);
    ASSERT_EQ(second.size(), 1);
    EXPECT_EQ(second[0].second.kind, SyncOutcome::Kind::Ok)
        << second[0].second.message.toStdString();
    EXPECT_FALSE(mentionWith(QStringLiteral("Where is the changelog?")).isEmpty());
    EXPECT_EQ(queueCount(account.id), 46);
    EXPECT_FALSE(value(QStringLiteral("SELECT q.answered_at FROM queue q JOIN posts p ON p.id = "
                                      "q.post_id WHERE p.remote_id = ?"),
                       {target})
                     .isNull());
    EXPECT_TRUE(value(QStringLiteral("SELECT text FROM posts WHERE remote_id = ?"), {edited})
                    .toString()
                    .endsWith(u"@brand works again, never mind"));
    EXPECT_EQ(stateOf(deleted), u"dismissed");
    // One request per pass where the server has a batch endpoint, one per open item elsewhere.
    const int fetched = singleStatusFetches(peer) - fetchedBefore;
    if (GetParam().batchStatuses)
        EXPECT_EQ(fetched, 0);
    else
        EXPECT_GT(fetched, 0);
}

INSTANTIATE_TEST_SUITE_P(
    EveryServer, MastodonFamilies,
    ::testing::Values(
        // A Mastodon that raised its limit, as many do.
        Family{"mastodon-4.5", {QStringLiteral("--max-characters=1000")}, 1000, 23, true},
        Family{"mastodon-4.2", {}, 500, 23}, Family{"mastodon-4.0", {}, 500, 23},
        Family{"gotosocial", {}, 5000, 25}, Family{"akkoma", {}, 5000, 23, true}),
    [](const ::testing::TestParamInfo<Family>& param) {
        std::string name = param.param.name;
        std::replace_if(
            name.begin(), name.end(), [](char c) { return !std::isalnum(c); }, '_');
        return name;
    });

namespace {

// A Mastodon before 4.3: no batch status endpoint.
class MastodonWithoutBatchStatuses : public MastodonFixture {
protected:
    MastodonWithoutBatchStatuses()
        : MastodonFixture({QStringLiteral("--family=mastodon-4.2")})
    {}
};

} // namespace

TEST_F(MastodonWithoutBatchStatuses, AsksOneByOneOnlyWhileTheRateLimitLeavesRoom)
{
    const Account account = signedIn();
    auto sync = engine({.pageSize = 20, .contexts = 20, .recheck = 40});
    ASSERT_EQ(syncOnce(*sync).value(0).second.kind, SyncOutcome::Kind::Ok);
    const int before = singleStatusFetches(peer);
    EXPECT_EQ(before, 20);

    // A budget of 30 requests: the pass's own requests first, then single checks until 20 are
    // left for replies and the next pass; the server never has to refuse one.
    peer.control(QStringLiteral("/rate-limit"), {{QStringLiteral("limit"), QStringLiteral("30")}});
    const auto limited = syncOnce(*sync);
    ASSERT_EQ(limited.size(), 1);
    EXPECT_EQ(limited[0].second.kind, SyncOutcome::Kind::Ok)
        << limited[0].second.message.toStdString();
    const int checked = singleStatusFetches(peer) - before;
    EXPECT_GT(checked, 0);
    EXPECT_LT(checked, 20);
    const auto status = workspace->syncState().status(account.id);
    ASSERT_TRUE(status);
    EXPECT_EQ(status->kind, AccountSyncStatus::Kind::Ok);
}
