// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session_services.h"
#include "triage/tone_classifier.h"

#include <QString>

#include <chrono>
#include <functional>
#include <optional>

class QSettings;

namespace hearken {

class Appearance;
class DpopNonces;
class ProviderRegistry;

namespace net {
class HttpClient;
}
namespace auth {
class BrowserOpener;
class SecretVault;
} // namespace auth

// What the window needs from the world outside the workspace. runGui() fills it from the
// platform; tests point it at temporary places and a fixed clock.
struct GuiEnvironment {
    explicit GuiEnvironment(const ProviderRegistry& registry)
        : providers(registry)
    {}

    // The networks Hearken knows (their names, rules, syncers and deliverers); owned by the
    // composition root.
    const ProviderRegistry& providers;
    QString defaultWorkspacePath;
    // Created and filled with generated items the first time the user asks for it.
    QString sampleWorkspacePath;
    int sampleItems = 400;
    // Who the history says did what this user does.
    QString actor;
    // Seconds since the epoch.
    std::function<qint64()> clock;
    // The shipped tone classifier; without one, corrections teach nothing and the thread
    // pane does not explain tones.
    std::optional<ToneClassifier> classifier;
    // Window geometry and splitter positions; owned by the caller.
    QSettings* settings = nullptr;
    // The network, the keychain, the DPoP nonces and the browser for signing in, syncing and
    // delivering; owned by the caller. Without them (tests) the window offers no network
    // accounts.
    net::HttpClient* http = nullptr;
    auth::SecretVault* vault = nullptr;
    DpopNonces* nonces = nullptr;
    auth::BrowserOpener* browser = nullptr;
    // How often the window tries to connect again to a team database it lost.
    std::chrono::seconds reconnectEvery{10};
    // Makes the builder of what syncs and delivers each workspace the window opens, through
    // this environment's network pieces as they are then (the composition root's builder,
    // the one `hearken sync` and `hearken serve` use too).
    std::function<SessionServicesBuilder(const GuiEnvironment&)> services;
    // Light or dark (View → Appearance); owned by the caller. Without it (tests) the window
    // keeps the palette it was given.
    Appearance* appearance = nullptr;
};

} // namespace hearken
