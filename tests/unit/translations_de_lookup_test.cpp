// SPDX-License-Identifier: GPL-3.0-or-later
// With the German catalog installed as the programs install it, texts of the sources come out
// German: each is looked up under the context lupdate filed it under, and said as a whole
// sentence. English's catalog says one thing in the singular.
#include "net/json_body.h"
#include "providers/bluesky/bluesky_form_sign_in.h"
#include "providers/bluesky/oauth_server_metadata.h"
#include "providers/mastodon/mastodon_server_metadata.h"
#include "workflow/desk_presence.h"
#include "workflow/event_text.h"
#include "workflow/time_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <gtest/gtest.h>

#include <string>

using namespace hearken;

namespace {

// Hearken's catalog for `language`, installed for the test as the programs install it.
template <QLocale::Language language>
class CatalogInUse : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_catalog.load(QLocale(language), QStringLiteral("hearken"),
                                   QStringLiteral("_"), QStringLiteral(":/i18n")));
        ASSERT_TRUE(QCoreApplication::installTranslator(&m_catalog));
    }
    void TearDown() override { QCoreApplication::removeTranslator(&m_catalog); }

private:
    QTranslator m_catalog;
};
using GermanCatalogInUse = CatalogInUse<QLocale::German>;
// English has only its plural forms to say.
using EnglishCatalogInUse = CatalogInUse<QLocale::English>;

// As UTF-8, for readable failures.
std::string text(const QString& said)
{
    return said.toStdString();
}

TEST_F(GermanCatalogInUse, SaysHowLongAnItemHasWaited)
{
    EXPECT_EQ(text(ageText(20)), "jetzt");
    EXPECT_EQ(text(ageText(5 * 60 + 10)), "5 Min.");
    EXPECT_EQ(text(ageText(3 * 3600 + 59 * 60)), "3 Std.");
    EXPECT_EQ(text(ageText(2 * 86400 + 5)), "2 T.");
    EXPECT_EQ(text(ageText(20 * 86400)), "2 Wo.");
}

TEST_F(GermanCatalogInUse, SaysWhoElseIsOnAnItem)
{
    const Presence ana{u"Ana"_qs, 1, PresenceActivity::Replying};
    const Presence ben{u"Ben"_qs, 1, PresenceActivity::Viewing};
    const Presence cem{u"Cem"_qs, 1, PresenceActivity::Viewing};
    EXPECT_EQ(text(presenceSummary({ben})), "Ben sieht es sich an");
    EXPECT_EQ(text(presenceSummary({ana, ben})), "Ana antwortet, 1 weitere Person sieht zu");
    EXPECT_EQ(text(presenceSummary({ana, ben, cem})), "Ana antwortet, 2 weitere sehen zu");
}

TEST_F(GermanCatalogInUse, SaysWhatBecameOfAFollowUpTopic)
{
    Event marked;
    marked.actor = u"Sam"_qs;
    marked.kind = u"topic-status"_qs;
    marked.detail = u"Export"_qs + QChar(0x1f) + u"declined"_qs;
    EXPECT_EQ(text(describeEvent(marked, {})), "Sam hat das Thema „Export“ als abgelehnt markiert");
}

TEST_F(GermanCatalogInUse, SaysWhatIsWrongWithASignInField)
{
    const SignInForm form = bluesky::signInForm();
    const auto badAddress = problemIn(
        form, {{u"handle"_qs, u"alice.example"_qs}, {u"plc"_qs, u"ftp://plc.example"_qs}});
    ASSERT_TRUE(badAddress);
    EXPECT_EQ(text(badAddress->message),
              "Die Adresse des PLC-Verzeichnisses ist keine Web-Adresse: ftp://plc.example");
    const auto badTimeout =
        problemIn(form, {{u"handle"_qs, u"alice.example"_qs}, {u"timeout"_qs, u"soon"_qs}});
    ASSERT_TRUE(badTimeout);
    EXPECT_EQ(text(badTimeout->message),
              "Die Zeitbegrenzung erwartet eine Anzahl Sekunden von 1 bis 3600, nicht „soon“.");
}

TEST_F(GermanCatalogInUse, SaysWhatIsWrongWithASignInServer)
{
    const QUrl server(u"https://social.example"_qs);
    const auto notMastodon = mastodon::readInstance({}, server);
    ASSERT_FALSE(notMastodon);
    EXPECT_EQ(text(notMastodon.error()),
              "social.example antwortet nicht wie ein Mastodon-Server. Prüfen Sie die Adresse.");
    const auto noAuthorizationServer = bluesky::authorizationServerOf({});
    ASSERT_FALSE(noAuthorizationServer);
    EXPECT_EQ(text(noAuthorizationServer.error().message),
              "sein PDS nennt keinen Autorisierungsserver");
    const auto notAtproto = bluesky::readAtprotoAuthorizationServer({}, server);
    ASSERT_FALSE(notAtproto);
    EXPECT_TRUE(notAtproto.error().startsWith(u"https://social.example ist kein AT-Protocol-"))
        << notAtproto.error().toStdString();
}

TEST_F(GermanCatalogInUse, NamesTheShapeAnAnswerShouldHaveHad)
{
    net::HttpResponse array;
    array.url = QUrl(u"https://social.example/api"_qs);
    array.body = "[]";
    const auto object = net::jsonObject(array);
    ASSERT_FALSE(object);
    EXPECT_EQ(text(object.error().message), "social.example hat mit Daten in der falschen Form "
                                            "geantwortet (erwartet wurde ein JSON-Objekt).");
}

} // namespace

TEST_F(EnglishCatalogInUse, SaysOneInTheSingular)
{
    const auto newItems = [](int n) {
        return QCoreApplication::translate("hearken::AccountSync", "%n new items", nullptr, n);
    };
    EXPECT_EQ(newItems(1), u"1 new item"_qs);
    EXPECT_EQ(newItems(3), u"3 new items"_qs);
    EXPECT_EQ(
        QCoreApplication::translate("hearken::ReviewWindow", "Wrote %n items to %1.", nullptr, 1)
            .arg(u"week.csv"_qs),
        u"Wrote 1 item to week.csv."_qs);
}
