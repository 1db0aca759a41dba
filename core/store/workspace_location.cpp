// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/workspace_location.h"

#include <QUrl>
#include <QUrlQuery>

namespace hearken {

WorkspaceLocation WorkspaceLocation::parse(const QString& text)
{
    WorkspaceLocation location;
    if (!text.startsWith(u"postgresql://") && !text.startsWith(u"postgres://")) {
        location.file = text;
        return location;
    }
    const QUrl url(text);
    location.engine = Engine::Postgresql;
    location.host = url.host();
    location.port = url.port();
    location.user = url.userName();
    location.password = url.password();
    location.database = url.path().mid(1);
    QStringList options;
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        options << key + u'=' + value;
    location.connectOptions = options.join(u';');
    return location;
}

QString WorkspaceLocation::shown() const
{
    if (engine == Engine::Sqlite)
        return file;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(u'/' + database);
    if (!connectOptions.isEmpty())
        url.setQuery(QString(connectOptions).replace(u';', u'&'));
    return url.toString();
}

} // namespace hearken
