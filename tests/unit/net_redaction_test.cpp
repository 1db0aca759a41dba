// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/redaction.h"

#include <gtest/gtest.h>

using namespace hearken::net;

TEST(Redaction, SecretQueryValuesGoAndTheRestOfTheAddressStays)
{
    const QUrl url(QStringLiteral(
        "https://user:pw@example.social/oauth/token?grant_type=authorization_code&code=S3CR3T"
        "&Code_Verifier=V3R1F13R&access_token=T0K3N&client_secret=CL13NT&limit=40#frag"));
    const QString shown = redactedUrl(url);
    EXPECT_EQ(shown, u"https://example.social/oauth/token?grant_type=authorization_code"
                     u"&code=[redacted]&Code_Verifier=[redacted]&access_token=[redacted]"
                     u"&client_secret=[redacted]&limit=40");
}

TEST(Redaction, AnAddressWithoutQueryIsShownAsIs)
{
    EXPECT_EQ(redactedUrl(QUrl(QStringLiteral("https://bsky.social/xrpc/com.atproto.server."
                                              "createSession"))),
              u"https://bsky.social/xrpc/com.atproto.server.createSession");
}

TEST(Redaction, SecretHeaderValuesGoWhateverTheirCase)
{
    const HeaderList headers{{"authorization", "Bearer T0K3N"},
                             {"DPoP", "eyJ.proof.sig"},
                             {"Cookie", "session=C00K13"},
                             {"Idempotency-Key", "key-1"},
                             {"Accept", "application/json"}};
    const QString shown = redactedHeaders(headers);
    EXPECT_EQ(shown, u"authorization: [redacted], DPoP: [redacted], Cookie: [redacted], "
                     u"Idempotency-Key: key-1, Accept: application/json");
}
