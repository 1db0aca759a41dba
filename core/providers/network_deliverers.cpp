// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/network_deliverers.h"

#include "providers/bluesky/bluesky_provider.h"
#include "providers/mastodon/mastodon_json.h"
#include "providers/mastodon/mastodon_provider.h"

namespace hearken {

NetworkDeliverers::NetworkDeliverers(net::HttpClient& http, auth::SecretVault& vault,
                                     std::function<qint64()> now)
    : m_http(http)
    , m_vault(vault)
    , m_now(std::move(now))
{}

NetworkDeliverers::~NetworkDeliverers() = default;

Deliverer* NetworkDeliverers::forAccount(const Account& account)
{
    if (auto found = m_deliverers.constFind(account.id); found != m_deliverers.cend())
        return found->get();
    DeferredDeliverer::Make make = maker(account);
    if (!make)
        return nullptr;
    auto deliverer = std::make_shared<DeferredDeliverer>(std::move(make));
    m_deliverers.insert(account.id, deliverer);
    return deliverer.get();
}

DeferredDeliverer::Make NetworkDeliverers::maker(const Account& account)
{
    if (account.network == mastodon::network) {
        return [this, account](DeferredDeliverer::Made made) {
            mastodon::makeDeliverer(
                m_http, m_vault, account,
                [made](std::unique_ptr<mastodon::MastodonDeliverer> deliverer,
                       const QString& error) { made(std::move(deliverer), error); });
        };
    }
    if (account.network == u"bluesky") {
        return [this, account](DeferredDeliverer::Made made) {
            bluesky::makeDeliverer(
                {m_http, m_vault, m_nonces}, m_now, account,
                [made](std::unique_ptr<BlueskyDeliverer> deliverer, const QString& error) {
                    made(std::move(deliverer), error);
                });
        };
    }
    return {};
}

} // namespace hearken
