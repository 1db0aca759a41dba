// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/rich_text.h"

#include <QRegularExpression>

#include <algorithm>

namespace hearken {

namespace {

QString str(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

const QRegularExpression& handlePattern()
{
    // A handle is a domain name; the mention starts at a word boundary.
    static const QRegularExpression pattern(QStringLiteral(
        R"((?:^|(?<=[\s(\[{"'“]))@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?))"));
    return pattern;
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
    auto matches = handlePattern().globalMatch(text);
    while (matches.hasNext()) {
        const QString handle = matches.next().captured(1).toLower();
        if (!handles.contains(handle))
            handles.append(handle);
    }
    return handles;
}

QJsonArray mentionFacets(const QString& text, const QHash<QString, QString>& didByHandle)
{
    QJsonArray facets;
    auto matches = handlePattern().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const QString did = didByHandle.value(match.captured(1).toLower());
        if (did.isEmpty())
            continue;
        // The match includes the '@'; offsets count UTF-8 bytes, not UTF-16 code units.
        const qint64 start = text.left(match.capturedStart(0)).toUtf8().size();
        const qint64 end = start + match.captured(0).toUtf8().size();
        facets.append(QJsonObject{
            {QStringLiteral("index"),
             QJsonObject{{QStringLiteral("byteStart"), start}, {QStringLiteral("byteEnd"), end}}},
            {QStringLiteral("features"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("$type"), QStringLiteral("app.bsky.richtext.facet#mention")},
                 {QStringLiteral("did"), did}}}},
        });
    }
    return facets;
}

} // namespace hearken
