// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace hearken {

class Workspace;

// Indexes the posts waiting for the search (SearchIndexer) while the workspace rests: a
// moment after the last write that changed items, and from then on batch after batch, each its
// own short transaction, until none are left. Starts with what an earlier run left.
class IdleSearchIndexing : public QObject {
    Q_OBJECT
public:
    explicit IdleSearchIndexing(Workspace& workspace, QObject* parent = nullptr);

private:
    void indexBatch();

    Workspace& m_workspace;
    QTimer m_timer;
};

} // namespace hearken
