// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/http_test_deliverer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

#include <csignal>

namespace hearken::testing {

HttpTestDeliverer::HttpTestDeliverer(QUrl server, bool dieOnDeliver)
    : m_server(std::move(server))
    , m_dieOnDeliver(dieOnDeliver)
{}

void HttpTestDeliverer::deliver(const OutboxEntry& entry, Done done)
{
    if (m_dieOnDeliver)
        std::raise(SIGKILL);
    QNetworkRequest request(m_server.resolved(QUrl(u"/api/v1/statuses"_qs)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_qs);
    request.setRawHeader("Idempotency-Key", entry.idempotencyKey.toLatin1());
    const QJsonObject body{{u"status"_qs, entry.text},
                           {u"in_reply_to_id"_qs, entry.targetRemoteId}};
    QNetworkReply* reply =
        m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 200 && json.contains(u"id")) {
            done(DeliveryReceipt{json.value(u"id").toString(), json.value(u"url").toString(),
                                 QDateTime::currentSecsSinceEpoch()});
            return;
        }
        const auto kind =
            status == 422 ? DeliveryFailure::Kind::Rejected : DeliveryFailure::Kind::Temporary;
        done(tl::unexpected(DeliveryFailure{kind, reply->errorString(), std::nullopt}));
    });
}

} // namespace hearken::testing
