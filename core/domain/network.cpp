// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/network.h"

namespace hearken {

QStringList knownNetworks()
{
    return {u"mastodon"_qs, u"bluesky"_qs, u"youtube"_qs, u"reddit"_qs};
}

QString networkLabel(QStringView network)
{
    if (network == u"mastodon")
        return u"Mastodon"_qs;
    if (network == u"bluesky")
        return u"Bluesky"_qs;
    if (network == u"youtube")
        return u"YouTube"_qs;
    if (network == u"reddit")
        return u"Reddit"_qs;
    return network.toString();
}

} // namespace hearken
