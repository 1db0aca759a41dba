// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/link_header.h"

#include <QRegularExpression>

namespace hearken::net {

QHash<QString, QUrl> parseLinkHeader(const QByteArray& header, const QUrl& base)
{
    static const QRegularExpression link(
        QStringLiteral("<([^>]*)>((?:\\s*;\\s*[^;,=]+\\s*=\\s*(?:\"[^\"]*\"|[^;,]*))*)"));
    static const QRegularExpression rel(QStringLiteral("rel\\s*=\\s*(?:\"([^\"]*)\"|([^;,\\s]+))"),
                                        QRegularExpression::CaseInsensitiveOption);
    QHash<QString, QUrl> links;
    const QString text = QString::fromLatin1(header.left(64 * 1024));
    auto matches = link.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const QUrl target = base.resolved(QUrl(match.captured(1), QUrl::StrictMode));
        if (!target.isValid())
            continue;
        const auto relation = rel.match(match.captured(2));
        if (!relation.hasMatch())
            continue;
        const QString names =
            relation.captured(1).isEmpty() ? relation.captured(2) : relation.captured(1);
        for (const QString& name : names.split(u' ', Qt::SkipEmptyParts)) {
            if (!links.contains(name.toLower()))
                links.insert(name.toLower(), target);
        }
    }
    return links;
}

} // namespace hearken::net
