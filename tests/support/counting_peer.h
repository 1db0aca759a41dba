// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTcpServer>

namespace hearken::testing {

// TEST ONLY: a loopback HTTP peer for `POST /api/v1/statuses` that keeps posts the way
// Mastodon does with an Idempotency-Key: a repeated key gets the post it created the first
// time. While holding, a request is received and its post created, but no answer is sent:
// the moment a crash loses the acknowledgement.
class CountingPeer : public QObject {
    Q_OBJECT
public:
    explicit CountingPeer(QObject* parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    void setHolding(bool holding) { m_holding = holding; }
    // Answers 422, as Mastodon does for a reply it will not take.
    void setRefusing(bool refusing) { m_refusing = refusing; }
    // Answers 200 with a body that is not JSON.
    void setGarbage(bool garbage) { m_garbage = garbage; }

    int requests() const { return int(m_keys.size()); }
    // Posts created: one per distinct idempotency key.
    int posts() const { return int(m_postByKey.size()); }
    const QStringList& keys() const { return m_keys; }
    QString postFor(const QString& key) const { return m_postByKey.value(key); }

Q_SIGNALS:
    void requestReceived();

private:
    void serve(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const QByteArray& request);

    QTcpServer m_server;
    bool m_holding = false;
    bool m_refusing = false;
    bool m_garbage = false;
    QStringList m_keys;
    QHash<QString, QString> m_postByKey;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace hearken::testing
