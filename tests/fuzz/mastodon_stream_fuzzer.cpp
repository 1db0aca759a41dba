// SPDX-License-Identifier: GPL-3.0-or-later
// The streaming API: its event frames, and the instance answer that says where it lives.
#include "fuzz_input.h"
#include "net/json_body.h"
#include "net/url_policy.h"
#include "providers/mastodon/mastodon_stream.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace hearken;
    const QString frame = fuzz::text(data, size);
    if (mastodon::changesInbox(frame))
        FUZZ_REQUIRE(QJsonDocument::fromJson(frame.toUtf8()).isObject());

    net::HttpResponse instance;
    instance.status = 200;
    instance.url = QUrl(QStringLiteral("https://mastodon.example/api/v2/instance"));
    instance.body = fuzz::bytes(data, size);
    const auto json = net::jsonObject(instance);
    for (const char* server : {"https://mastodon.example", "http://127.0.0.1:3000"}) {
        const auto base =
            mastodon::streamingUrl(json ? *json : QJsonObject(), QUrl(QString::fromLatin1(server)));
        if (!base)
            continue;
        FUZZ_REQUIRE(!base->host().isEmpty());
        // Plain ws only to this machine, the rule for plain http.
        FUZZ_REQUIRE(base->scheme() == u"wss" ||
                     (base->scheme() == u"ws" && net::isLoopbackHost(base->host())));
    }
    return 0;
}
