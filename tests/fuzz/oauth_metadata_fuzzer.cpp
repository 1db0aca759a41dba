// SPDX-License-Identifier: GPL-3.0-or-later
// The documents a sign-in reads before it trusts a server: Mastodon's authorization-server
// metadata, instance (with what it allows) and signed-in account, and the AT Protocol's
// protected-resource and authorization-server metadata and DID documents. Each input is read as
// every one of them.
#include "fuzz_input.h"
#include "net/json_body.h"
#include "net/url_policy.h"
#include "providers/bluesky/identity.h"
#include "providers/bluesky/oauth_server_metadata.h"
#include "providers/mastodon/mastodon_server_metadata.h"

namespace {

using namespace hearken;
using namespace hearken::bluesky;

// The servers the seeds were taken from (tests/peers/mastodon, tests/data/bluesky).
const QUrl mastodonServer(QStringLiteral("http://127.0.0.1:34397"));
const QUrl atprotoServer(QStringLiteral("http://localhost:35713"));
const QString did = QStringLiteral("did:plc:dqcx3e7em5gnot3p4f36f63r");

bool usable(const QUrl& url, const QUrl& server)
{
    return !net::refusalOf(url) && url.host() == server.host();
}

void readAsMastodon(const QJsonObject& json)
{
    if (const auto auth = mastodon::readAuthorizationServerMetadata(json, mastodonServer)) {
        FUZZ_REQUIRE(usable(auth->authorizeUrl, mastodonServer));
        FUZZ_REQUIRE(usable(auth->tokenUrl, mastodonServer));
        FUZZ_REQUIRE(auth->revokeUrl.isEmpty() || usable(auth->revokeUrl, mastodonServer));
    } else {
        FUZZ_REQUIRE(!auth.error().isEmpty());
    }
    if (const auto auth = mastodon::readInstance(json, mastodonServer))
        FUZZ_REQUIRE(usable(auth->authorizeUrl, mastodonServer));
    if (const auto account = mastodon::readVerifiedAccount(json, mastodonServer)) {
        FUZZ_REQUIRE(!account->remoteId.isEmpty());
        FUZZ_REQUIRE(account->handle.endsWith(u'@' + mastodonServer.authority()));
        FUZZ_REQUIRE(account->displayName.size() <= 200);
    }
    const mastodon::ServerTraits traits = mastodon::readServerTraits(json);
    FUZZ_REQUIRE(!traits.maxCharacters ||
                 (*traits.maxCharacters > 0 && *traits.maxCharacters <= 1'000'000));
    FUZZ_REQUIRE(!traits.charactersPerUrl || *traits.charactersPerUrl > 0);
    FUZZ_REQUIRE(traits.batchStatusesParameter == u"id" || traits.batchStatusesParameter == u"ids");
}

void readAsAtproto(const QJsonObject& json)
{
    if (const auto server = authorizationServerOf(json))
        FUZZ_REQUIRE(server->isValid());
    if (const auto metadata = readAtprotoAuthorizationServer(json, atprotoServer)) {
        FUZZ_REQUIRE(QUrl(metadata->issuer) == atprotoServer);
        FUZZ_REQUIRE(!net::refusalOf(metadata->authorizeUrl));
        FUZZ_REQUIRE(!net::refusalOf(metadata->tokenUrl));
        FUZZ_REQUIRE(!net::refusalOf(metadata->parEndpoint));
    } else {
        FUZZ_REQUIRE(!metadata.error().isEmpty());
    }
    if (const auto pds = pdsOf(json, did))
        FUZZ_REQUIRE(!net::refusalOf(*pds));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // As the sign-ins read them: only a JSON object gets as far as the readers.
    const auto json = net::jsonObject(fuzz::okAnswer(
        QStringLiteral("https://auth.example/.well-known/oauth-authorization-server"),
        fuzz::bytes(data, size)));
    if (!json)
        return 0;
    readAsMastodon(*json);
    readAsAtproto(*json);
    return 0;
}
