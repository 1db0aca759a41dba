// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/rich_text.h"

#include "providers/bluesky/top_level_domains.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace hearken::bluesky {

namespace {

QString str(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

// The patterns of @atproto/api (packages/api/src/rich-text/util.ts) in PCRE: JavaScript's \s
// spelled out (PCRE's differs), ASCII letters instead of the /i flag (PCRE would also match
// the Kelvin sign and the long s), and \z for JavaScript's $.
const QString jsSpace = QStringLiteral(
    R"(\t\n\x{0B}\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF})");
// What a tag never contains besides spaces: zero-width characters and the keycap mark.
const QString tagBreak =
    QStringLiteral(R"(\x{AD}\x{2060}\x{200A}\x{200B}\x{200C}\x{200D}\x{20E2})");

QRegularExpression
jsPattern(QString pattern,
          QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption)
{
    pattern.replace(QLatin1String("SPACE"), jsSpace).replace(QLatin1String("BREAK"), tagBreak);
    return QRegularExpression(pattern, options);
}

const QRegularExpression& mentionPattern()
{
    static const QRegularExpression pattern =
        jsPattern(QStringLiteral(R"((^|[SPACE]|\()@([a-zA-Z0-9.-]+)\b)"));
    return pattern;
}

const QRegularExpression& linkPattern()
{
    static const QRegularExpression pattern = jsPattern(
        QStringLiteral(
            R"((^|[SPACE]|\()(([hH][tT][tT][pP][sS]?://[^SPACE]+)|((?<domain>[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)+)[^SPACE]*)))"),
        QRegularExpression::MultilineOption);
    return pattern;
}

const QRegularExpression& tagPattern()
{
    static const QRegularExpression pattern = jsPattern(QStringLiteral(
        R"((^|[SPACE])[#\x{FF03}]((?!\x{FE0F})[^SPACEBREAK]*[^\dSPACE\p{P}BREAK]+[^SPACEBREAK]*)?)"));
    return pattern;
}

const QRegularExpression& cashtagPattern()
{
    static const QRegularExpression pattern = jsPattern(QStringLiteral(
        R"re((^|[SPACE]|\()\$([A-Za-z][A-Za-z0-9]{0,4})(?=[SPACE]|\z|[.,;:!?)"'\x{2019}]))re"));
    return pattern;
}

// isValidDomain of detection.ts: the domain ends in a top-level domain of the list.
bool isValidDomain(const QString& domain)
{
    const qsizetype dot = domain.lastIndexOf(u'.');
    return dot >= 0 && isKnownTopLevelDomain(QStringView(domain).mid(dot + 1));
}

bool isMentionable(const QString& handle)
{
    return isValidDomain(handle) || handle.endsWith(QLatin1String(".test"));
}

struct LinkSpan {
    qint64 byteStart = 0;
    qint64 byteEnd = 0;
    QString uri;
};

// Replaces shortened link text with the full address the link facet points to.
QString expandLinks(const QString& text, const QJsonArray& facets)
{
    const QByteArray utf8 = text.toUtf8();
    QList<LinkSpan> links;
    for (const QJsonValue& facetValue : facets) {
        const QJsonObject facet = facetValue.toObject();
        const QJsonObject index = facet.value(QLatin1String("index")).toObject();
        const qint64 start = index.value(QLatin1String("byteStart")).toInteger(-1);
        const qint64 end = index.value(QLatin1String("byteEnd")).toInteger(-1);
        if (start < 0 || end <= start || end > utf8.size())
            continue;
        for (const QJsonValue& featureValue : facet.value(QLatin1String("features")).toArray()) {
            const QJsonObject feature = featureValue.toObject();
            if (str(feature, "$type") == QLatin1String("app.bsky.richtext.facet#link") &&
                !str(feature, "uri").isEmpty())
                links.append({start, end, str(feature, "uri")});
        }
    }
    std::sort(links.begin(), links.end(),
              [](const LinkSpan& a, const LinkSpan& b) { return a.byteStart < b.byteStart; });
    QByteArray result;
    qint64 at = 0;
    for (const LinkSpan& link : links) {
        if (link.byteStart < at)
            continue; // overlapping facets: keep the first
        result += utf8.mid(at, link.byteStart - at);
        result += link.uri.toUtf8();
        at = link.byteEnd;
    }
    result += utf8.mid(at);
    return QString::fromUtf8(result);
}

QString describeImages(const QJsonArray& images)
{
    QStringList parts;
    for (const QJsonValue& image : images) {
        const QString alt = str(image.toObject(), "alt").simplified();
        parts.append(alt.isEmpty() ? QStringLiteral("[Image]")
                                   : QStringLiteral("[Image: %1]").arg(alt));
    }
    return parts.join(u' ');
}

QString describeQuote(const QJsonObject& recordView, const QJsonObject& recordRef)
{
    const QString handle = str(recordView.value(QLatin1String("author")).toObject(), "handle");
    const QString text = str(recordView.value(QLatin1String("value")).toObject(), "text");
    if (!handle.isEmpty())
        return QStringLiteral("[Quoting @%1: %2]").arg(handle, text.simplified());
    return QStringLiteral("[Quoting %1]").arg(str(recordRef, "uri"));
}

// The embed in words; the view (from the AppView) adds names and texts the record lacks.
QString describeEmbed(const QJsonObject& embed, const QJsonObject& view)
{
    const QString type = str(embed, "$type");
    if (type == QLatin1String("app.bsky.embed.images"))
        return describeImages(embed.value(QLatin1String("images")).toArray());
    if (type == QLatin1String("app.bsky.embed.video"))
        return str(embed, "alt").isEmpty() ? QStringLiteral("[Video]")
                                           : QStringLiteral("[Video: %1]").arg(str(embed, "alt"));
    if (type == QLatin1String("app.bsky.embed.external")) {
        const QJsonObject external = embed.value(QLatin1String("external")).toObject();
        const QString title = str(external, "title").simplified();
        return title.isEmpty() ? QStringLiteral("[Link: %1]").arg(str(external, "uri"))
                               : QStringLiteral("[Link: %1 – %2]").arg(title, str(external, "uri"));
    }
    if (type == QLatin1String("app.bsky.embed.record"))
        return describeQuote(view.value(QLatin1String("record")).toObject(),
                             embed.value(QLatin1String("record")).toObject());
    if (type == QLatin1String("app.bsky.embed.recordWithMedia")) {
        const QJsonObject record = embed.value(QLatin1String("record")).toObject();
        const QJsonObject recordView = view.value(QLatin1String("record")).toObject();
        return describeEmbed(embed.value(QLatin1String("media")).toObject(),
                             view.value(QLatin1String("media")).toObject()) +
               u' ' +
               describeQuote(recordView.value(QLatin1String("record")).toObject(),
                             record.value(QLatin1String("record")).toObject());
    }
    return {};
}

} // namespace

QString readableText(const QJsonObject& record, const QJsonObject& embedView)
{
    QString text =
        expandLinks(str(record, "text"), record.value(QLatin1String("facets")).toArray());
    const QString embed = describeEmbed(record.value(QLatin1String("embed")).toObject(), embedView);
    if (!embed.isEmpty())
        text += text.isEmpty() ? embed : u'\n' + embed;
    return text;
}

QStringList mentionedHandles(const QString& text)
{
    QStringList handles;
    auto matches = mentionPattern().globalMatch(text);
    while (matches.hasNext()) {
        const QString handle = matches.next().captured(2);
        if (isMentionable(handle) && !handles.contains(handle.toLower()))
            handles.append(handle.toLower());
    }
    return handles;
}

namespace {

struct FoundFacet {
    qsizetype start = 0; // UTF-16 code units
    qsizetype end = 0;
    QJsonObject feature;
};

QJsonObject feature(const char* type, const char* key, const QString& value)
{
    return {{QStringLiteral("$type"), QLatin1String(type)}, {QLatin1String(key), value}};
}

void findMentions(const QString& text, const QHash<QString, QString>& didByHandle,
                  QList<FoundFacet>& found)
{
    auto matches = mentionPattern().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const QString handle = match.captured(2);
        const QString did = didByHandle.value(handle.toLower());
        if (!isMentionable(handle) || did.isEmpty())
            continue;
        const qsizetype at = match.capturedStart(2) - 1; // the '@'
        found.append(
            {at, match.capturedEnd(2), feature("app.bsky.richtext.facet#mention", "did", did)});
    }
}

void findLinks(const QString& text, QList<FoundFacet>& found)
{
    auto matches = linkPattern().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        QString uri = match.captured(2);
        // detection.ts checks for "http" only, so it leaves "httpbin.org" without a scheme,
        // which the PDS refuses as no URI; Hearken gives it https:// like any other domain.
        if (!uri.startsWith(QLatin1String("http://")) &&
            !uri.startsWith(QLatin1String("https://"))) {
            const QString domain = match.captured(QStringLiteral("domain"));
            if (domain.isEmpty() || !isValidDomain(domain))
                continue;
            uri.prepend(QLatin1String("https://"));
        }
        qsizetype end = match.capturedEnd(2);
        static const QString trailing = QStringLiteral(".,;:!?");
        if (trailing.contains(uri.back())) {
            uri.chop(1);
            --end;
        }
        if (uri.endsWith(u')') && !uri.contains(u'(')) {
            uri.chop(1);
            --end;
        }
        found.append(
            {match.capturedStart(2), end, feature("app.bsky.richtext.facet#link", "uri", uri)});
    }
}

qsizetype graphemes(const QString& text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype count = 0;
    while (finder.toNextBoundary() > 0)
        ++count;
    return count;
}

void findTags(const QString& text, QList<FoundFacet>& found)
{
    static const QRegularExpression trailingPunctuation(QStringLiteral(R"(\p{P}+\z)"));
    auto matches = tagPattern().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        QString tag = match.captured(2);
        tag.remove(trailingPunctuation);
        // The lexicon's limit: 64 graphemes (never more than the UTF-16 length).
        if (tag.isEmpty() || (tag.size() > 64 && graphemes(tag) > 64))
            continue;
        const qsizetype at = match.capturedEnd(1); // the '#'
        found.append({at, at + 1 + tag.size(), feature("app.bsky.richtext.facet#tag", "tag", tag)});
    }
    auto cashtags = cashtagPattern().globalMatch(text);
    while (cashtags.hasNext()) {
        const QRegularExpressionMatch match = cashtags.next();
        const QString ticker = match.captured(2).toUpper();
        const qsizetype at = match.capturedEnd(1); // the '$'
        found.append({at, at + 1 + ticker.size(),
                      feature("app.bsky.richtext.facet#tag", "tag", u'$' + ticker)});
    }
}

} // namespace

QJsonArray detectFacets(const QString& text, const QHash<QString, QString>& didByHandle)
{
    QList<FoundFacet> found;
    findMentions(text, didByHandle, found);
    findLinks(text, found);
    findTags(text, found);
    // Sorted like RichText.detectFacets: by start, in the order found when two start together.
    std::stable_sort(found.begin(), found.end(),
                     [](const FoundFacet& a, const FoundFacet& b) { return a.start < b.start; });
    QJsonArray facets;
    for (const FoundFacet& facet : std::as_const(found)) {
        // Offsets count UTF-8 bytes, not UTF-16 code units.
        const qint64 start = QStringView(text).left(facet.start).toUtf8().size();
        const qint64 end = QStringView(text).left(facet.end).toUtf8().size();
        facets.append(QJsonObject{
            {QStringLiteral("index"),
             QJsonObject{{QStringLiteral("byteStart"), start}, {QStringLiteral("byteEnd"), end}}},
            {QStringLiteral("features"), QJsonArray{facet.feature}},
        });
    }
    return facets;
}

} // namespace hearken::bluesky
