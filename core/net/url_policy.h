// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace hearken::net {

// Whether the host is this machine (127.0.0.0/8, ::1, "localhost").
bool isLoopbackHost(const QString& host);

// Why Hearken will not talk to this URL, or nothing when it may: https anywhere, plain http
// only to loopback addresses (tests and development).
std::optional<QString> refusalOf(const QUrl& url);

// A server address as a person types it ("mastodon.social", "https://x.y/", "http://127.0.0.1:
// 8080") made into a base URL with no path; https unless a scheme was given.
std::optional<QUrl> serverBaseUrl(const QString& typed);

} // namespace hearken::net
