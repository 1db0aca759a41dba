// SPDX-License-Identifier: GPL-3.0-or-later
// Mastodon's REST answers: statuses with their accounts, notifications, thread contexts.
#include "fuzz_input.h"
#include "net/json_body.h"
#include "providers/mastodon/mastodon_json.h"

namespace {

using namespace hearken;

const mastodon::Viewpoint viewpoint{7, QUrl(QStringLiteral("https://mastodon.example:8443")),
                                    QStringLiteral("1")};

void check(const mastodon::Status& status)
{
    FUZZ_REQUIRE(!status.localId.isEmpty());
    FUZZ_REQUIRE(status.post.remoteId == mastodon::qualifiedId(status.localId, viewpoint.server));
    FUZZ_REQUIRE(mastodon::localId(status.post.remoteId, viewpoint.server) == status.localId);
    FUZZ_REQUIRE(status.post.author.remoteId.contains(u'@'));
    FUZZ_REQUIRE(status.post.accountId == viewpoint.accountId);
}

void check(const QList<mastodon::Status>& statuses)
{
    for (const mastodon::Status& status : statuses)
        check(status);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const net::HttpResponse response =
        fuzz::okAnswer(QStringLiteral("https://mastodon.example:8443/api/v1/notifications"),
                       fuzz::bytes(data, size));
    if (auto array = net::jsonArray(response)) {
        int skipped = 0;
        const auto statuses = mastodon::readStatuses(*array, viewpoint, &skipped);
        check(statuses);
        FUZZ_REQUIRE(statuses.size() + skipped == array->size());
        skipped = 0;
        const auto notifications = mastodon::readNotifications(*array, viewpoint, &skipped);
        FUZZ_REQUIRE(notifications.size() + skipped == array->size());
        for (const auto& notification : notifications) {
            FUZZ_REQUIRE(!notification.id.isEmpty() && !notification.type.isEmpty());
            if (notification.status)
                check(*notification.status);
        }
    }
    if (auto object = net::jsonObject(response)) {
        if (auto status = mastodon::readStatus(*object, viewpoint))
            check(*status);
        if (auto notification = mastodon::readNotification(*object, viewpoint);
            notification && notification->status)
            check(*notification->status);
        int skipped = 0;
        const auto context = mastodon::readContext(*object, viewpoint, &skipped);
        check(context.ancestors);
        check(context.descendants);
    }
    return 0;
}
