// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/workspace_services.h"

#include "providers/provider_registry.h"
#include "store/workspace.h"
#include "store/workspace_secrets.h"

namespace hearken {

WorkspaceServices::WorkspaceServices(Workspace& workspace, Needs needs, QObject* parent)
    : QObject(parent)
    , m_secrets(needs.network ? workspaceVault(workspace, needs.network->vault, needs.serviceKey)
                              : nullptr)
    , m_sampleDeliverer(
          needs.clock,
          {[&providers = needs.providers](const QString& id) { return providers.label(id); },
           [&providers = needs.providers](const QString& id) { return providers.replyRules(id); }})
    , m_leftToService(needs.runner == Runner::Desk &&
                      workspace.database().engine() == Engine::Postgresql)
    , m_outbox(
          workspace, [this](const Account& account) { return delivererFor(account); }, needs.clock)
    , m_sync(workspace, needs.classify ? needs.classify : ownTriage(workspace, needs.clock),
             needs.clock)
    , m_searchIndexing(workspace)
{
    m_outbox.setDelivers(!m_leftToService);
    if (!needs.network)
        return;
    m_network.emplace(
        NetworkServices{needs.network->http, *m_secrets, needs.network->nonces, needs.clock});
    m_deliverers = std::make_unique<NetworkDeliverers>(needs.providers, *m_network);
    // A desk's sync engine without syncers syncs nothing, whatever the window asks of it.
    if (m_leftToService)
        return;
    for (const Provider* provider : needs.providers.providers())
        m_sync.setFactory(provider->id(), provider->syncerFactory(*m_network, needs.sync));
}

WorkspaceServices::~WorkspaceServices()
{
    // A clean close lets go of the outbox's claims and the accounts' passes, so that another
    // desk or service takes them over now rather than when the claims run out.
    m_outbox.stop();
    m_sync.cancel();
}

Classify WorkspaceServices::ownTriage(Workspace& workspace, const Clock& clock)
{
    if (auto shipped = ToneClassifier::loadShipped()) {
        if (auto opened = ToneTriage::open(*shipped, workspace, clock))
            m_triage.emplace(std::move(*opened));
    }
    return [this](IngestBatch& batch) {
        if (m_triage)
            m_triage->classify(batch);
    };
}

Deliverer* WorkspaceServices::delivererFor(const Account& account)
{
    if (account.isSample)
        return &m_sampleDeliverer;
    return m_deliverers ? m_deliverers->forAccount(account) : nullptr;
}

} // namespace hearken
