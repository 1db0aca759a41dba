// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
#include "providers/deferred_deliverer.h"
#include "providers/provider.h"

#include <QHash>

#include <memory>

namespace hearken {

class ProviderRegistry;

// The deliverers of real accounts, one per account, made by the provider of the account's
// network.
class NetworkDeliverers {
public:
    NetworkDeliverers(const ProviderRegistry& providers, NetworkServices network);
    ~NetworkDeliverers();

    // Null for a network no provider owns.
    Deliverer* forAccount(const Account& account);

private:
    const ProviderRegistry& m_providers;
    NetworkServices m_network;
    QHash<qint64, std::shared_ptr<DeferredDeliverer>> m_deliverers;
};

} // namespace hearken
