// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/dpop_nonces.h"
#include "auth/secret_vault.h"
#include "net/http_client.h"
#include "providers/provider_registry.h"

#include <QNetworkAccessManager>

#include <memory>

namespace hearken {

// Every network Hearken ships, in the order menus show them. Adding a network is one line here.
ProviderRegistry shippedProviders();

// What the window and the command line build once and share: HTTP, the keychain, the DPoP
// nonces (one cache for every account and every flow) and the provider registry.
class Composition {
public:
    // With the system keychain.
    Composition();
    // With another vault, owned by the caller (tests: a vault in memory).
    explicit Composition(auth::SecretVault& vault);

    net::HttpClient& http() { return m_http; }
    auth::SecretVault& vault() { return m_vault; }
    DpopNonces& nonces() { return m_nonces; }
    ProviderRegistry& providers() { return m_providers; }

private:
    QNetworkAccessManager m_network;
    net::HttpClient m_http;
    std::unique_ptr<auth::SecretVault> m_keychain;
    auth::SecretVault& m_vault;
    DpopNonces m_nonces;
    ProviderRegistry m_providers;
};

} // namespace hearken
