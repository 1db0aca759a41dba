// SPDX-License-Identifier: GPL-3.0-or-later
// AT Protocol rich text: link facets (UTF-8 byte offsets) and embeds of a post record, and
// the mention facets Hearken writes for a reply.
#include "fuzz_input.h"
#include "providers/bluesky/rich_text.h"

#include <QHash>
#include <QJsonDocument>

namespace {

using namespace hearken;

// Every facet covers exactly "@handle" in the UTF-8 text, whatever comes before it.
void checkMentions(const QString& text)
{
    const QStringList handles = mentionedHandles(text);
    QHash<QString, QString> didByHandle;
    for (const QString& handle : handles) {
        FUZZ_REQUIRE(!handle.isEmpty() && handle == handle.toLower());
        didByHandle.insert(handle, QStringLiteral("did:plc:") + handle);
    }
    const QByteArray utf8 = text.toUtf8();
    for (const QJsonValue& value : mentionFacets(text, didByHandle)) {
        const QJsonObject facet = value.toObject();
        const QJsonObject index = facet.value(QLatin1String("index")).toObject();
        const qint64 start = index.value(QLatin1String("byteStart")).toInteger(-1);
        const qint64 end = index.value(QLatin1String("byteEnd")).toInteger(-1);
        FUZZ_REQUIRE(start >= 0 && start < end && end <= utf8.size());
        const QString covered = QString::fromUtf8(utf8.mid(start, end - start)).toLower();
        FUZZ_REQUIRE(covered.startsWith(u'@'));
        const QString did = facet.value(QLatin1String("features"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QLatin1String("did"))
                                .toString();
        FUZZ_REQUIRE(did == didByHandle.value(covered.mid(1)));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    checkMentions(fuzz::text(data, size));
    checkMentions(fuzz::utf16Text(data, size));

    const QJsonObject record = QJsonDocument::fromJson(fuzz::bytes(data, size)).object();
    readableText(record, record.value(QLatin1String("view")).toObject());
    return 0;
}
