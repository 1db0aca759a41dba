// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>

namespace hearken::net {

// The links of an RFC 8288 Link header by relation ("next", "prev"), resolved against `base`.
// Malformed parts are skipped.
QHash<QString, QUrl> parseLinkHeader(const QByteArray& header, const QUrl& base);

} // namespace hearken::net
