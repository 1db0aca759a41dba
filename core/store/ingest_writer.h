// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ingest_batch.h"
#include "store/store_error.h"

#include <QHash>
#include <QList>

#include <chrono>

namespace hearken {

class ChangeNotifier;
class Database;

// How writeInParts() cuts a batch: parts of `items` items, or, with an `aim`, parts grown or
// shrunk from there so that each transaction takes about that long, whatever the machine and
// however large the workspace has grown; writeInParts() then leaves in `items` the size it came
// to, for the next batch to start from.
struct IngestParts {
    int items = 500;
    std::chrono::milliseconds aim{0};
};

struct IngestResult {
    QList<qint64> newItemIds;
    int ownReplies = 0;
    int retired = 0;
};

// Stores what arrives from the networks: people, posts, queue rows, and the effect of our
// own replies on the items they answer.
class IngestWriter {
public:
    IngestWriter(Database& database, ChangeNotifier& changes);

    StoreResult<IngestResult> write(const IngestBatch& batch);
    // Writes a large batch as one transaction per part (the context first, what refers to
    // the items last), pausing between them so that a waiting writer gets its turn: a bulk
    // import must never make a person's action fail as "locked".
    StoreResult<IngestResult> writeInParts(const IngestBatch& batch, IngestParts& parts);

private:
    // One transaction; announces the items it added, and adds the queue rows it touched to
    // `changed` for ChangeNotifier::announceChanged(). `people` holds the ids of the people
    // the batch's earlier transactions met, and gains those this one meets.
    StoreResult<IngestResult> writeTransaction(const IngestBatch& batch, QList<qint64>& changed,
                                               QHash<QString, qint64>& people);

    Database& m_database;
    ChangeNotifier& m_changes;
};

} // namespace hearken
