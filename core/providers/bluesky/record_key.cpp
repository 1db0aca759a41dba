// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/record_key.h"

#include <QCryptographicHash>

namespace hearken::bluesky {

QString recordKeyFor(const QString& idempotencyKey, qint64 createdAtSeconds)
{
    static constexpr char alphabet[] = "234567abcdefghijklmnopqrstuvwxyz";
    const QByteArray hash = QCryptographicHash::hash(
        QByteArray("hearken-outbox-rkey:" + idempotencyKey.toUtf8()), QCryptographicHash::Sha256);
    quint64 random = 0;
    for (int i = 0; i < 8; ++i)
        random = (random << 8) | quint8(hash[i]);
    // A TID is 53 bits of microseconds since the epoch and a 10-bit clock id, top bit zero.
    // The seconds come from the entry; the microseconds and the clock id from the key.
    const quint64 seconds = quint64(qMax<qint64>(createdAtSeconds, 0)) % (quint64(1) << 33);
    const quint64 micros = seconds * 1'000'000 + (random >> 10) % 1'000'000;
    const quint64 value = ((micros & ((quint64(1) << 53) - 1)) << 10) | (random & 0x3ff);
    QString key(13, u'2');
    quint64 rest = value;
    for (int i = 12; i >= 0; --i) {
        key[i] = QLatin1Char(alphabet[rest & 31]);
        rest >>= 5;
    }
    return key;
}

} // namespace hearken::bluesky
