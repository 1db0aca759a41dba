// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/idle_search_indexing.h"

#include "store/store_log.h"
#include "store/workspace.h"

namespace hearken {

namespace {

// How long the workspace rests before the first batch; a sync writes its pages closer
// together than this.
constexpr int restMs = 1000;
// Between batches: time for the window's own reads and writes.
constexpr int betweenBatchesMs = 50;

} // namespace

IdleSearchIndexing::IdleSearchIndexing(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleSearchIndexing::indexBatch);
    const auto rest = [this] { m_timer.start(restMs); };
    connect(&workspace.changes(), &ChangeNotifier::itemsChanged, this, rest);
    connect(&workspace.changes(), &ChangeNotifier::queueReset, this, rest);
    rest();
}

void IdleSearchIndexing::indexBatch()
{
    auto indexed = m_workspace.searchIndexer().indexBatch();
    // The posts stay listed, and searchable, until a later batch succeeds.
    if (!indexed)
        qCWarning(lcStore) << "Indexing for the search failed:" << indexed.error().message;
    else if (*indexed == SearchIndexer::postsPerBatch)
        m_timer.start(betweenBatchesMs);
}

} // namespace hearken
