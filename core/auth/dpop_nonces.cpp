// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/dpop_nonces.h"

namespace hearken {

QString DpopNonces::origin(const QUrl& url)
{
    return url.scheme().toLower() + QStringLiteral("://") + url.host().toLower() + u':' +
           QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

QString DpopNonces::nonceFor(const QUrl& url) const
{
    return m_nonces.value(origin(url));
}

void DpopNonces::remember(const QUrl& url, const QString& nonce)
{
    if (!nonce.isEmpty())
        m_nonces.insert(origin(url), nonce);
}

} // namespace hearken
