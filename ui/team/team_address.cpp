// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/team_address.h"

#include "store/workspace_location.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace hearken {

namespace {

const QString sslModeKey = QStringLiteral("sslmode");
const QString caFileKey = QStringLiteral("sslrootcert");
constexpr int defaultPort = 5432;

QUrl baseUrl(const TeamAddress& address)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(address.user);
    url.setHost(address.host);
    url.setPort(address.port);
    url.setPath(u'/' + address.database);
    return url;
}

} // namespace

bool TeamAddress::isTeamUri(const QString& text)
{
    return WorkspaceLocation::parse(text).engine == Engine::Postgresql;
}

TeamAddress TeamAddress::fromUri(const QString& uri)
{
    const WorkspaceLocation location = WorkspaceLocation::parse(uri);
    TeamAddress address;
    address.host = location.host;
    address.port = location.port > 0 ? location.port : defaultPort;
    address.database = location.database;
    address.user = location.user;
    for (const auto& [key, value] : QUrlQuery(QUrl(uri)).queryItems(QUrl::FullyDecoded)) {
        if (key == sslModeKey)
            address.sslMode = value;
        else if (key == caFileKey)
            address.caFile = value;
        else
            address.otherOptions.append({key, value});
    }
    return address;
}

QString TeamAddress::uri() const
{
    QUrl url = baseUrl(*this);
    QUrlQuery query;
    query.addQueryItem(sslModeKey, sslMode);
    if (!caFile.isEmpty())
        query.addQueryItem(caFileKey, caFile);
    for (const auto& [key, value] : otherOptions)
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url.toString();
}

QString TeamAddress::passwordKey() const
{
    return baseUrl(*this).toString();
}

QString TeamAddress::title() const
{
    return QCoreApplication::translate("hearken::TeamAddress", "%1 on %2").arg(database, host);
}

} // namespace hearken
