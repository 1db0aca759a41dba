// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/account_ledger.h"

#include <functional>

namespace hearken {

class Workspace;

// Labels the tone of new items (ToneTriage::classify, say); may be empty.
using Classify = std::function<void(IngestBatch&)>;

// One account's ledger in a workspace: the pipeline every network shares (classify, detect
// our thanks, write posts, queue rows and cursors in one transaction, announce).
class WorkspaceLedger : public AccountLedger {
public:
    WorkspaceLedger(Workspace& workspace, qint64 accountId, Classify classify);

    Result<QHash<QString, QString>> cursors() const override;
    Result<int> store(IngestBatch batch) override;
    Result<QStringList> recentOpenRemoteIds(int limit) const override;

private:
    Workspace& m_workspace;
    qint64 m_accountId;
    Classify m_classify;
};

} // namespace hearken
