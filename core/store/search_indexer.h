// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store_error.h"

namespace hearken {

class Database;

// Moves the posts the ingest writer lists for the search (posts_search_pending, migration
// 0018) into the search index, a batch per transaction, so that indexing stays off the
// ingest's own cost. Until then the search reads them itself. On PostgreSQL, whose ingest
// indexes as it writes (the GIN index batches by itself), and on a read-only workspace there
// is nothing to do.
class SearchIndexer {
public:
    // A batch takes a few tens of milliseconds: a person's action waits no longer.
    static constexpr int postsPerBatch = 5000;

    explicit SearchIndexer(Database& database);

    // Indexes the `posts` longest waiting in one transaction; how many it took off the list.
    StoreResult<int> indexBatch(int posts = postsPerBatch);
    // Indexes every post waiting, a batch per transaction, the batches grown or shrunk from
    // postsPerBatch until each takes about bulkTransactionAim; how many.
    StoreResult<int> indexAll();

private:
    Database& m_database;
};

} // namespace hearken
