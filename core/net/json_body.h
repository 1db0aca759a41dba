// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/http_error.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hearken::net {

// The body as the JSON object or array the protocol promises; anything else (truncated,
// invalid, too deeply nested, the wrong shape) is a Malformed error naming the URL.
HttpResultOf<QJsonObject> jsonObject(const HttpResponse& response);
HttpResultOf<QJsonArray> jsonArray(const HttpResponse& response);

} // namespace hearken::net
