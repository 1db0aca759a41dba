// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/redaction.h"

#include <QStringList>
#include <QUrlQuery>

#include <array>

namespace hearken::net {

namespace {

constexpr std::array secretHeaders{
    QLatin1StringView("authorization"),
    QLatin1StringView("proxy-authorization"),
    QLatin1StringView("dpop"),
    QLatin1StringView("cookie"),
    QLatin1StringView("set-cookie"),
    QLatin1StringView("x-csrf-token"),
    QLatin1StringView("atproto-proxy-token"),
};

// Field names whose values are secrets wherever they appear (query, form, callback).
constexpr std::array secretFields{
    QLatin1StringView("access_token"),
    QLatin1StringView("refresh_token"),
    QLatin1StringView("id_token"),
    QLatin1StringView("code"),
    QLatin1StringView("code_verifier"),
    QLatin1StringView("client_secret"),
    QLatin1StringView("client_assertion"),
    QLatin1StringView("password"),
    QLatin1StringView("accessJwt"),
    QLatin1StringView("refreshJwt"),
    QLatin1StringView("token"),
    QLatin1StringView("state"),
};

QString redactedQuery(QUrlQuery query)
{
    QUrlQuery kept;
    for (const auto& [name, value] : query.queryItems(QUrl::FullyEncoded)) {
        const QString decoded = QUrl::fromPercentEncoding(name.toUtf8());
        kept.addQueryItem(name, isSecretField(decoded) ? QString(redactedValue) : value);
    }
    return kept.query(QUrl::FullyEncoded);
}

} // namespace

bool isSecretHeader(const QByteArray& name)
{
    const QString lower = QString::fromLatin1(name).toLower();
    return std::find(secretHeaders.begin(), secretHeaders.end(), lower) != secretHeaders.end();
}

bool isSecretField(const QString& name)
{
    return std::find_if(secretFields.begin(), secretFields.end(), [&](QLatin1StringView secret) {
               return name.compare(secret, Qt::CaseInsensitive) == 0;
           }) != secretFields.end();
}

QString redactedUrl(const QUrl& url)
{
    QUrl shown = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment | QUrl::RemoveQuery);
    if (!url.hasQuery())
        return shown.toString(QUrl::FullyEncoded);
    return shown.toString(QUrl::FullyEncoded) + QLatin1Char('?') +
           redactedQuery(QUrlQuery(url.query(QUrl::FullyEncoded)));
}

QString redactedHeaders(const HeaderList& headers)
{
    QStringList lines;
    for (const auto& [name, value] : headers) {
        lines << QString::fromLatin1(name) + QLatin1String(": ") +
                     (isSecretHeader(name) ? QString(redactedValue) : QString::fromLatin1(value));
    }
    return lines.join(QLatin1String(", "));
}

} // namespace hearken::net
