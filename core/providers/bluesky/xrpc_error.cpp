// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/xrpc_error.h"

namespace hearken::bluesky {

namespace {

bool isSessionError(const QString& name)
{
    return name == QLatin1String("ExpiredToken") || name == QLatin1String("InvalidToken") ||
           name == QLatin1String("invalid_token") || name == QLatin1String("invalid_grant");
}

} // namespace

XrpcError XrpcError::fromHttp(const net::HttpError& error)
{
    XrpcError xrpc;
    xrpc.status = error.status;
    xrpc.name = error.serverError;
    xrpc.message = error.message;
    using Http = net::HttpError::Kind;
    switch (error.kind) {
    case Http::Unreachable:
    case Http::Timeout:
    case Http::Cancelled:
        xrpc.kind = Kind::Unreachable;
        break;
    case Http::RateLimited:
        xrpc.kind = Kind::RateLimited;
        if (error.retryAtMs)
            xrpc.retryAt = (*error.retryAtMs + 999) / 1000;
        break;
    case Http::Unauthorized:
        xrpc.kind = Kind::SignInNeeded;
        break;
    case Http::Http:
        xrpc.kind = error.status >= 500                 ? Kind::Unreachable
                    : isSessionError(error.serverError) ? Kind::SignInNeeded
                                                        : Kind::Rejected;
        break;
    case Http::Insecure:
        xrpc.kind = Kind::Rejected;
        break;
    case Http::Malformed:
    case Http::TooLarge:
        xrpc.kind = Kind::Malformed;
        break;
    }
    if (xrpc.message.isEmpty())
        xrpc.message = QStringLiteral("HTTP %1").arg(error.status);
    return xrpc;
}

XrpcError XrpcError::malformed(QString message)
{
    return XrpcError{Kind::Malformed, 0, {}, std::move(message), {}};
}

XrpcError XrpcError::cancelled()
{
    return XrpcError{Kind::Unreachable, 0, {}, QStringLiteral("The request was cancelled."), {}};
}

} // namespace hearken::bluesky
