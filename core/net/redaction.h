// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/http_message.h"

#include <QString>
#include <QUrl>

namespace hearken::net {

// The one place that decides what of a request may be logged. Values of secret headers
// (Authorization, DPoP, Cookie ...) and of secret URL query and form fields (access_token,
// code, code_verifier, client_secret, password ...) become "[redacted]"; names stay, so a log
// still shows what was sent.
inline constexpr QLatin1StringView redactedValue{"[redacted]"};

bool isSecretHeader(const QByteArray& name);
bool isSecretField(const QString& name);

// The URL without user info, with secret query values and any fragment replaced.
QString redactedUrl(const QUrl& url);
// Header lines as "Name: value", secret values replaced.
QString redactedHeaders(const HeaderList& headers);

} // namespace hearken::net
