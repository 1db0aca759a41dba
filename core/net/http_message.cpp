// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/http_message.h"

namespace hearken::net {

namespace {

QByteArray find(const HeaderList& headers, const QByteArray& name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

void HttpRequest::setHeader(const QByteArray& name, const QByteArray& value)
{
    headers.removeIf([&name](const auto& header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
    headers.append({name, value});
}

QByteArray HttpRequest::header(const QByteArray& name) const
{
    return find(headers, name);
}

bool HttpRequest::isIdempotent() const
{
    if (idempotent)
        return *idempotent;
    if (!header(QByteArrayLiteral("Idempotency-Key")).isEmpty())
        return true;
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE" ||
           method == "OPTIONS";
}

HttpRequest HttpRequest::get(const QUrl& url)
{
    HttpRequest request;
    request.url = url;
    return request;
}

HttpRequest HttpRequest::postForm(const QUrl& url, const QByteArray& form)
{
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = url;
    request.body = form;
    request.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    return request;
}

HttpRequest HttpRequest::postJson(const QUrl& url, const QByteArray& json)
{
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = url;
    request.body = json;
    request.contentType = QByteArrayLiteral("application/json");
    return request;
}

QByteArray HttpResponse::header(const QByteArray& name) const
{
    return find(headers, name);
}

} // namespace hearken::net
