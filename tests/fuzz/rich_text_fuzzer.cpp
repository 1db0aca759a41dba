// SPDX-License-Identifier: GPL-3.0-or-later
// AT Protocol rich text: link facets (UTF-8 byte offsets) and embeds of a post record, and
// the mention, link and tag facets Hearken writes for a reply.
#include "fuzz_input.h"
#include "providers/bluesky/rich_text.h"

#include <QHash>
#include <QJsonDocument>

namespace {

using namespace hearken;
using namespace hearken::bluesky;

// Every facet covers exactly what it stands for in the UTF-8 text, whatever comes before it:
// "@handle" for a mention, the address for a link, "#tag" (or "$TICKER") for a tag.
void checkFacets(const QString& text)
{
    const QStringList handles = mentionedHandles(text);
    QHash<QString, QString> didByHandle;
    for (const QString& handle : handles) {
        FUZZ_REQUIRE(!handle.isEmpty() && handle == handle.toLower());
        didByHandle.insert(handle, QStringLiteral("did:plc:") + handle);
    }
    const QByteArray utf8 = text.toUtf8();
    qint64 previousStart = 0;
    for (const QJsonValue& value : detectFacets(text, didByHandle)) {
        const QJsonObject facet = value.toObject();
        const QJsonObject index = facet.value(QLatin1String("index")).toObject();
        const qint64 start = index.value(QLatin1String("byteStart")).toInteger(-1);
        const qint64 end = index.value(QLatin1String("byteEnd")).toInteger(-1);
        FUZZ_REQUIRE(start >= previousStart && start < end && end <= utf8.size());
        previousStart = start;
        const QString covered = QString::fromUtf8(utf8.mid(start, end - start));
        const QJsonObject feature =
            facet.value(QLatin1String("features")).toArray().first().toObject();
        const QString type = feature.value(QLatin1String("$type")).toString();
        if (type == u"app.bsky.richtext.facet#mention") {
            FUZZ_REQUIRE(covered.startsWith(u'@'));
            FUZZ_REQUIRE(feature.value(QLatin1String("did")).toString() ==
                         didByHandle.value(covered.mid(1).toLower()));
        } else if (type == u"app.bsky.richtext.facet#link") {
            const QString uri = feature.value(QLatin1String("uri")).toString();
            FUZZ_REQUIRE(uri == covered || uri == QStringLiteral("https://") + covered);
        } else {
            FUZZ_REQUIRE(type == u"app.bsky.richtext.facet#tag");
            const QString tag = feature.value(QLatin1String("tag")).toString();
            FUZZ_REQUIRE(covered.mid(1) == tag ||
                         (covered.startsWith(u'$') && u'$' + covered.mid(1).toUpper() == tag));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    checkFacets(fuzz::text(data, size));
    checkFacets(fuzz::utf16Text(data, size));

    const QJsonObject record = QJsonDocument::fromJson(fuzz::bytes(data, size)).object();
    readableText(record, record.value(QLatin1String("view")).toObject());
    return 0;
}
