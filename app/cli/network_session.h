// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/browser_opener.h"
#include "cli/cli_io.h"
#include "composition/composition.h"

#include <memory>

namespace hearken::cli {

// What a network command needs: the composition root (HTTP, the system keychain, the
// providers) and a browser ($BROWSER, else the address printed for the user to open).
class NetworkSession {
public:
    NetworkSession(Composition& root, CliIo io);

    Composition& root() { return m_root; }
    net::HttpClient& http() { return m_root.http(); }
    auth::SecretVault& vault() { return m_root.vault(); }
    auth::BrowserOpener& browser() { return *m_browser; }

private:
    Composition& m_root;
    std::unique_ptr<auth::BrowserOpener> m_browser;
};

} // namespace hearken::cli
