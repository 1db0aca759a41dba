// SPDX-License-Identifier: GPL-3.0-or-later
#include "account_sync.h"

#include "providers/provider_registry.h"
#include "session.h"
#include "store/workspace.h"

namespace hearken {

AccountSync::AccountSync(Session& session, const GuiEnvironment& environment, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_engine(std::make_unique<SyncEngine>(
          session.workspace(),
          [this](IngestBatch& batch) {
              if (ToneTriage* tone = m_session.toneTriage())
                  tone->classify(batch);
          },
          environment.clock))
{
    m_engine->setLiveUpdates(true);
    const NetworkServices network{*environment.http, *session.secrets(), *environment.nonces,
                                  environment.clock};
    for (const Provider* provider : environment.providers.providers())
        m_engine->setFactory(provider->id(), provider->syncerFactory(network, {}));
    connect(m_engine.get(), &SyncEngine::progress, this,
            [this](qint64, const SyncProgress& progress) {
                Q_EMIT statusChanged(tr("Syncing… %n fetched", nullptr, progress.fetched));
            });
    connect(m_engine.get(), &SyncEngine::accountFinished, this,
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
    m_engine->cancel();
}

bool AccountSync::isAvailable(const GuiEnvironment& environment)
{
    return environment.http && environment.vault && environment.nonces && environment.browser;
}

void AccountSync::start()
{
    if (!m_session.isSample())
        m_engine->start();
}

} // namespace hearken
