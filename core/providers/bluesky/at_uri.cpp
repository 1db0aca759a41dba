// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/at_uri.h"

#include <QStringList>

namespace hearken::bluesky {

std::optional<AtUri> AtUri::parse(const QString& text)
{
    static const QString scheme = QStringLiteral("at://");
    if (!text.startsWith(scheme))
        return std::nullopt;
    const QStringList parts = text.mid(scheme.size()).split(u'/');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty())
        return std::nullopt;
    return AtUri{parts[0], parts[1], parts[2]};
}

QString AtUri::toString() const
{
    return QStringLiteral("at://%1/%2/%3").arg(repo, collection, rkey);
}

} // namespace hearken::bluesky
