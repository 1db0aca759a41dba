// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/workspace_ledger.h"

#include "store/workspace.h"
#include "sync/sync_log.h"
#include "triage/gratitude.h"

namespace hearken {

WorkspaceLedger::WorkspaceLedger(Workspace& workspace, qint64 accountId, Classify classify)
    : m_workspace(workspace)
    , m_accountId(accountId)
    , m_classify(std::move(classify))
{}

auto WorkspaceLedger::cursors() const -> Result<QHash<QString, QString>>
{
    auto cursors = m_workspace.syncState().cursors(m_accountId);
    if (!cursors)
        return tl::unexpected(cursors.error().message);
    return *std::move(cursors);
}

auto WorkspaceLedger::store(IngestBatch batch) -> Result<int>
{
    if (m_classify)
        m_classify(batch);
    for (OwnReply& reply : batch.ownReplies)
        reply.expressesThanks = reply.expressesThanks || expressesGratitude(reply.post.text);
    const auto written = m_workspace.ingest().write(batch);
    if (!written) {
        qCWarning(lcSync) << "account" << m_accountId
                          << "could not store a page:" << written.error().message;
        return tl::unexpected(written.error().message);
    }
    qCDebug(lcSync) << "account" << m_accountId << "stored" << batch.items.size() << "items,"
                    << written->newItemIds.size() << "new," << batch.ownReplies.size()
                    << "own replies," << batch.ownLikes.size() << "likes," << batch.retired.size()
                    << "retired," << batch.cursors.size() << "cursors";
    return int(written->newItemIds.size());
}

auto WorkspaceLedger::recentOpenRemoteIds(int limit) const -> Result<QStringList>
{
    auto ids = m_workspace.syncState().recentOpenRemoteIds(m_accountId, limit);
    if (!ids)
        return tl::unexpected(ids.error().message);
    return *std::move(ids);
}

} // namespace hearken
