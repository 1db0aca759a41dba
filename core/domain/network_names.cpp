// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/network_names.h"

namespace hearken {

NetworkNames::NetworkNames(QList<NetworkName> networks)
    : m_networks(std::move(networks))
{}

void NetworkNames::add(NetworkName network)
{
    m_networks.append(std::move(network));
}

QString NetworkNames::label(QStringView id) const
{
    const NetworkName* network = find(id);
    return network ? network->label : id.toString();
}

NetworkMark NetworkNames::mark(QStringView id) const
{
    if (const NetworkName* network = find(id))
        return network->mark;
    NetworkMark unknown;
    if (!id.isEmpty())
        unknown.letter = id.front().toUpper();
    return unknown;
}

QStringList NetworkNames::ids() const
{
    QStringList ids;
    for (const NetworkName& network : m_networks)
        ids.append(network.id);
    return ids;
}

const NetworkName* NetworkNames::find(QStringView id) const
{
    for (const NetworkName& network : m_networks) {
        if (network.id == id)
            return &network;
    }
    return nullptr;
}

} // namespace hearken
