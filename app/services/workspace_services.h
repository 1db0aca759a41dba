// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/secret_vault.h"
#include "outbox/delivery_engine.h"
#include "outbox/sample_deliverer.h"
#include "providers/network_deliverers.h"
#include "providers/provider.h"
#include "services/idle_search_indexing.h"
#include "sync/sync_engine.h"
#include "workflow/tone_triage.h"

#include <QObject>

#include <memory>
#include <optional>

namespace hearken {

namespace auth {
class ServiceKey;
}

class ProviderRegistry;
class Workspace;

// The network, the keychain and the DPoP nonces every workspace on the desk shares; owned by
// the composition root and outliving the services.
struct NetworkAccess {
    net::HttpClient& http;
    auth::SecretVault& vault;
    DpopNonces& nonces;
};

// What syncs and delivers one open workspace, built one way for the window, `hearken sync`
// and `hearken serve`: the workspace's part of the keychain, every network's deliverers, the
// outbox's delivery engine and the sync engine with every provider's syncer, and the search
// indexing of idle moments. Nothing but that indexing starts until the caller starts the
// engines.
class WorkspaceServices : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;

    // Who runs them. A desk (the window) of a team workspace only queues replies: the team's
    // service sends them and syncs the accounts.
    enum class Runner { Desk, Command, Service };

    struct Needs {
        const ProviderRegistry& providers;
        // Without it only sample accounts deliver, and nothing syncs.
        std::optional<NetworkAccess> network;
        Clock clock;
        // Labels the tone of what sync brings in (a desk's session, whose triage learns from
        // the desk's corrections). Empty: the services label it themselves, with the shipped
        // classifier and the workspace's corrections.
        Classify classify;
        SyncOptions sync;
        Runner runner = Runner::Desk;
        // The service's key, which opens the tokens desks sealed to it (team workspaces).
        const auth::ServiceKey* serviceKey = nullptr;
    };

    WorkspaceServices(Workspace& workspace, Needs needs, QObject* parent = nullptr);
    ~WorkspaceServices() override;

    // The network with the workspace's own part of the keychain; none without network access.
    const std::optional<NetworkServices>& network() const { return m_network; }
    DeliveryEngine& outbox() { return m_outbox; }
    SyncEngine& sync() { return m_sync; }
    // Whether this runner leaves sending and syncing to the workspace's service.
    bool leftToService() const { return m_leftToService; }

private:
    // Opens m_triage (when the shipped classifier and the workspace's corrections load) and
    // classifies with it.
    Classify ownTriage(Workspace& workspace, const Clock& clock);
    Deliverer* delivererFor(const Account& account);

    std::unique_ptr<auth::SecretVault> m_secrets;
    std::optional<NetworkServices> m_network;
    SampleDeliverer m_sampleDeliverer;
    std::unique_ptr<NetworkDeliverers> m_deliverers;
    bool m_leftToService = false;
    // The tone triage sync labels with when the runner brings none.
    std::optional<ToneTriage> m_triage;
    DeliveryEngine m_outbox;
    SyncEngine m_sync;
    IdleSearchIndexing m_searchIndexing;
};

} // namespace hearken
