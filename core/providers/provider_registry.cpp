// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/provider_registry.h"

namespace hearken {

void ProviderRegistry::add(std::unique_ptr<Provider> provider)
{
    Q_ASSERT(!find(provider->id()));
    m_names.add({provider->id(), provider->label(), provider->mark()});
    m_providers.push_back(std::move(provider));
}

const Provider* ProviderRegistry::find(QStringView id) const
{
    for (const auto& provider : m_providers) {
        if (provider->id() == id)
            return provider.get();
    }
    return nullptr;
}

QList<const Provider*> ProviderRegistry::providers() const
{
    QList<const Provider*> all;
    for (const auto& provider : m_providers)
        all.append(provider.get());
    return all;
}

ReplyRules ProviderRegistry::replyRules(QStringView id) const
{
    const Provider* provider = find(id);
    return provider ? provider->replyRules() : ReplyRules{};
}

QList<SampleStyle> ProviderRegistry::sampleStyles() const
{
    QList<SampleStyle> styles;
    for (const auto& provider : m_providers) {
        if (auto style = provider->sampleStyle())
            styles.append(std::move(*style));
    }
    return styles;
}

} // namespace hearken
