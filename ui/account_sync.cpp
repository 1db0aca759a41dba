// SPDX-License-Identifier: GPL-3.0-or-later
#include "account_sync.h"

#include "providers/bluesky/bluesky_provider.h"
#include "providers/mastodon/mastodon_json.h"
#include "providers/mastodon/mastodon_provider.h"
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
    m_engine->setFactory(
        mastodon::network,
        mastodon::syncerFactory({*environment.http, *session.secrets(), environment.clock, {}}));
    m_engine->setFactory(u"bluesky"_qs,
                         bluesky::syncerFactory({*environment.http, *session.secrets(), m_nonces,
                                                 environment.clock, BlueskySync::Limits{}}));
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
    return environment.http && environment.vault && environment.browser;
}

void AccountSync::start()
{
    if (!m_session.isSample())
        m_engine->start();
}

} // namespace hearken
