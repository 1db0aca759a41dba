// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/network_deliverers.h"

#include "providers/provider_registry.h"

namespace hearken {

NetworkDeliverers::NetworkDeliverers(const ProviderRegistry& providers, NetworkServices network)
    : m_providers(providers)
    , m_network(std::move(network))
{}

NetworkDeliverers::~NetworkDeliverers() = default;

Deliverer* NetworkDeliverers::forAccount(const Account& account)
{
    if (auto found = m_deliverers.constFind(account.id); found != m_deliverers.cend())
        return found->get();
    const Provider* provider = m_providers.find(account.network);
    if (!provider)
        return nullptr;
    auto deliverer =
        std::make_shared<DeferredDeliverer>(provider->delivererMaker(m_network, account));
    m_deliverers.insert(account.id, deliverer);
    return deliverer.get();
}

} // namespace hearken
