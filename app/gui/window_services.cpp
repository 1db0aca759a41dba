// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/window_services.h"

#include "services/workspace_services.h"

namespace hearken {

SessionServicesBuilder windowServices(const GuiEnvironment& environment)
{
    std::optional<NetworkAccess> network;
    if (environment.http && environment.vault && environment.nonces)
        network.emplace(NetworkAccess{*environment.http, *environment.vault, *environment.nonces});
    return [&providers = environment.providers, network,
            clock = environment.clock](Workspace& workspace, Classify classify) {
        auto services = std::make_unique<WorkspaceServices>(
            workspace, WorkspaceServices::Needs{providers,
                                                network,
                                                clock,
                                                std::move(classify),
                                                {},
                                                WorkspaceServices::Runner::Desk});
        SessionServices parts{nullptr, &services->outbox(), &services->sync(), services->network(),
                              services->leftToService()};
        parts.owner = std::move(services);
        return parts;
    };
}

} // namespace hearken
