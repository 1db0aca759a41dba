// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <tl/expected.hpp>

#include <optional>

namespace hearken::net {

// Whether the host is this machine (127.0.0.0/8, ::1, "localhost").
bool isLoopbackHost(const QString& host);

// Why Hearken will not talk to this URL, or nothing when it may: https to public hosts, plain
// http only to loopback addresses (tests and development); never an address of a private or
// reserved network (10.0.0.0/8, 192.168.0.0/16, link-local, ...), never with a user name or
// password in it. Decided from the URL alone: nothing is looked up or connected to.
std::optional<QString> refusalOf(const QUrl& url);

// A server address as a person types it ("mastodon.social", "https://x.y/", "http://127.0.0.1:
// 8080") made into a base URL with no path, https unless a scheme was given; or, when Hearken
// will not use it, why (in words for the person who typed it).
tl::expected<QUrl, QString> serverBaseUrl(const QString& typed);

} // namespace hearken::net
