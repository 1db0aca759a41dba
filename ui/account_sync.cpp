// SPDX-License-Identifier: GPL-3.0-or-later
#include "account_sync.h"

#include "session.h"
#include "store/workspace.h"

namespace hearken {

AccountSync::AccountSync(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    engine().setLiveUpdates(true);
    connect(&engine(), &SyncEngine::progress, this, [this](qint64, const SyncProgress& progress) {
        Q_EMIT statusChanged(tr("Syncing… %n fetched", nullptr, progress.fetched));
    });
    connect(&engine(), &SyncEngine::accountFinished, this,
            [this](qint64, const SyncOutcome& outcome) {
                if (outcome.kind == SyncOutcome::Kind::Ok)
                    Q_EMIT statusChanged(outcome.newItems > 0
                                             ? tr("%n new items", nullptr, outcome.newItems)
                                             : QString());
                else if (outcome.kind != SyncOutcome::Kind::Cancelled)
                    Q_EMIT statusChanged(outcome.message);
            });
}

AccountSync::~AccountSync()
{
    engine().cancel();
}

SyncEngine& AccountSync::engine()
{
    return m_session.sync();
}

bool AccountSync::isAvailable(const GuiEnvironment& environment)
{
    return environment.http && environment.vault && environment.nonces && environment.browser;
}

void AccountSync::start()
{
    if (m_session.isServedByService())
        Q_EMIT statusChanged(tr("The team's service syncs this workspace's accounts and sends "
                                "its replies."));
    else if (!m_session.isSample())
        engine().start();
}

} // namespace hearken
