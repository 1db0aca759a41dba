// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/provider.h"
#include "sync/workspace_ledger.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace hearken {

class DeliveryEngine;
class SyncEngine;
class Workspace;

// What syncs and delivers an open workspace. The composition root builds it
// (app/services/workspace_services.h) the same way for the window, `hearken sync` and
// `hearken serve`; the session keeps it while the workspace is open.
struct SessionServices {
    // Owns what the members below point to.
    std::unique_ptr<QObject> owner;
    DeliveryEngine* outbox = nullptr;
    SyncEngine* sync = nullptr;
    // The network with the workspace's own part of the keychain; none without network access.
    std::optional<NetworkServices> network;
    // A team workspace's service sends and syncs; the window only queues.
    bool leftToService = false;
};

// Builds the services of an open workspace; `classify` labels what its sync brings in.
using SessionServicesBuilder = std::function<SessionServices(Workspace&, Classify)>;

} // namespace hearken
