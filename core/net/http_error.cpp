// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/http_error.h"

#include "domain/safe_text.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hearken::net {

QString kindName(HttpError::Kind kind)
{
    switch (kind) {
    case HttpError::Kind::Unreachable:
        return QStringLiteral("unreachable");
    case HttpError::Kind::Timeout:
        return QStringLiteral("timeout");
    case HttpError::Kind::Http:
        return QStringLiteral("http");
    case HttpError::Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case HttpError::Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case HttpError::Kind::Malformed:
        return QStringLiteral("malformed");
    case HttpError::Kind::TooLarge:
        return QStringLiteral("too-large");
    case HttpError::Kind::Insecure:
        return QStringLiteral("insecure");
    case HttpError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

void readServerError(const QByteArray& body, HttpError& error)
{
    const QJsonDocument document = QJsonDocument::fromJson(body.left(64 * 1024));
    if (!document.isObject())
        return;
    const QJsonObject object = document.object();
    const QString code = object.value(QLatin1String("error")).toString();
    QString description = object.value(QLatin1String("error_description")).toString();
    if (description.isEmpty())
        description = object.value(QLatin1String("message")).toString();
    error.serverError = safeText(code);
    // Servers put the human words either in error (Mastodon) or beside a code.
    const QString words = safeText(description.isEmpty() ? code : description);
    if (!words.isEmpty())
        error.message = words.left(500);
}

} // namespace hearken::net
