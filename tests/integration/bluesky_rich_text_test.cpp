// SPDX-License-Identifier: GPL-3.0-or-later
// Outgoing rich text against the reference: Hearken finds the facets @atproto/api finds (same
// features, same UTF-8 byte offsets), and a reply sent to the reference PDS keeps them.
#include "atproto_network.h"
#include "providers/bluesky/app_password_sign_in.h"
#include "providers/bluesky/at_uri.h"
#include "providers/bluesky/atproto_session.h"
#include "providers/bluesky/bluesky_deliverer.h"
#include "providers/bluesky/rich_text.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QUrlQuery>

#include <gtest/gtest.h>

namespace hearken {
namespace {

using testing::await;

QJsonObject featureOf(const QJsonValue& facet)
{
    return facet.toObject().value(QLatin1String("features")).toArray().first().toObject();
}

// The text a facet covers.
QByteArray covered(const QString& text, const QJsonValue& facet)
{
    const QJsonObject index = facet.toObject().value(QLatin1String("index")).toObject();
    const qint64 start = index.value(QLatin1String("byteStart")).toInteger();
    return text.toUtf8().mid(start, index.value(QLatin1String("byteEnd")).toInteger() - start);
}

// Where Hearken departs from detection.ts on purpose: an address that starts with "http" but
// has no scheme ("httpbin.org") gets https:// like any other, so that the PDS accepts the URI.
void withSchemes(QJsonArray& facets)
{
    for (QJsonValueRef facet : facets) {
        QJsonObject object = facet.toObject();
        QJsonObject feature = featureOf(object);
        const QString uri = feature.value(QLatin1String("uri")).toString();
        if (uri.isEmpty() || uri.contains(QLatin1String("://")))
            continue;
        feature.insert(QStringLiteral("uri"), QString(QStringLiteral("https://") + uri));
        object.insert(QStringLiteral("features"), QJsonArray{feature});
        facet = object;
    }
}

class BlueskyRichText : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto found = testing::AtprotoNetwork::fromEnvironment();
        ASSERT_TRUE(found.has_value());
        net = *found;
    }

    // What @atproto/api detects in `texts` and in `random` texts it puts together itself.
    QJsonArray referenceFacets(const QStringList& texts, int random)
    {
        QProcess node;
        node.start(QStringLiteral("node"), {net.detectFacets, net.modules, QString::number(random),
                                            QStringLiteral("20261206")});
        node.write(QJsonDocument(QJsonArray::fromStringList(texts)).toJson());
        node.closeWriteChannel();
        EXPECT_TRUE(node.waitForFinished(60'000));
        EXPECT_EQ(node.exitCode(), 0) << node.readAllStandardError().toStdString();
        return QJsonDocument::fromJson(node.readAllStandardOutput()).array();
    }

    testing::AtprotoNetwork net;
    QNetworkAccessManager network;
    net::HttpClient transport{network, {10'000, 3, 100, 1'000}};
    DpopNonces nonces;
};

TEST_F(BlueskyRichText, FacetsAreTheOnesTheReferenceImplementationDetects)
{
    const QStringList texts{
        QStringLiteral("Danke 🙏 @alice.test, see https://example.com/a?b=1. #Fix #123 $tsla"),
        QStringLiteral("(example.com) and (https://en.wikipedia.org/wiki/Foo_(bar)) too"),
        QStringLiteral("HTTPS://EXAMPLE.COM and Example.COM and httpbin.org and a.b"),
        QStringLiteral("#️⃣ ＃日本 #ゲーム! #tag… #a1 #1a #12 #\u200bx #x\u200b y"),
        QStringLiteral("@bob.test's @carol.test. @nobody @x.invalid a@b.test (@alice.test)"),
        QStringLiteral("line\nexample.org\u2028#tag\u00a0$AAPL, $toolong $A1 ($B)"),
        QStringLiteral("👩‍💻 https://bsky.app/profile/alice.test/post/3k — done!"),
    };
    const QJsonArray reference = referenceFacets(texts, 3000);
    ASSERT_EQ(reference.size(), texts.size() + 3000);
    int differences = 0;
    for (const QJsonValue& value : reference) {
        const QString text = value.toObject().value(QLatin1String("text")).toString();
        QHash<QString, QString> didByHandle;
        for (const QString& handle : bluesky::mentionedHandles(text))
            didByHandle.insert(handle, QStringLiteral("did:example:") + handle);
        QJsonArray expected = value.toObject().value(QLatin1String("facets")).toArray();
        withSchemes(expected);
        const QJsonArray ours = bluesky::detectFacets(text, didByHandle);
        if (ours != expected && ++differences <= 10)
            ADD_FAILURE() << "text: " << QJsonDocument(QJsonArray{text}).toJson().toStdString()
                          << "reference: " << QJsonDocument(expected).toJson().toStdString()
                          << "Hearken: " << QJsonDocument(ours).toJson().toStdString();
    }
    EXPECT_EQ(differences, 0);
}

TEST_F(BlueskyRichText, AReplyCarriesMentionLinkAndTagFacetsAfterEmoji)
{
    const auto grant =
        await<tl::expected<bluesky::SessionGrant, bluesky::XrpcError>>([&](auto done) {
            bluesky::signInWithAppPassword(transport, net.pds, net.handle("alice"),
                                           net.password("alice"))
                .then(done);
        });
    ASSERT_TRUE(grant.has_value()) << grant.error().message.toStdString();
    bluesky::AtprotoSession session(transport, *grant, nonces);
    bluesky::Deliverer deliverer(session, [] { return QDateTime::currentSecsSinceEpoch(); });

    OutboxEntry entry;
    entry.id = 1;
    entry.network = QStringLiteral("bluesky");
    entry.kind = OutboxKind::Reply;
    entry.targetRemoteId = net.postUri("carolReply");
    entry.text =
        QStringLiteral("Danke 🙏👩‍💻 @carol.test: the fix is at https://example.com/"
                       "status?id=%1. #Fix ＃日本 and example.org!")
            .arg(QDateTime::currentMSecsSinceEpoch());
    entry.idempotencyKey = QStringLiteral("rich-text-%1").arg(QDateTime::currentMSecsSinceEpoch());
    entry.createdAt = QDateTime::currentSecsSinceEpoch();
    const auto sent = await<DeliveryOutcome>([&](auto done) { deliverer.deliver(entry, done); });
    ASSERT_TRUE(sent.has_value()) << sent.error().message.toStdString();

    const auto uri = bluesky::AtUri::parse(sent->remoteId);
    ASSERT_TRUE(uri.has_value());
    const auto record = await<bluesky::XrpcResult>([&](auto done) {
        session
            .query(QStringLiteral("com.atproto.repo.getRecord"),
                   QUrlQuery{{QStringLiteral("repo"), uri->repo},
                             {QStringLiteral("collection"), uri->collection},
                             {QStringLiteral("rkey"), uri->rkey}})
            .then(done);
    });
    ASSERT_TRUE(record.has_value()) << record.error().message.toStdString();
    const QJsonObject value = record->value(QLatin1String("value")).toObject();
    const QString text = value.value(QLatin1String("text")).toString();
    ASSERT_EQ(text, entry.text);
    const QJsonArray facets = value.value(QLatin1String("facets")).toArray();
    ASSERT_EQ(facets.size(), 5) << QJsonDocument(facets).toJson().toStdString();

    EXPECT_EQ(covered(text, facets[0]), QByteArray("@carol.test"));
    EXPECT_EQ(featureOf(facets[0]).value(QLatin1String("did")).toString(), net.did("carol"));
    // "Danke " (6 bytes), 🙏 (4), 👩‍💻 (11), " " (1)
    EXPECT_EQ(facets[0]
                  .toObject()
                  .value(QLatin1String("index"))
                  .toObject()
                  .value(QLatin1String("byteStart"))
                  .toInteger(),
              22);

    const QString link =
        QStringLiteral("https://example.com/status?id=%1")
            .arg(entry.text.section(QStringLiteral("?id="), 1).section(u'.', 0, 0));
    EXPECT_EQ(covered(text, facets[1]), link.toUtf8());
    EXPECT_EQ(featureOf(facets[1]).value(QLatin1String("$type")).toString(),
              QStringLiteral("app.bsky.richtext.facet#link"));
    EXPECT_EQ(featureOf(facets[1]).value(QLatin1String("uri")).toString(), link);

    EXPECT_EQ(covered(text, facets[2]), QByteArray("#Fix"));
    EXPECT_EQ(featureOf(facets[2]).value(QLatin1String("$type")).toString(),
              QStringLiteral("app.bsky.richtext.facet#tag"));
    EXPECT_EQ(featureOf(facets[2]).value(QLatin1String("tag")).toString(), QStringLiteral("Fix"));
    EXPECT_EQ(covered(text, facets[3]), QStringLiteral("＃日本").toUtf8());
    EXPECT_EQ(featureOf(facets[3]).value(QLatin1String("tag")).toString(), QStringLiteral("日本"));

    EXPECT_EQ(covered(text, facets[4]), QByteArray("example.org"));
    EXPECT_EQ(featureOf(facets[4]).value(QLatin1String("uri")).toString(),
              QStringLiteral("https://example.org"));

    // The same facets as the reference implementation finds in the text (its mention resolved).
    QJsonArray reference =
        referenceFacets({text}, 0).first().toObject().value(QLatin1String("facets")).toArray();
    ASSERT_EQ(reference.size(), facets.size());
    for (qsizetype i = 0; i < facets.size(); ++i) {
        QJsonObject expected = reference[i].toObject();
        if (featureOf(expected).contains(QLatin1String("did"))) {
            QJsonObject feature = featureOf(expected);
            feature.insert(QStringLiteral("did"), net.did("carol"));
            expected.insert(QStringLiteral("features"), QJsonArray{feature});
        }
        EXPECT_EQ(facets[i].toObject(), expected) << i;
    }
}

} // namespace
} // namespace hearken
