// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/url_policy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace hearken::net {

bool isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<QString> refusalOf(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("hearken::net", "\"%1\" is not a valid web address.")
            .arg(url.toDisplayString());
    if (url.scheme() == u"https")
        return std::nullopt;
    if (url.scheme() == u"http" && isLoopbackHost(url.host()))
        return std::nullopt;
    return QCoreApplication::translate("hearken::net",
                                       "Hearken only talks to %1 over https; plain http is "
                                       "allowed for this computer's own addresses only.")
        .arg(url.host());
}

std::optional<QUrl> serverBaseUrl(const QString& typed)
{
    QString text = typed.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (!text.contains(u"://"))
        text.prepend(u"https://");
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return std::nullopt;
    url.setPath(QString());
    url.setQuery(QString());
    url.setFragment(QString());
    url.setHost(url.host().toLower());
    return url;
}

} // namespace hearken::net
