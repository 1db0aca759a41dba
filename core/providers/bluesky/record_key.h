// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hearken::bluesky {

// A record key in TID form (13 characters, base32-sortable) derived only from an outbox entry's
// idempotency key and creation time, so every attempt to send the entry writes the same record
// and a retry after a lost answer finds it instead of posting twice.
QString recordKeyFor(const QString& idempotencyKey, qint64 createdAtSeconds);

} // namespace hearken::bluesky
