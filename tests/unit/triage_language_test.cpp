// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/tone_classifier.h"

#include <gtest/gtest.h>

using namespace hearken;

namespace {

const ToneClassifier& shipped()
{
    static const ToneClassifier classifier = *ToneClassifier::loadShipped();
    return classifier;
}

} // namespace

TEST(Language, NeutralTextsInOtherLanguagesAreNotCriticism)
{
    const QStringList texts = {
        u"Le magasin ouvre demain à neuf heures."_qs,
        u"Nous avons reçu votre commande hier soir."_qs,
        u"Quelle est l'adresse de votre bureau à Lyon ?"_qs,
        u"Die Lieferung kommt voraussichtlich am Donnerstag."_qs,
        u"Ich habe gestern eine neue Bestellung aufgegeben."_qs,
        u"Wann beginnt die Veranstaltung in Berlin?"_qs,
        u"El pedido llegará el próximo martes por la mañana."_qs,
        u"Mañana vamos a la oficina con mi hermano."_qs,
        u"¿Dónde puedo encontrar la tienda más cercana?"_qs,
        u"明日の会議は午後三時から始まります。"_qs,
        u"新しいアプリをダウンロードしました。"_qs,
        u"Il negozio chiude alle otto di sera."_qs,
    };
    int criticism = 0;
    int unknown = 0;
    for (const QString& text : texts) {
        const ToneResult r = shipped().classify(text);
        criticism += r.tone == Tone::Criticism ? 1 : 0;
        unknown += r.languageKnown ? 0 : 1;
        if (!r.languageKnown) {
            EXPECT_EQ(r.tone, Tone::Other) << text.toStdString();
            EXPECT_LT(r.toneConfidence, 0.6) << text.toStdString();
        }
    }
    EXPECT_LE(criticism, 1);
    EXPECT_GE(unknown, 9);
}

TEST(Language, EnglishIsKnown)
{
    for (const QString& text :
         {u"The store opens tomorrow at nine."_qs, u"We got your order last night, thanks!"_qs,
          u"@user this update broke my login again"_qs}) {
        const ToneResult r = shipped().classify(text);
        EXPECT_TRUE(r.languageKnown) << text.toStdString();
        EXPECT_LT(r.outOfVocabularyRatio, 0.3) << text.toStdString();
    }
}
