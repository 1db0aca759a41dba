// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/dpop_nonces.h"
#include "domain/account.h"
#include "providers/deferred_deliverer.h"

#include <QHash>

#include <functional>
#include <memory>

namespace hearken {

namespace net {
class HttpClient;
}
namespace auth {
class SecretVault;
}

// The deliverers of real accounts, one per account, on the network the account is on.
class NetworkDeliverers {
public:
    NetworkDeliverers(net::HttpClient& http, auth::SecretVault& vault, std::function<qint64()> now);
    ~NetworkDeliverers();

    // Null for a network Hearken cannot post to.
    Deliverer* forAccount(const Account& account);

private:
    DeferredDeliverer::Make maker(const Account& account);

    net::HttpClient& m_http;
    auth::SecretVault& m_vault;
    std::function<qint64()> m_now;
    DpopNonces m_nonces;
    QHash<qint64, std::shared_ptr<DeferredDeliverer>> m_deliverers;
};

} // namespace hearken
