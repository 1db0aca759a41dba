// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/json_body.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace hearken::net {

namespace {

HttpResultOf<QJsonDocument> parse(const HttpResponse& response)
{
    QJsonParseError error{};
    QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    if (error.error != QJsonParseError::NoError) {
        auto failure = httpError(
            HttpError::Kind::Malformed,
            QCoreApplication::translate("hearken::net", "%1 answered with unreadable data (%2).")
                .arg(response.url.host(), error.errorString()));
        failure.value().status = response.status;
        failure.value().response = response;
        return failure;
    }
    return document;
}

// `sentence` says what was expected of %1, the host.
tl::unexpected<HttpError> wrongShape(const HttpResponse& response, const QString& sentence)
{
    auto failure = httpError(HttpError::Kind::Malformed, sentence.arg(response.url.host()));
    failure.value().status = response.status;
    return failure;
}

} // namespace

HttpResultOf<QJsonObject> jsonObject(const HttpResponse& response)
{
    auto document = parse(response);
    if (!document)
        return tl::unexpected(document.error());
    if (!document->isObject())
        return wrongShape(response, QCoreApplication::translate(
                                        "hearken::net", "%1 answered with data of the wrong shape "
                                                        "(expected a JSON object)."));
    return document->object();
}

HttpResultOf<QJsonArray> jsonArray(const HttpResponse& response)
{
    auto document = parse(response);
    if (!document)
        return tl::unexpected(document.error());
    if (!document->isArray())
        return wrongShape(response, QCoreApplication::translate(
                                        "hearken::net", "%1 answered with data of the wrong shape "
                                                        "(expected a JSON array)."));
    return document->array();
}

} // namespace hearken::net
