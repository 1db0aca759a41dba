// SPDX-License-Identifier: GPL-3.0-or-later
#include "composition/composition.h"

#include "auth/keychain_vault.h"
#include "providers/bluesky/bluesky_provider.h"
#include "providers/mastodon/mastodon_provider.h"

namespace hearken {

ProviderRegistry shippedProviders()
{
    ProviderRegistry providers;
    providers.add(std::make_unique<mastodon::Provider>());
    providers.add(std::make_unique<bluesky::Provider>());
    return providers;
}

Composition::Composition()
    : m_http(m_network)
    , m_keychain(std::make_unique<auth::KeychainVault>(QStringLiteral("Hearken")))
    , m_vault(*m_keychain)
    , m_providers(shippedProviders())
{}

Composition::Composition(auth::SecretVault& vault)
    : m_http(m_network)
    , m_vault(vault)
    , m_providers(shippedProviders())
{}

} // namespace hearken
