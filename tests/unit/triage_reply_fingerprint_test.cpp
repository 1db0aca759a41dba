// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/reply_fingerprint.h"

#include <QString>

#include <gtest/gtest.h>

using namespace hearken;

TEST(ReplyFingerprint, DropsWhatChangesFromPersonToPerson)
{
    EXPECT_EQ(replyFingerprint(u"Hi @ana, thanks!! https://example.com/x?y=1"), u"hi thanks"_qs);
    EXPECT_EQ(replyFingerprint(u"hi @bo@mastodon.social   THANKS 🙏"), u"hi thanks"_qs);
}

TEST(ReplyFingerprint, FoldsCaseAndAccents)
{
    EXPECT_EQ(replyFingerprint(u"Merci, Élodie — ÇA MARCHE"), u"merci elodie ca marche"_qs);
}

TEST(ReplyFingerprint, KeepsWordsThatDiffer)
{
    EXPECT_NE(replyFingerprint(u"We fixed the export bug"),
              replyFingerprint(u"We fixed the import bug"));
    EXPECT_EQ(replyFingerprint(u"mail me at a@b.org"), u"mail me at a b org"_qs);
}

TEST(ReplyFingerprint, EmptyAndSymbolOnlyTextsAreEmpty)
{
    EXPECT_TRUE(replyFingerprint(u"").isEmpty());
    EXPECT_TRUE(replyFingerprint(u"!!! ❤️ @someone").isEmpty());
}
