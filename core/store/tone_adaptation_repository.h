// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store_error.h"

#include <QByteArray>

namespace hearken {

class Database;

// The workspace's learned correction of the tone classifier, as opaque bytes.
class ToneAdaptationRepository {
public:
    explicit ToneAdaptationRepository(Database& database);

    // Empty when nobody has corrected the classifier yet (or after a reset).
    StoreResult<QByteArray> load() const;
    StoreResult<void> save(const QByteArray& layer, int corrections, qint64 now);
    StoreResult<void> reset();
    // Stores `layer` (empty: the shipped model again) only while the stored layer is still
    // `expected`, in one transaction. False, changing nothing, when someone changed it since.
    StoreResult<bool> replace(const QByteArray& expected, const QByteArray& layer, int corrections,
                              qint64 now);

private:
    Database& m_database;
};

} // namespace hearken
