// SPDX-License-Identifier: GPL-3.0-or-later
// Every finished German translation keeps what the program fills in or acts on: the same
// placeholders as its source, as many & accelerators, the same HTML tags, and both of German's
// plural forms. Unfinished texts are not checked: they show in English until translated.
#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <vector>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    bool finished = true;
    QStringList translations; // one, or one per plural form
};

// Reads the messages of a Qt Linguist catalog; an unreadable or malformed file fails the test.
std::vector<Message> readCatalog(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    std::vector<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message message;
            message.context = context;
            message.numerus = xml.attributes().value(u"numerus"_qs) == u"yes";
            messages.push_back(message);
        } else if (xml.name() == u"source") {
            messages.back().source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            Message& message = messages.back();
            message.finished = xml.attributes().value(u"type"_qs).isEmpty();
            if (!message.numerus)
                message.translations << xml.readElementText();
        } else if (xml.name() == u"numerusform") {
            messages.back().translations << xml.readElementText();
        }
    }
    EXPECT_FALSE(xml.hasError()) << qPrintable(path) << ": " << qPrintable(xml.errorString());
    return messages;
}

const std::vector<Message>& germanCatalog()
{
    static const std::vector<Message> messages =
        readCatalog(QStringLiteral(HEARKEN_SOURCE_DIR "/translations/hearken_de.ts"));
    return messages;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList matches(const QRegularExpression& pattern, const QString& text)
{
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    return sorted(found);
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(uR"(%(L?[1-9][0-9]?|n))"_qs);
    return matches(pattern, text);
}

QStringList htmlTags(const QString& text)
{
    static const QRegularExpression pattern(uR"(</?[A-Za-z][^<>]*>)"_qs);
    return matches(pattern, text);
}

// The decoded text holds a literal & for each accelerator; && is an ampersand shown as one, and
// an HTML entity (&nbsp;, &#8230;) in rich text is no accelerator either.
qsizetype accelerators(QString text)
{
    static const QRegularExpression notAccelerators(
        uR"(&&|&([A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);)"_qs);
    return text.remove(notAccelerators).count(u'&');
}

QString named(const Message& message, const QString& translation)
{
    return QStringLiteral("%1 „%2“ → „%3“").arg(message.context, message.source, translation);
}

// Each finished translation whose `measure` differs from its source's, described.
template <typename Measure>
QStringList differing(Measure measure)
{
    QStringList found;
    for (const Message& message : germanCatalog()) {
        if (!message.finished)
            continue;
        for (const QString& translation : message.translations) {
            if (measure(translation) != measure(message.source))
                found << named(message, translation);
        }
    }
    return found;
}

TEST(GermanCatalog, HasFinishedTranslations)
{
    qsizetype finished = 0;
    for (const Message& message : germanCatalog())
        finished += message.finished && !message.translations.join(QString()).isEmpty();
    EXPECT_GT(finished, 0);
}

TEST(GermanCatalog, KeepsEveryPlaceholderOfItsSource)
{
    QStringList found = differing(placeholders);
    // The singular may say its one in words ("mit dem Tag davor"): the first plural form
    // need not hold %n, but every other placeholder.
    for (const Message& message : germanCatalog()) {
        if (!message.finished || !message.numerus || message.translations.isEmpty())
            continue;
        QStringList source = placeholders(message.source);
        source.removeAll(u"%n"_qs);
        if (placeholders(message.translations.first()) == source)
            found.removeAll(named(message, message.translations.first()));
    }
    EXPECT_TRUE(found.isEmpty()) << "Not the same %1…%99, %L1 and %n as the source:\n"
                                 << qPrintable(found.join(u'\n'));
}

TEST(GermanCatalog, KeepsAsManyAcceleratorsAsItsSource)
{
    const QStringList found = differing(accelerators);
    EXPECT_TRUE(found.isEmpty()) << "Not as many & accelerators as the source:\n"
                                 << qPrintable(found.join(u'\n'));
}

TEST(GermanCatalog, KeepsTheHtmlTagsOfItsSource)
{
    const QStringList found = differing(htmlTags);
    EXPECT_TRUE(found.isEmpty()) << "Not the same HTML tags as the source:\n"
                                 << qPrintable(found.join(u'\n'));
}

TEST(GermanCatalog, GivesPluralTextsASingularAndAPlural)
{
    QStringList found;
    for (const Message& message : germanCatalog()) {
        if (message.finished && message.numerus && message.translations.size() != 2)
            found << named(message, message.translations.join(u" | "_qs));
    }
    EXPECT_TRUE(found.isEmpty()) << "Not two plural forms:\n" << qPrintable(found.join(u'\n'));
}

} // namespace
