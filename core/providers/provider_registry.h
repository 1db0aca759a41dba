// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/provider.h"

#include <QList>
#include <QStringView>

#include <memory>
#include <vector>

namespace hearken {

// The networks Hearken knows, in the order they were registered (the order menus show them).
// The composition root owns it and adds each provider once.
class ProviderRegistry {
public:
    void add(std::unique_ptr<Provider> provider);

    // Null for a network no provider owns (an account stored by a newer Hearken).
    const Provider* find(QStringView id) const;
    QList<const Provider*> providers() const;
    // Every provider's label and mark, for what shows networks without knowing providers.
    const NetworkNames& names() const { return m_names; }
    // The network's label, or its id when no provider owns it.
    QString label(QStringView id) const { return m_names.label(id); }
    // The network's reply rules; plain character counting without a limit when no provider
    // owns it.
    ReplyRules replyRules(QStringView id) const;
    // How the sample workspace shows each network that has a sample, in registration order.
    QList<SampleStyle> sampleStyles() const;

private:
    std::vector<std::unique_ptr<Provider>> m_providers;
    NetworkNames m_names;
};

} // namespace hearken
