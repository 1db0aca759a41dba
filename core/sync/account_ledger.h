// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ingest_batch.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <tl/expected.hpp>

namespace hearken {

// What a pass of one account's syncer reads of where the account stands, and where it hands
// the pages it mapped. The sync engine keeps one for each account; a provider sees only this,
// never the store. Errors are messages for the person reading.
class AccountLedger {
public:
    template <typename T>
    using Result = tl::expected<T, QString>;

    virtual ~AccountLedger() = default;

    // Every cursor of the account, by stream name.
    virtual Result<QHash<QString, QString>> cursors() const = 0;
    // Labels the batch's new items (tone, question) and our replies' thanks, then stores it with
    // its cursors in one transaction and announces what changed; the number of new items.
    virtual Result<int> store(IngestBatch batch) = 0;
    // Remote ids of the account's newest open (or snoozed) items, for re-checking edits and
    // deletions.
    virtual Result<QStringList> recentOpenRemoteIds(int limit) const = 0;
};

} // namespace hearken
