// SPDX-License-Identifier: GPL-3.0-or-later
// The documents an AT Protocol sign-in reads before it trusts a server, as recorded from a
// real PDS (tests/data/bluesky) and with the parts a hostile or broken server gets wrong.
#include "providers/bluesky/identity.h"
#include "providers/bluesky/oauth_server_metadata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::bluesky;

namespace {

const QUrl server(QStringLiteral("http://localhost:35713"));
const QString did = QStringLiteral("did:plc:dqcx3e7em5gnot3p4f36f63r");

QJsonObject recorded(const char* name)
{
    QFile file(QStringLiteral(HEARKEN_TEST_DATA_DIR "/bluesky/") + QLatin1String(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject authorizationServer()
{
    return recorded("oauth_authorization_server.json");
}

} // namespace

TEST(BlueskyIdentityDocuments, ReadsTheRecordedProtectedResourceAndAuthorizationServer)
{
    const auto named = authorizationServerOf(recorded("oauth_protected_resource.json"));
    ASSERT_TRUE(named) << named.error().message.toStdString();
    EXPECT_EQ(*named, server);

    const auto metadata = readAtprotoAuthorizationServer(authorizationServer(), server);
    ASSERT_TRUE(metadata) << metadata.error().toStdString();
    EXPECT_EQ(metadata->issuer, QStringLiteral("http://localhost:35713"));
    EXPECT_EQ(metadata->authorizeUrl,
              QUrl(QStringLiteral("http://localhost:35713/oauth/authorize")));
    EXPECT_EQ(metadata->tokenUrl, QUrl(QStringLiteral("http://localhost:35713/oauth/token")));
    EXPECT_EQ(metadata->revokeUrl, QUrl(QStringLiteral("http://localhost:35713/oauth/revoke")));
    EXPECT_EQ(metadata->parEndpoint, QUrl(QStringLiteral("http://localhost:35713/oauth/par")));
}

TEST(BlueskyIdentityDocuments, AProtectedResourceMustNameAnAuthorizationServer)
{
    for (const char* document : {R"j({})j", R"j({"authorization_servers":[]})j",
                                 R"j({"authorization_servers":"http://localhost:35713"})j",
                                 R"j({"authorization_servers":[35713]})j"}) {
        const auto named =
            authorizationServerOf(QJsonDocument::fromJson(QByteArray(document)).object());
        ASSERT_FALSE(named) << document;
        EXPECT_EQ(named.error().kind, XrpcError::Kind::Malformed);
    }
}

TEST(BlueskyIdentityDocuments, RefusesAuthorizationServersMissingWhatTheSignInNeeds)
{
    const char* required[] = {"issuer", "authorization_endpoint", "token_endpoint",
                              "pushed_authorization_request_endpoint",
                              "dpop_signing_alg_values_supported"};
    for (const char* field : required) {
        QJsonObject metadata = authorizationServer();
        metadata.remove(QLatin1String(field));
        const auto read = readAtprotoAuthorizationServer(metadata, server);
        ASSERT_FALSE(read) << field;
        EXPECT_TRUE(read.error().contains(QLatin1String("missing"))) << field;
    }
    QJsonObject someoneElses = authorizationServer();
    someoneElses[QLatin1String("issuer")] = QStringLiteral("https://other.example");
    EXPECT_FALSE(readAtprotoAuthorizationServer(someoneElses, server));
    QJsonObject noEs256 = authorizationServer();
    noEs256[QLatin1String("dpop_signing_alg_values_supported")] =
        QJsonArray{QStringLiteral("RS256")};
    EXPECT_FALSE(readAtprotoAuthorizationServer(noEs256, server));
    QJsonObject wrongType = authorizationServer();
    wrongType[QLatin1String("token_endpoint")] = 35713;
    EXPECT_FALSE(readAtprotoAuthorizationServer(wrongType, server));
}

TEST(BlueskyIdentityDocuments, RefusesPlainHttpEndpointsOffThisComputer)
{
    for (const char* field :
         {"authorization_endpoint", "token_endpoint", "pushed_authorization_request_endpoint"}) {
        QJsonObject metadata = authorizationServer();
        metadata[QLatin1String(field)] = QStringLiteral("http://auth.example/oauth/x");
        const auto read = readAtprotoAuthorizationServer(metadata, server);
        ASSERT_FALSE(read) << field;
        EXPECT_EQ(read.error(), QStringLiteral("http://localhost:35713 names sign-in addresses "
                                               "Hearken will not use."));
    }
}

TEST(BlueskyIdentityDocuments, ReadsThePdsOfTheRecordedDidDocument)
{
    const auto pds = pdsOf(recorded("plc_did_document.json"), did);
    ASSERT_TRUE(pds) << pds.error().message.toStdString();
    EXPECT_EQ(*pds, server);
}

TEST(BlueskyIdentityDocuments, RefusesDidDocumentsOfOthersWithoutPdsOrWithAPlainHttpOne)
{
    EXPECT_FALSE(pdsOf(recorded("plc_did_document.json"), QStringLiteral("did:plc:someone")));

    QJsonObject noPds = recorded("plc_did_document.json");
    noPds[QLatin1String("service")] = QJsonArray{};
    const auto none = pdsOf(noPds, did);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().kind, XrpcError::Kind::Malformed);

    QJsonObject plainHttp = recorded("plc_did_document.json");
    plainHttp[QLatin1String("service")] = QJsonArray{
        QJsonObject{{QStringLiteral("id"), QStringLiteral("#atproto_pds")},
                    {QStringLiteral("type"), QStringLiteral("AtprotoPersonalDataServer")},
                    {QStringLiteral("serviceEndpoint"), QStringLiteral("http://pds.example")}}};
    const auto refused = pdsOf(plainHttp, did);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, XrpcError::Kind::Rejected);
}
